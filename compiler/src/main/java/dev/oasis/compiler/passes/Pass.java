package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.diag.Diagnostics;

/**
 * One step of the compiler: a check that reports errors, or a rewrite of the IR into an equivalent
 * IR. The steps and their order are listed once, in {@link PassPipeline}.
 */
public interface Pass {

  /**
   * Runs the pass on {@code program} (null for the first pass, which builds it) and returns the
   * program for the next pass. Errors go into {@code diagnostics}.
   */
  IrProgram run(IrProgram program, Diagnostics diagnostics);

  /**
   * True for checks that are still useful on the partial program that type checking leaves after
   * errors, so that one run reports their errors too.
   */
  default boolean runsAfterErrors() {
    return false;
  }

  /** The pass's name, for messages about internal errors. */
  default String name() {
    return getClass().getSimpleName();
  }
}
