package dev.oasis.dsl;

import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import java.util.List;

/**
 * A program with everything it imports, ready for the compiler.
 *
 * @param main the program named by the user
 * @param modules every file loaded, each once, in dependency order: a file comes after the files it
 *     imports, standard modules included, and {@code main} comes last. The declarations of all of
 *     them are visible to the program; resolving names is the compiler's business.
 * @param diagnostics what went wrong while reading and parsing any of them; the compiler adds its
 *     own. When it holds errors, the programs lack the declarations that had syntax errors.
 */
public record LoadedProgram(Program main, List<Program> modules, Diagnostics diagnostics) {

  public LoadedProgram {
    modules = List.copyOf(modules);
  }

  /** Whether reading or parsing failed anywhere. */
  public boolean hasErrors() {
    return diagnostics.hasErrors();
  }
}
