package dev.oasis.runtime.control;

import dev.oasis.compiler.state.StateException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an endpoint's operation to the dataplane thread through the {@link ControlPlane} and turns
 * its outcome into a response: a write the state refuses ({@link StateException}: a duplicate key,
 * a full table or map set) is 409, a request the dataplane does not take in time or a full queue is
 * 503, and anything unexpected is 500 with a message that points at the appliance's log.
 */
final class OperationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(OperationRunner.class);

  private final ControlPlane plane;
  private final ScheduledExecutorService timer;
  private final Duration timeout;

  OperationRunner(ControlPlane plane, ScheduledExecutorService timer, Duration timeout) {
    this.plane = plane;
    this.timer = timer;
    this.timeout = timeout;
  }

  CompletableFuture<ApiResponse> run(Function<DataplaneAccess, ApiResponse> body) {
    PendingOperation<ApiResponse> op = plane.submit(body);
    if (op == null) {
      return CompletableFuture.completedFuture(
          ApiResponse.errors(
              503,
              List.of(
                  ControlPlane.MAX_PENDING
                      + " requests are already waiting for the dataplane; try again later")));
    }
    ScheduledFuture<?> expiry =
        timer.schedule(
            () ->
                op.cancel(
                    new ApiException(
                        503,
                        "the dataplane did not take the request within "
                            + timeout.toMillis()
                            + " ms; the appliance is not processing control requests (stopped"
                            + " or stalled), and the request was not applied")),
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    return op.result()
        .handle(
            (response, error) -> {
              expiry.cancel(false);
              return error == null ? response : failure(error);
            });
  }

  static ApiResponse failure(Throwable error) {
    Throwable e =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (e instanceof ApiException api) {
      return api.response();
    }
    if (e instanceof StateException refused) {
      return ApiResponse.errors(409, List.of(refused.getMessage()));
    }
    LOG.warn("control request failed", e);
    return ApiResponse.errors(
        500, List.of("internal error in the control API (" + e + "); see the appliance's log"));
  }
}
