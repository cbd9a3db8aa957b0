package dev.oasis.runtime.control;

import dev.oasis.compiler.schema.ControlPlaneSchema;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One running appliance as the control API serves it: its control-plane schema and its dataplane,
 * reached only from the thread that runs the pipeline.
 *
 * <h2>Writes between packets</h2>
 *
 * <p>The contract says control-plane writes take effect between two packets. The HTTP server
 * therefore never touches the dataplane: each request becomes an operation queued here (reads too,
 * so that a read sees one consistent state between two packets). The thread that runs the pipeline
 * calls {@link #drainPendingWrites} between packets (or between batches, which are also between
 * packets), and while it has no packets, {@link #awaitAndDrain} instead of sleeping, so that
 * requests are answered when traffic is idle:
 *
 * <pre>{@code
 * while (running) {
 *   control.drainPendingWrites();
 *   int n = port.receive(batch, 10_000_000L);
 *   if (n == 0) {
 *     control.awaitAndDrain(10, TimeUnit.MILLISECONDS);
 *     continue;
 *   }
 *   ... process the batch ...
 * }
 * }</pre>
 *
 * <p>A request whose operation has not started within the server's timeout is cancelled and
 * answered with 503; a cancelled operation never runs. At most {@link #MAX_PENDING} operations wait
 * at once; more are refused with 503.
 */
public final class ControlPlane {

  /** The most operations that may wait for the dataplane thread at once. */
  public static final int MAX_PENDING = 1024;

  private final ControlPlaneSchema schema;
  private final DataplaneAccess dataplane;
  private final BlockingQueue<PendingOperation<?>> pending = new LinkedBlockingQueue<>(MAX_PENDING);
  private final AtomicLong operationsRun = new AtomicLong();

  public ControlPlane(ControlPlaneSchema schema, DataplaneAccess dataplane) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.dataplane = Objects.requireNonNull(dataplane, "dataplane");
  }

  public ControlPlaneSchema schema() {
    return schema;
  }

  /**
   * Runs the operations queued when the call starts, in arrival order, on the calling thread, which
   * must be the thread that runs the pipeline, between two packets. Operations queued meanwhile
   * wait for the next call, so one call is bounded. Returns the number run (cancelled ones are
   * dropped without running). Cheap when nothing is queued (one read of the queue's size).
   */
  public int drainPendingWrites() {
    int limit = pending.size();
    int ran = 0;
    for (int i = 0; i < limit; i++) {
      PendingOperation<?> op = pending.poll();
      if (op == null) {
        break;
      }
      if (op.run(dataplane)) {
        ran++;
      }
    }
    operationsRun.addAndGet(ran);
    return ran;
  }

  /**
   * Waits up to {@code timeout} for an operation, then runs it and every other queued one (as
   * {@link #drainPendingWrites}). For the pipeline thread while it has no packets. Returns the
   * number run.
   */
  public int awaitAndDrain(long timeout, TimeUnit unit) throws InterruptedException {
    PendingOperation<?> first = pending.poll(timeout, unit);
    if (first == null) {
      return 0;
    }
    int ran = 0;
    if (first.run(dataplane)) {
      operationsRun.incrementAndGet();
      ran = 1;
    }
    return ran + drainPendingWrites();
  }

  /** Operations waiting for the dataplane thread. */
  public int pendingCount() {
    return pending.size();
  }

  /** Operations run so far (reads and writes). */
  public long operationsRun() {
    return operationsRun.get();
  }

  /** Queues an operation; null when {@link #MAX_PENDING} are already waiting. */
  <T> PendingOperation<T> submit(Function<DataplaneAccess, T> body) {
    PendingOperation<T> op = new PendingOperation<>(body);
    return pending.offer(op) ? op : null;
  }
}
