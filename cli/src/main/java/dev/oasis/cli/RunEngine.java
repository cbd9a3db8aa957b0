package dev.oasis.cli;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.runtime.pipeline.CompiledRun;
import java.util.List;
import java.util.Map;

/**
 * What {@code oasis run} steps frames through: the compiled pipeline (the default) or, with {@code
 * --interpret}, the reference interpreter. Both give the same results, sent frames and counts; this
 * adapter lets the command and its summary treat them alike.
 */
interface RunEngine {

  PipelineRun.Step step(InputFrame frame);

  List<PortCounters> statistics();

  Map<DropReason, Long> dropsByReason();

  static RunEngine of(PipelineRun run) {
    return new RunEngine() {
      @Override
      public PipelineRun.Step step(InputFrame frame) {
        return run.step(frame);
      }

      @Override
      public List<PortCounters> statistics() {
        return run.statistics();
      }

      @Override
      public Map<DropReason, Long> dropsByReason() {
        return run.dropsByReason();
      }
    };
  }

  static RunEngine of(CompiledRun run) {
    return new RunEngine() {
      @Override
      public PipelineRun.Step step(InputFrame frame) {
        return run.step(frame);
      }

      @Override
      public List<PortCounters> statistics() {
        return run.statistics();
      }

      @Override
      public Map<DropReason, Long> dropsByReason() {
        return run.dropsByReason();
      }
    };
  }
}
