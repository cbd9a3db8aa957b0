package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.Captures;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.FrameBatch;
import dev.oasis.runtime.pipeline.PipelineState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In steady state a compiled pipeline allocates nothing per packet: the bytes this thread allocates
 * while it runs the example captures many times over stay below one byte per packet.
 */
class AllocationTest {

  @ParameterizedTest
  @ValueSource(strings = {"l3-router", "stateful-firewall", "dns-responder", "l2-switch"})
  void steadyStateAllocatesNothingPerPacket(String example) throws IOException {
    Path dir = Repository.examples().resolve(example);
    Path source;
    try (var files = Files.list(dir)) {
      source = files.filter(p -> p.toString().endsWith(".oasis")).findFirst().orElseThrow();
    }
    IrProgram program = Differential.program(source);
    Path entries = dir.resolve("entries.json");
    DataplaneState initial =
        Differential.state(program, Files.exists(entries) ? Files.readString(entries) : null);
    CompiledPipeline pipeline =
        new PipelineCompiler().compile(program).newPipeline(PipelineState.copyOf(initial));
    List<InputFrame> frames = new ArrayList<>();
    for (CapturedFrame f : Captures.readAll(dir.resolve("in.pcapng"))) {
      frames.add(new InputFrame(f.port(), f.timestampNanos(), f.data()));
    }
    List<byte[]> bytes = frames.stream().map(InputFrame::bytes).toList();
    FrameBatch batch = new FrameBatch(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      batch.add(
          bytes.get(i), bytes.get(i).length, frames.get(i).port(), frames.get(i).timestampNanos());
    }

    for (int warm = 0; warm < 20_000 / frames.size() + 1; warm++) {
      pipeline.process(batch);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    int rounds = 100_000 / frames.size() + 1;
    long before = threads.getThreadAllocatedBytes(id);
    for (int r = 0; r < rounds; r++) {
      pipeline.process(batch);
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    long packets = (long) rounds * frames.size();
    assertThat(allocated).as("bytes allocated over %d packets", packets).isLessThan(packets);
  }
}
