package dev.oasis.cli;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.OutputFrame;
import dev.oasis.runtime.control.ControlPlane;
import dev.oasis.runtime.iface.PacketBatch;
import dev.oasis.runtime.iface.PacketInterface;
import dev.oasis.runtime.pipeline.CompiledRun;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The loop of {@code oasis run} on live interfaces: port i is interface i. Receives batches from
 * every interface, runs each frame through the compiled pipeline (punts answered by the standard
 * slow path), sends what the pipeline emits on the interface of its egress port, and runs the
 * control plane's queued operations between batches. Stops at a deadline, after a number of frames,
 * or when {@link #stop()} is called (from a shutdown hook on SIGINT or SIGTERM).
 *
 * <p>Frames sent to a port that has no interface, and frames longer than an interface's batch
 * buffer, are not sent and are counted in {@link #unsent()}. Packets the slow path would deliver to
 * the host are counted by the bridge and discarded: a live run has no host interface.
 */
final class LiveRun {
  /** How long an idle loop waits on one interface before looking at the others: 1 ms. */
  private static final long IDLE_WAIT_NANOS = 1_000_000L;

  private static final int BATCH_FRAMES = 64;

  private final CompiledRun run;
  private final SlowPathBridge slowPath;
  private final List<PacketInterface> interfaces;
  private final ControlPlane control;
  private final PacketBatch received;
  private final PacketBatch[] toSend;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean stopping;
  private long frames;
  private long unsent;

  /**
   * A loop over {@code interfaces} (port i is element i).
   *
   * @param control the control plane whose operations run between batches, or null for none
   */
  LiveRun(
      CompiledRun run,
      SlowPathBridge slowPath,
      List<PacketInterface> interfaces,
      ControlPlane control) {
    this.run = run;
    this.slowPath = slowPath;
    this.interfaces = List.copyOf(interfaces);
    this.control = control;
    this.received = new PacketBatch(BATCH_FRAMES, PacketBatch.DEFAULT_BUFFER_BYTES);
    this.toSend = new PacketBatch[interfaces.size()];
    for (int p = 0; p < toSend.length; p++) {
      toSend[p] = new PacketBatch(BATCH_FRAMES, PacketBatch.DEFAULT_BUFFER_BYTES);
    }
  }

  /**
   * Runs for {@code durationNanos} ({@link Long#MAX_VALUE} for no limit), until {@code maxFrames}
   * frames were received ({@link Long#MAX_VALUE} for no limit), or until {@link #stop}.
   *
   * @throws IOException if receiving or sending fails
   */
  void run(long durationNanos, long maxFrames) throws IOException {
    long start = System.nanoTime();
    try {
      int idleRound = 0;
      while (!stopping && frames < maxFrames && System.nanoTime() - start < durationNanos) {
        boolean any = false;
        for (PacketInterface in : interfaces) {
          received.clear();
          if (in.receive(received, 0) > 0) {
            any = true;
            processReceived(maxFrames);
          }
        }
        if (!any) {
          PacketInterface waitOn = interfaces.get(idleRound++ % interfaces.size());
          received.clear();
          if (waitOn.receive(received, IDLE_WAIT_NANOS) > 0) {
            processReceived(maxFrames);
          }
        }
        if (control != null) {
          control.drainPendingWrites();
        }
      }
    } finally {
      finished.countDown();
    }
  }

  /** Asks the loop to stop and waits up to {@code timeoutMillis} for it to return. */
  boolean stop(long timeoutMillis) throws InterruptedException {
    stopping = true;
    return finished.await(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Frames received in all. */
  long frames() {
    return frames;
  }

  /** Frames the pipeline or slow path emitted that could not be handed to an interface. */
  long unsent() {
    return unsent;
  }

  private void processReceived(long maxFrames) throws IOException {
    for (int i = 0; i < received.size() && frames < maxFrames; i++) {
      frames++;
      InputFrame frame =
          new InputFrame(received.port(i), received.timestampNanos(i), received.copyOf(i));
      for (OutputFrame sent : run.step(frame).outputs()) {
        queue(sent);
      }
      slowPath.takeHostPackets();
    }
    for (int p = 0; p < toSend.length; p++) {
      flush(p);
    }
  }

  private void queue(OutputFrame sent) throws IOException {
    int port = sent.port();
    byte[] bytes = sent.bytes();
    if (port >= toSend.length || bytes.length > toSend[port].bufferBytes()) {
      unsent++;
      return;
    }
    if (toSend[port].isFull()) {
      flush(port);
    }
    toSend[port].add(bytes, 0, bytes.length, port, sent.timestampNanos());
  }

  private void flush(int port) throws IOException {
    PacketBatch batch = toSend[port];
    if (!batch.isEmpty()) {
      // Frames the interface could not take are counted in its statistics.
      interfaces.get(port).send(batch);
      batch.clear();
    }
  }
}
