package dev.oasis.runtime.iface.linux;

import java.io.IOException;

/**
 * A system call that failed, with the call, what it was applied to and the {@code errno} it set.
 *
 * <p>The message reads like {@code ioctl(TUNSETIFF) on /dev/net/tun failed: EPERM (Operation not
 * permitted)}; for {@link Errno#EPERM} and {@link Errno#EACCES} it adds that the call needs root or
 * the capability named when the exception was made.
 */
public final class SystemCallException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String call;
  private final String target;
  private final int errno;

  /**
   * A failure of {@code call} on {@code target}.
   *
   * @param call the call as messages show it, e.g. "ioctl(TUNSETIFF)"
   * @param target what it was applied to, e.g. "/dev/net/tun" or "interface veth0"
   * @param errno the {@code errno} the call set
   * @param privilege the capability the call needs, e.g. "CAP_NET_ADMIN", or {@code null} when
   *     permission is not the likely cause of EPERM/EACCES
   */
  public SystemCallException(String call, String target, int errno, String privilege) {
    super(message(call, target, errno, privilege));
    this.call = call;
    this.target = target;
    this.errno = errno;
  }

  private static String message(String call, String target, int errno, String privilege) {
    String message = call + " on " + target + " failed: " + Errno.describe(errno);
    if (privilege != null && (errno == Errno.EPERM || errno == Errno.EACCES)) {
      message += "; this needs root or " + privilege;
    }
    return message;
  }

  /** The call, e.g. "ioctl(TUNSETIFF)". */
  public String call() {
    return call;
  }

  /** What the call was applied to, e.g. "/dev/net/tun". */
  public String target() {
    return target;
  }

  /** The {@code errno} value, see {@link Errno}. */
  public int errno() {
    return errno;
  }
}
