package dev.oasis.compiler.passes;

import dev.oasis.compiler.check.SemanticCodes;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.util.List;

/**
 * The compiler's passes, in order, in one list. A pass that reports errors stops the pipeline,
 * except that checks marked {@link Pass#runsAfterErrors()} still run on the partial program, so
 * that one run reports as many independent errors as it can. An exception inside a pass is a bug in
 * Oasis, reported as OAS0900, never as an error in the program.
 */
public final class PassPipeline {
  private PassPipeline() {}

  /** The passes that compile {@code modules} (dependency order, main file last). */
  public static List<Pass> passes(List<Program> modules) {
    return List.of(
        new ResolveAndTypeCheck(modules),
        // Runs on the partial program after type errors too, so it comes right after the checker.
        new CheckParserGraph(),
        // Before RemoveDeadCode, which only recognises constant conditions as Const nodes.
        new FoldConstants(),
        new RemoveDeadCode());
  }

  /**
   * Runs every pass on {@code modules}; returns the final program, or null if an error (or a
   * compiler bug) was reported into {@code diagnostics}.
   */
  public static IrProgram run(List<Program> modules, Diagnostics diagnostics) {
    return run(passes(modules), modules, diagnostics);
  }

  /** Runs {@code passes} in order; the first one builds the program. */
  public static IrProgram run(List<Pass> passes, List<Program> modules, Diagnostics diagnostics) {
    IrProgram program = null;
    boolean first = true;
    for (Pass pass : passes) {
      if (!first && (program == null || diagnostics.hasErrors() && !pass.runsAfterErrors())) {
        continue;
      }
      first = false;
      try {
        program = pass.run(program, diagnostics);
      } catch (RuntimeException | StackOverflowError e) {
        internalError(pass, e, modules, diagnostics);
        return null;
      }
    }
    return diagnostics.hasErrors() ? null : program;
  }

  /** Reports a crash inside {@code pass} as a compiler bug, at the start of the main file. */
  static void internalError(Pass pass, Throwable e, List<Program> modules, Diagnostics diags) {
    SourceFile main =
        modules.isEmpty()
            ? new SourceFile("<unknown>", "")
            : modules.get(modules.size() - 1).file();
    String what =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    diags.error(
        SemanticCodes.INTERNAL_ERROR, new Span(main, 0, 0), pass.name() + " failed with " + what);
  }
}
