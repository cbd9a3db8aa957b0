package dev.oasis.runtime.iface.linux;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * One {@code struct pollfd} ({@code int fd; short events; short revents;}, 8 bytes) in native
 * memory, reused for every {@code poll} so that waiting allocates nothing.
 */
public final class PollFd implements AutoCloseable {

  /** {@code sizeof(struct pollfd)}. */
  public static final int BYTES = 8;

  private static final int FD = 0;
  private static final int EVENTS = 4;
  private static final int REVENTS = 6;

  private final Memory memory = new Memory(BYTES);
  private final String target;

  /** A pollfd for {@code fd}; {@code target} names it in errors, e.g. "interface tap0". */
  public PollFd(int fd, String target) {
    this.target = target;
    memory.setInt(FD, fd);
  }

  /**
   * Waits until one of {@code events} is ready or {@code timeoutMillis} passes.
   *
   * @return the returned events ({@code revents}), 0 on timeout or when a signal interrupted the
   *     wait
   * @throws SystemCallException if {@code poll} fails for another reason
   */
  public int await(short events, int timeoutMillis) throws SystemCallException {
    memory.setShort(EVENTS, events);
    memory.setShort(REVENTS, (short) 0);
    int ready = LibC.poll(memory, 1, timeoutMillis);
    if (ready < 0) {
      int errno = Native.getLastError();
      if (errno == Errno.EINTR) {
        return 0;
      }
      throw new SystemCallException("poll", target, errno, null);
    }
    return ready == 0 ? 0 : memory.getShort(REVENTS) & 0xffff;
  }

  @Override
  public void close() {
    memory.close();
  }
}
