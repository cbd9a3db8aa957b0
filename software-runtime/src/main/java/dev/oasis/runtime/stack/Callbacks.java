package dev.oasis.runtime.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs application callbacks (received data, accepted connections, echo replies) so that an
 * exception in one cannot break the stack's state: it is counted as {@link
 * StackCounter#CALLBACK_FAILED} and logged, at warning level only on the 1st, 2nd, 4th, 8th, ...
 * failure so that a callback failing on every packet does not flood the log.
 */
public final class Callbacks {

  private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

  private Callbacks() {}

  /** Runs {@code callback}; {@code what} names it in the log, e.g. "tcp data callback". */
  public static void run(StackCounters counters, String what, Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      counters.increment(StackCounter.CALLBACK_FAILED);
      long failures = counters.get(StackCounter.CALLBACK_FAILED);
      if (Long.bitCount(failures) == 1) {
        LOG.warn("{} threw (callback failure number {})", what, failures, e);
      } else {
        LOG.debug("{} threw", what, e);
      }
    }
  }
}
