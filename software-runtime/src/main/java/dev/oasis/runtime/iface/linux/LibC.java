package dev.oasis.runtime.iface.linux;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The raw C library calls the interfaces use, direct-mapped through JNA: each method is the C
 * function of the same name, returns what it returns, and leaves {@code errno} to be read with
 * {@link Native#getLastError()}.
 *
 * <p>Direct mapping (static native methods bound by {@link Native#register}) passes primitives and
 * {@link Pointer}s without allocating, so the calls on the packet path ({@code read}, {@code
 * write}, {@code poll}, {@code send}) cost no garbage. Nothing here checks results; {@link Posix}
 * wraps the calls that need a check and turns failures into {@link SystemCallException}s.
 *
 * <p>{@code size_t} and {@code ssize_t} are {@code long}: this layer supports 64-bit Linux only,
 * which {@link Posix#requireLinux64()} checks before first use.
 */
public final class LibC {

  static {
    Native.register(LibC.class, NativeLibrary.getInstance("c"));
  }

  private LibC() {}

  /** {@code int open(const char *path, int flags)}. */
  public static native int open(String path, int flags);

  /** {@code int close(int fd)}. */
  public static native int close(int fd);

  /** {@code ssize_t read(int fd, void *buf, size_t count)}. */
  public static native long read(int fd, Pointer buf, long count);

  /** {@code ssize_t write(int fd, const void *buf, size_t count)}. */
  public static native long write(int fd, Pointer buf, long count);

  /** {@code int ioctl(int fd, unsigned long request, void *arg)}. */
  public static native int ioctl(int fd, long request, Pointer arg);

  /** {@code int poll(struct pollfd *fds, nfds_t nfds, int timeout)}. */
  public static native int poll(Pointer fds, long nfds, int timeoutMillis);

  /** {@code int socket(int domain, int type, int protocol)}. */
  public static native int socket(int domain, int type, int protocol);

  /** {@code int bind(int fd, const struct sockaddr *addr, socklen_t len)}. */
  public static native int bind(int fd, Pointer address, int length);

  /** {@code int setsockopt(int fd, int level, int name, const void *value, socklen_t len)}. */
  public static native int setsockopt(int fd, int level, int name, Pointer value, int length);

  /** {@code int getsockopt(int fd, int level, int name, void *value, socklen_t *len)}. */
  public static native int getsockopt(int fd, int level, int name, Pointer value, Pointer length);

  /** {@code void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)}. */
  public static native Pointer mmap(
      Pointer address, long length, int protection, int flags, int fd, long offset);

  /** {@code int munmap(void *addr, size_t len)}. */
  public static native int munmap(Pointer address, long length);

  /** {@code ssize_t send(int fd, const void *buf, size_t len, int flags)}. */
  public static native long send(int fd, Pointer buf, long length, int flags);

  /** {@code unsigned int if_nametoindex(const char *name)}: 0 when there is no such interface. */
  public static native int if_nametoindex(String name);

  /** {@code int getpagesize(void)}. */
  public static native int getpagesize();

  /** {@code int clock_gettime(clockid_t clock, struct timespec *ts)}. */
  public static native int clock_gettime(int clock, Pointer timespec);

  /** {@code char *strerror(int errnum)}. */
  public static native String strerror(int errno);
}
