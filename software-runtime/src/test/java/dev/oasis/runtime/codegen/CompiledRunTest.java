package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.interp.PortFrame;
import dev.oasis.compiler.interp.PuntHandler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.Captures;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.pipeline.CompiledRun;
import dev.oasis.runtime.pipeline.PipelineState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link CompiledRun} steps through frames as the interpreter's {@link PipelineRun} does: the
 * same results and sent frames per step (slow-path answers included, those to ports that do not
 * exist left out) and the same per-port counts and drop reasons.
 */
class CompiledRunTest {

  @Test
  void stepsAndCountsMatchTheInterpretersRun() throws IOException {
    Path dir = Repository.examples().resolve("l3-router");
    IrProgram program = Differential.program(dir.resolve("router.oasis"));
    String entries = Files.readString(dir.resolve("entries.json"));
    DataplaneState interpreted = Differential.state(program, entries);
    PipelineState compiled = PipelineState.copyOf(interpreted);

    // A slow path that answers every punt on port 1 and on a port the router does not have.
    PuntHandler echo =
        (frame, port, reason, ts) -> List.of(new PortFrame(1, frame), new PortFrame(9, frame));
    PipelineRun reference = new PipelineRun(new Interpreter(program, interpreted), echo);
    CompiledRun run =
        new CompiledRun(new PipelineCompiler().compile(program).newPipeline(compiled), echo);

    List<CapturedFrame> frames = Captures.readAll(dir.resolve("in.pcapng"));
    for (CapturedFrame f : frames) {
      InputFrame in = new InputFrame(f.port(), f.timestampNanos(), f.data());
      assertThat(run.step(in)).isEqualTo(reference.step(in));
    }
    assertThat(run.statistics()).isEqualTo(reference.statistics());
    assertThat(run.dropsByReason()).isEqualTo(reference.dropsByReason());
    assertThat(run.invalidSlowPathFrames())
        .isEqualTo(reference.invalidSlowPathFrames())
        .isPositive();
  }
}
