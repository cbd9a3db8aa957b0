package dev.oasis.runtime.iface.linux;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.ByteOrder;

/**
 * Checked wrappers of the {@link LibC} calls: each returns the call's result or throws a {@link
 * SystemCallException} naming the call, its target and {@code errno}. Also the constants of {@code
 * fcntl.h}, {@code poll.h}, {@code sys/mman.h} and {@code sys/socket.h} that the interfaces use.
 */
public final class Posix {

  /** {@code O_RDWR}. */
  public static final int O_RDWR = 2;

  /** {@code O_NONBLOCK}. */
  public static final int O_NONBLOCK = 0x800;

  /** {@code O_CLOEXEC}. */
  public static final int O_CLOEXEC = 0x80000;

  /** {@code POLLIN}. */
  public static final short POLLIN = 0x1;

  /** {@code POLLOUT}. */
  public static final short POLLOUT = 0x4;

  /** {@code POLLERR}. */
  public static final short POLLERR = 0x8;

  /** {@code POLLHUP}. */
  public static final short POLLHUP = 0x10;

  /** {@code POLLNVAL}. */
  public static final short POLLNVAL = 0x20;

  /** {@code PROT_READ}. */
  public static final int PROT_READ = 0x1;

  /** {@code PROT_WRITE}. */
  public static final int PROT_WRITE = 0x2;

  /** {@code MAP_SHARED}. */
  public static final int MAP_SHARED = 0x1;

  /** {@code MSG_DONTWAIT}. */
  public static final int MSG_DONTWAIT = 0x40;

  /** {@code CLOCK_REALTIME}. */
  public static final int CLOCK_REALTIME = 0;

  private Posix() {}

  /**
   * Checks that this layer's assumptions hold: Linux, 64-bit pointers ({@code size_t} as {@code
   * long}) and a little-endian CPU (for {@link IfPacket#htons}).
   *
   * @throws UnsupportedOperationException naming what differs
   */
  public static void requireLinux64() {
    if (!Platform.isLinux() || Native.POINTER_SIZE != 8) {
      throw new UnsupportedOperationException(
          "native interfaces need 64-bit Linux; this is "
              + System.getProperty("os.name")
              + " with "
              + (Native.POINTER_SIZE * 8)
              + "-bit pointers");
    }
    if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
      throw new UnsupportedOperationException(
          "native interfaces need a little-endian CPU; this one is big-endian");
    }
  }

  /** {@code open(path, flags)}. */
  public static int open(String path, int flags, String privilege) throws SystemCallException {
    int fd = LibC.open(path, flags);
    if (fd < 0) {
      throw new SystemCallException("open", path, Native.getLastError(), privilege);
    }
    return fd;
  }

  /** {@code close(fd)}, reporting a failure as an exception naming {@code target}. */
  public static void close(int fd, String target) throws SystemCallException {
    if (LibC.close(fd) != 0) {
      throw new SystemCallException("close", target, Native.getLastError(), null);
    }
  }

  /** {@code ioctl(fd, request, arg)}; {@code requestName} is e.g. "TUNSETIFF". */
  public static void ioctl(
      int fd, long request, String requestName, Pointer arg, String target, String privilege)
      throws SystemCallException {
    if (LibC.ioctl(fd, request, arg) < 0) {
      throw new SystemCallException(
          "ioctl(" + requestName + ")", target, Native.getLastError(), privilege);
    }
  }

  /** {@code socket(domain, type, protocol)}; {@code callName} is e.g. "socket(AF_PACKET)". */
  public static int socket(
      int domain, int type, int protocol, String callName, String target, String privilege)
      throws SystemCallException {
    int fd = LibC.socket(domain, type, protocol);
    if (fd < 0) {
      throw new SystemCallException(callName, target, Native.getLastError(), privilege);
    }
    return fd;
  }

  /** {@code bind(fd, address, size)}. */
  public static void bind(int fd, KernelStruct address, String target) throws SystemCallException {
    address.write();
    if (LibC.bind(fd, address.getPointer(), address.size()) != 0) {
      throw new SystemCallException("bind", target, Native.getLastError(), null);
    }
  }

  /** {@code setsockopt(fd, level, name, value, sizeof value)} with a structure. */
  public static void setsockopt(
      int fd, int level, int name, String optionName, KernelStruct value, String target)
      throws SystemCallException {
    value.write();
    if (LibC.setsockopt(fd, level, name, value.getPointer(), value.size()) != 0) {
      throw new SystemCallException(
          "setsockopt(" + optionName + ")", target, Native.getLastError(), null);
    }
  }

  /**
   * {@code setsockopt(fd, level, name, &value, sizeof(int))}.
   *
   * @return 0, or the {@code errno} when it is {@code toleratedErrno} (a feature the running kernel
   *     may lack)
   */
  public static int setsockopt(
      int fd, int level, int name, String optionName, int value, int toleratedErrno, String target)
      throws SystemCallException {
    try (Memory memory = new Memory(Integer.BYTES)) {
      memory.setInt(0, value);
      if (LibC.setsockopt(fd, level, name, memory, Integer.BYTES) == 0) {
        return 0;
      }
      int errno = Native.getLastError();
      if (errno == toleratedErrno) {
        return errno;
      }
      throw new SystemCallException("setsockopt(" + optionName + ")", target, errno, null);
    }
  }

  /** {@code getsockopt(fd, level, name, value, &len)} into a structure. */
  public static void getsockopt(
      int fd, int level, int name, String optionName, KernelStruct value, String target)
      throws SystemCallException {
    try (Memory length = new Memory(Integer.BYTES)) {
      length.setInt(0, value.size());
      if (LibC.getsockopt(fd, level, name, value.getPointer(), length) != 0) {
        throw new SystemCallException(
            "getsockopt(" + optionName + ")", target, Native.getLastError(), null);
      }
      value.read();
    }
  }

  /** {@code mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)}. */
  public static Pointer mmapShared(int fd, long length, String target) throws SystemCallException {
    Pointer address = LibC.mmap(null, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (address == null || Pointer.nativeValue(address) == -1L) {
      throw new SystemCallException("mmap", target, Native.getLastError(), null);
    }
    return address;
  }

  /** {@code munmap(address, length)}. */
  public static void munmap(Pointer address, long length, String target)
      throws SystemCallException {
    if (LibC.munmap(address, length) != 0) {
      throw new SystemCallException("munmap", target, Native.getLastError(), null);
    }
  }

  /**
   * {@code if_nametoindex(name)}.
   *
   * @throws SystemCallException with {@link Errno#ENODEV} when there is no such interface
   */
  public static int ifNameToIndex(String name) throws SystemCallException {
    int index = LibC.if_nametoindex(name);
    if (index == 0) {
      throw new SystemCallException(
          "if_nametoindex", "interface " + name, Native.getLastError(), null);
    }
    return index;
  }

  /** The size of a memory page ({@code getpagesize()}). */
  public static int pageSize() {
    return LibC.getpagesize();
  }
}
