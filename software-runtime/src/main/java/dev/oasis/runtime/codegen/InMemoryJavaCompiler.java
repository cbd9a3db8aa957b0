package dev.oasis.runtime.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the JDK's compiler (javax.tools) and loads the classes with
 * a class loader of their own, whose parent is this class's loader, so generated code links against
 * the runtime already loaded. The class path given to javac is the JVM's plus the places the
 * runtime, compiler and dsl classes came from.
 */
public final class InMemoryJavaCompiler {

  /** The compiler failed or is missing; the message says which. */
  public static final class CompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompilationException(String message) {
      super(message);
    }
  }

  /** Compiles the sources and returns the loaded classes by qualified name. */
  public Map<String, Class<?>> compile(List<JavaGenerator.JavaSource> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new CompilationException(
          "no Java compiler in this runtime (a JRE without the jdk.compiler module); run on a"
              + " JDK, or use the interpreter (--interpret)");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    MemoryFileManager files = new MemoryFileManager(standard);
    List<JavaFileObject> units = new ArrayList<>();
    for (JavaGenerator.JavaSource s : sources) {
      units.add(new SourceFile(s.qualifiedName(), s.text()));
    }
    List<String> options = List.of("-classpath", classPath(), "-proc:none", "-g", "-nowarn");
    StringWriter output = new StringWriter();
    boolean ok = javac.getTask(output, files, diagnostics, options, null, units).call();
    if (!ok) {
      StringBuilder why = new StringBuilder("the generated Java source does not compile:");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          why.append("\n  ")
              .append(d.getSource() == null ? "" : d.getSource().getName())
              .append(':')
              .append(d.getLineNumber())
              .append(": ")
              .append(d.getMessage(Locale.ROOT));
        }
      }
      throw new CompilationException(why.toString());
    }
    ByteClassLoader loader = new ByteClassLoader(files.classes, getClass().getClassLoader());
    Map<String, Class<?>> out = new HashMap<>();
    for (JavaGenerator.JavaSource s : sources) {
      try {
        out.put(s.qualifiedName(), loader.loadClass(s.qualifiedName()));
      } catch (ClassNotFoundException e) {
        throw new CompilationException("compiled class " + s.qualifiedName() + " is missing");
      }
    }
    return out;
  }

  /** The locations of the classes generated code links against. */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> anchor :
        List.of(
            dev.oasis.runtime.pipeline.GeneratedPipeline.class,
            dev.oasis.compiler.ir.IrProgram.class,
            dev.oasis.dsl.diag.Span.class,
            com.fasterxml.jackson.databind.JsonNode.class,
            com.fasterxml.jackson.core.JsonParser.class)) {
      String location = location(anchor);
      if (location != null) {
        entries.add(location);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String location(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static final class SourceFile extends SimpleJavaFileObject {
    private final String text;

    SourceFile(String qualifiedName, String text) {
      super(URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class ClassFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ClassFile(String qualifiedName) {
      super(URI.create("bytes:///" + qualifiedName.replace('.', '/') + ".class"), Kind.CLASS);
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }
  }

  private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    final Map<String, ClassFile> classes = new HashMap<>();

    MemoryFileManager(JavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      ClassFile f = new ClassFile(className);
      classes.put(className, f);
      return f;
    }
  }

  private static final class ByteClassLoader extends ClassLoader {
    private final Map<String, ClassFile> classes;

    ByteClassLoader(Map<String, ClassFile> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      ClassFile f = classes.get(name);
      if (f == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] b = f.bytes.toByteArray();
      return defineClass(name, b, 0, b.length);
    }
  }
}
