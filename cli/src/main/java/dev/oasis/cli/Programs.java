package dev.oasis.cli;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiling the program a command names, and reporting its diagnostics the same way everywhere. */
public final class Programs {
  private Programs() {}

  /**
   * Compiles {@code file}; prints warnings and errors to {@code err}. Returns the IR, or null when
   * the program has errors (they were printed).
   */
  public static IrProgram compileOrReport(Path file, PrintStream err) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
    }
    CompileResult result = new Compiler().compile(file);
    if (!result.diagnostics().all().isEmpty()) {
      err.print(result.render());
    }
    return result.ok() ? result.program() : null;
  }
}
