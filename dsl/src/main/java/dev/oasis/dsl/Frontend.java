package dev.oasis.dsl;

import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.parse.SourceParser;
import java.nio.file.Path;

/**
 * The entry point of the front end: reads a program and its imports, parses them, and reports every
 * problem as a diagnostic. None of these methods throws for a mistake in the user's input; a {@link
 * dev.oasis.dsl.diag.CompilerBugException} means a bug in Oasis.
 *
 * <pre>{@code
 * LoadedProgram loaded = Frontend.load(Path.of("router.oasis"));
 * if (loaded.hasErrors()) {
 *   System.err.print(DiagnosticRenderer.render(loaded.diagnostics().sorted()));
 * }
 * }</pre>
 */
public final class Frontend {
  private Frontend() {}

  /**
   * Loads the program in {@code mainFile} and everything it imports: {@code import std.ipv4;} from
   * the standard library, {@code import "lib/x.oasis";} relative to the importing file.
   */
  public static LoadedProgram load(Path mainFile) {
    return new ProgramLoader().loadFile(mainFile);
  }

  /**
   * Loads a program given as text, as if read from {@code path}; file imports are relative to the
   * directory of {@code path}. For tests and tools.
   */
  public static LoadedProgram loadSource(String path, String text) {
    return new ProgramLoader().loadText(path, text);
  }

  /** Parses one file on its own, without loading its imports. */
  public static ParseResult parse(SourceFile file) {
    Diagnostics diagnostics = new Diagnostics();
    return new ParseResult(SourceParser.parse(file, diagnostics), diagnostics);
  }
}
