package dev.oasis.runtime.iface;

import com.sun.jna.Memory;
import dev.oasis.runtime.iface.linux.LibC;
import dev.oasis.runtime.iface.linux.Posix;

/**
 * The wall clock in nanoseconds since 1970 ({@code clock_gettime(CLOCK_REALTIME)}), read into
 * reused native memory so that a timestamp allocates nothing. The interfaces stamp each received
 * batch once with it; one instance belongs to one thread.
 */
final class RealtimeClock {

  private final Memory timespec = new Memory(16);

  /** Nanoseconds since 1970-01-01T00:00:00Z. */
  long nanos() {
    if (LibC.clock_gettime(Posix.CLOCK_REALTIME, timespec) != 0) {
      return System.currentTimeMillis() * 1_000_000L;
    }
    return timespec.getLong(0) * 1_000_000_000L + timespec.getLong(8);
  }
}
