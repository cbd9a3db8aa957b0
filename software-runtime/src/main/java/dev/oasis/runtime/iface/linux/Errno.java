package dev.oasis.runtime.iface.linux;

/**
 * Linux {@code errno} values by name ({@code asm-generic/errno-base.h} and {@code errno.h} on
 * x86_64 and arm64), for matching results and for messages that show the symbolic name beside the C
 * library's text.
 */
public final class Errno {

  /** Operation not permitted. */
  public static final int EPERM = 1;

  /** No such file or directory. */
  public static final int ENOENT = 2;

  /** Interrupted system call. */
  public static final int EINTR = 4;

  /** Input/output error. */
  public static final int EIO = 5;

  /** No such device or address. */
  public static final int ENXIO = 6;

  /** Bad file descriptor. */
  public static final int EBADF = 9;

  /** Resource temporarily unavailable (also EWOULDBLOCK). */
  public static final int EAGAIN = 11;

  /** Cannot allocate memory. */
  public static final int ENOMEM = 12;

  /** Permission denied. */
  public static final int EACCES = 13;

  /** Bad address. */
  public static final int EFAULT = 14;

  /** Device or resource busy. */
  public static final int EBUSY = 16;

  /** File exists. */
  public static final int EEXIST = 17;

  /** No such device. */
  public static final int ENODEV = 19;

  /** Invalid argument. */
  public static final int EINVAL = 22;

  /** Too many open files in system. */
  public static final int ENFILE = 23;

  /** Too many open files. */
  public static final int EMFILE = 24;

  /** Inappropriate ioctl for device. */
  public static final int ENOTTY = 25;

  /** Message too long. */
  public static final int EMSGSIZE = 90;

  /** Protocol not available. */
  public static final int ENOPROTOOPT = 92;

  /** Protocol not supported. */
  public static final int EPROTONOSUPPORT = 93;

  /** Operation not supported. */
  public static final int EOPNOTSUPP = 95;

  /** Address family not supported by protocol. */
  public static final int EAFNOSUPPORT = 97;

  /** Network is down. */
  public static final int ENETDOWN = 100;

  /** No buffer space available. */
  public static final int ENOBUFS = 105;

  private Errno() {}

  /** The symbolic name of {@code errno}, e.g. "EPERM", or "errno 133" for one not listed here. */
  public static String name(int errno) {
    return switch (errno) {
      case EPERM -> "EPERM";
      case ENOENT -> "ENOENT";
      case EINTR -> "EINTR";
      case EIO -> "EIO";
      case ENXIO -> "ENXIO";
      case EBADF -> "EBADF";
      case EAGAIN -> "EAGAIN";
      case ENOMEM -> "ENOMEM";
      case EACCES -> "EACCES";
      case EFAULT -> "EFAULT";
      case EBUSY -> "EBUSY";
      case EEXIST -> "EEXIST";
      case ENODEV -> "ENODEV";
      case EINVAL -> "EINVAL";
      case ENFILE -> "ENFILE";
      case EMFILE -> "EMFILE";
      case ENOTTY -> "ENOTTY";
      case EMSGSIZE -> "EMSGSIZE";
      case ENOPROTOOPT -> "ENOPROTOOPT";
      case EPROTONOSUPPORT -> "EPROTONOSUPPORT";
      case EOPNOTSUPP -> "EOPNOTSUPP";
      case EAFNOSUPPORT -> "EAFNOSUPPORT";
      case ENETDOWN -> "ENETDOWN";
      case ENOBUFS -> "ENOBUFS";
      default -> "errno " + errno;
    };
  }

  /** The C library's text for {@code errno} ({@code strerror}), e.g. "Operation not permitted". */
  public static String text(int errno) {
    String text = LibC.strerror(errno);
    return text == null ? "unknown error" : text;
  }

  /** Both, as messages show them: "EPERM (Operation not permitted)". */
  public static String describe(int errno) {
    return name(errno) + " (" + text(errno) + ")";
  }
}
