package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;

/**
 * A program compiled to Java: runs packets exactly as the reference interpreter does (same
 * outcomes, same bytes, same state changes), one at a time in the order given, each seeing the
 * state changes of the ones before. Not thread-safe: one thread runs a pipeline; control-plane
 * writes to {@link #state()} go between packets.
 */
public interface CompiledPipeline {

  IrProgram program();

  /** The tables, counters, registers and maps the pipeline reads and writes. */
  PipelineState state();

  /**
   * Runs the first {@code length} bytes of {@code frame}, arrived on {@code ingressPort} at {@code
   * timestampNanos} (unsigned), and writes the outcome into {@code out}. The frame is not modified.
   * Allocates nothing once the output buffers have grown to the largest frame.
   *
   * @throws IllegalArgumentException if the port is not one of the program's ports or the length is
   *     not within the array
   */
  void process(byte[] frame, int length, int ingressPort, long timestampNanos, PacketOutput out);

  /** Runs every frame of the batch in order, each into its output. */
  default void process(FrameBatch batch) {
    for (int i = 0; i < batch.size(); i++) {
      process(batch.frame(i), batch.length(i), batch.port(i), batch.timestamp(i), batch.output(i));
    }
  }

  /**
   * Runs every frame of a batch received from a network interface, in order, frame {@code i} into
   * {@code outputs[i]}.
   *
   * @throws IllegalArgumentException if there are fewer outputs than frames
   */
  default void process(dev.oasis.runtime.iface.PacketBatch batch, PacketOutput[] outputs) {
    if (outputs.length < batch.size()) {
      throw new IllegalArgumentException(
          "batch of " + batch.size() + " frame(s) but only " + outputs.length + " output(s)");
    }
    for (int i = 0; i < batch.size(); i++) {
      process(batch.buffer(i), batch.length(i), batch.port(i), batch.timestampNanos(i), outputs[i]);
    }
  }

  /** Runs one whole frame and returns the outcome as the interpreter would (allocates). */
  default PacketResult process(byte[] frame, int ingressPort, long timestampNanos) {
    PacketOutput out = new PacketOutput();
    process(frame, frame.length, ingressPort, timestampNanos, out);
    return out.toPacketResult();
  }
}
