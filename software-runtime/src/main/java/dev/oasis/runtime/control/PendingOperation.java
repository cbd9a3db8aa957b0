package dev.oasis.runtime.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One control operation waiting for the dataplane thread. It runs at most once; an operation that
 * has not started can be cancelled (when its request times out), and then never runs, so a client
 * that was told its write failed can rely on it not having happened.
 */
final class PendingOperation<T> {
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int CANCELLED = 2;

  private final Function<DataplaneAccess, T> body;
  private final AtomicInteger state = new AtomicInteger(QUEUED);
  private final CompletableFuture<T> result = new CompletableFuture<>();

  PendingOperation(Function<DataplaneAccess, T> body) {
    this.body = body;
  }

  /** Runs the operation on the dataplane thread unless it was cancelled; true if it ran. */
  boolean run(DataplaneAccess dataplane) {
    if (!state.compareAndSet(QUEUED, RUNNING)) {
      return false;
    }
    try {
      result.complete(body.apply(dataplane));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return true;
  }

  /** Cancels the operation if it has not started; true if it will never run. */
  boolean cancel(RuntimeException reason) {
    if (state.compareAndSet(QUEUED, CANCELLED)) {
      result.completeExceptionally(reason);
      return true;
    }
    return false;
  }

  CompletableFuture<T> result() {
    return result;
  }
}
