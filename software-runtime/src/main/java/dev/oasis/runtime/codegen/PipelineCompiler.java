package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.PipelineState;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns programs into running pipelines: generates the Java source, compiles it in memory and
 * instantiates it over a {@link PipelineState}.
 *
 * <pre>{@code
 * PipelineCompiler.Compiled c = new PipelineCompiler().compile(program);
 * CompiledPipeline p = c.newPipeline(PipelineState.copyOf(interpreterState));
 * }</pre>
 */
public final class PipelineCompiler {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineCompiler.class);

  private final JavaGenerator generator = new JavaGenerator();
  private final InMemoryJavaCompiler javac = new InMemoryJavaCompiler();

  /** A compiled program: its source and a factory of pipelines. */
  public static final class Compiled {
    private final IrProgram program;
    private final JavaGenerator.JavaSource source;
    private final Constructor<?> constructor;

    private Compiled(IrProgram program, JavaGenerator.JavaSource source, Class<?> type) {
      this.program = program;
      this.source = source;
      try {
        this.constructor = type.getConstructor(IrProgram.class, PipelineState.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "generated class " + type.getName() + " has no (IrProgram, PipelineState) constructor",
            e);
      }
    }

    public IrProgram program() {
      return program;
    }

    /** The generated source. */
    public JavaGenerator.JavaSource source() {
      return source;
    }

    /** A pipeline that reads and writes {@code state} (which must be of this program). */
    public CompiledPipeline newPipeline(PipelineState state) {
      try {
        return (CompiledPipeline) constructor.newInstance(program, state);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("generated pipeline constructor failed", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot instantiate the generated pipeline", e);
      }
    }

    /** A pipeline over fresh state (constant entries only). */
    public CompiledPipeline newPipeline() {
      return newPipeline(new PipelineState(program));
    }
  }

  /**
   * Generates and compiles {@code program}.
   *
   * @throws UnsupportedProgramException if the program uses values wider than 128 bits
   * @throws InMemoryJavaCompiler.CompilationException if there is no JDK compiler, or (a bug) the
   *     generated source does not compile
   */
  public Compiled compile(IrProgram program) {
    return compileAll(List.of(program)).get(0);
  }

  /** Compiles several programs in one javac run (faster than one by one). */
  public List<Compiled> compileAll(List<IrProgram> programs) {
    long start = System.nanoTime();
    Map<IrProgram, JavaGenerator.JavaSource> sources = new LinkedHashMap<>();
    List<JavaGenerator.JavaSource> units = new ArrayList<>();
    Map<String, Integer> classNames = new LinkedHashMap<>();
    for (IrProgram p : programs) {
      JavaGenerator.JavaSource s = generator.generate(p);
      int n = classNames.merge(s.className(), 1, Integer::sum);
      if (n > 1) {
        s = rename(s, s.className() + n);
      }
      sources.put(p, s);
      units.add(s);
    }
    Map<String, Class<?>> classes = javac.compile(units);
    List<Compiled> out = new ArrayList<>();
    for (Map.Entry<IrProgram, JavaGenerator.JavaSource> e : sources.entrySet()) {
      out.add(new Compiled(e.getKey(), e.getValue(), classes.get(e.getValue().qualifiedName())));
    }
    LOG.debug(
        "compiled {} pipeline(s) in {} ms",
        programs.size(),
        (System.nanoTime() - start) / 1_000_000);
    return out;
  }

  /** The same source with its class (and constructor) renamed. */
  private static JavaGenerator.JavaSource rename(JavaGenerator.JavaSource s, String name) {
    String text =
        s.text()
            .replace(
                "public final class " + s.className() + " ", "public final class " + name + " ")
            .replace("public " + s.className() + "(", "public " + name + "(");
    return new JavaGenerator.JavaSource(name, text);
  }
}
