package dev.oasis.compiler;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import java.util.List;

/**
 * The outcome of compiling a program.
 *
 * @param program the checked IR after every pass, or null if there were errors
 * @param diagnostics everything the front end and the compiler reported, errors and warnings
 * @param sources the source files read (the main file last), for tools that show source lines
 */
public record CompileResult(IrProgram program, Diagnostics diagnostics, List<SourceFile> sources) {

  public CompileResult {
    sources = List.copyOf(sources);
  }

  /** True if the program compiled: no errors, and an IR. */
  public boolean ok() {
    return program != null && !diagnostics.hasErrors();
  }

  /** The diagnostics as the user sees them (source lines, carets, a count), sorted by place. */
  public String render() {
    return DiagnosticRenderer.render(diagnostics.sorted());
  }
}
