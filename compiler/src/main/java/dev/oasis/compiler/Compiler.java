package dev.oasis.compiler;

import dev.oasis.compiler.check.SemanticCodes;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.passes.PassPipeline;
import dev.oasis.dsl.Frontend;
import dev.oasis.dsl.LoadedProgram;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles an Oasis program: the dsl front end reads and parses it with its imports, then the
 * passes of {@link PassPipeline} check it and build the IR that every backend consumes.
 *
 * <pre>{@code
 * CompileResult result = new Compiler().compile(Path.of("router.oasis"));
 * if (!result.ok()) {
 *   System.err.print(result.render());
 * }
 * }</pre>
 *
 * <p>Mistakes in the program are diagnostics, never exceptions. A failure inside the compiler is
 * reported as OAS0900 (a bug in Oasis), distinct from an error in the program.
 */
public final class Compiler {

  /** Compiles the program in {@code mainFile} and everything it imports. */
  public CompileResult compile(Path mainFile) {
    LoadedProgram loaded;
    try {
      loaded = Frontend.load(mainFile);
    } catch (RuntimeException e) {
      return frontEndBug(mainFile.toString(), e);
    }
    return compile(loaded);
  }

  /**
   * Compiles a program given as text, as if read from {@code path} (file imports are relative to
   * its directory).
   */
  public CompileResult compileSource(String path, String text) {
    LoadedProgram loaded;
    try {
      loaded = Frontend.loadSource(path, text);
    } catch (RuntimeException e) {
      return frontEndBug(path, e);
    }
    return compile(loaded);
  }

  /** Runs the passes on a loaded program; syntax and import errors stop before them. */
  public CompileResult compile(LoadedProgram loaded) {
    Diagnostics diagnostics = loaded.diagnostics();
    List<Program> modules = loaded.modules();
    List<SourceFile> sources = modules.stream().map(Program::file).toList();
    if (loaded.hasErrors() || modules.isEmpty()) {
      return new CompileResult(null, diagnostics, sources);
    }
    IrProgram program = PassPipeline.run(modules, diagnostics);
    return new CompileResult(program, diagnostics, sources);
  }

  private static CompileResult frontEndBug(String path, RuntimeException e) {
    Diagnostics diagnostics = new Diagnostics();
    String what =
        "the front end failed with "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage());
    diagnostics.error(SemanticCodes.INTERNAL_ERROR, new Span(new SourceFile(path, ""), 0, 0), what);
    return new CompileResult(null, diagnostics, List.of());
  }
}
