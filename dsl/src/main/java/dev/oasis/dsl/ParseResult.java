package dev.oasis.dsl;

import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;

/**
 * One file parsed on its own, without its imports.
 *
 * @param program the file's imports and the declarations that parsed completely
 * @param diagnostics the lexical and syntax errors of the file
 */
public record ParseResult(Program program, Diagnostics diagnostics) {

  /** Whether the file has errors; its program then lacks the declarations that had them. */
  public boolean hasErrors() {
    return diagnostics.hasErrors();
  }
}
