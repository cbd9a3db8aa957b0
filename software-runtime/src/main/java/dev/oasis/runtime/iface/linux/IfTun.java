package dev.oasis.runtime.iface.linux;

/** Constants of TUN/TAP devices ({@code linux/if_tun.h}). */
public final class IfTun {

  /** The clone device a TAP is created through. */
  public static final String CLONE_DEVICE = "/dev/net/tun";

  /** {@code TUNSETIFF}: {@code _IOW('T', 202, int)}. */
  public static final long TUNSETIFF = 0x400454caL;

  /** {@code IFF_TAP}: an Ethernet device. */
  public static final int IFF_TAP = 0x0002;

  /** {@code IFF_NO_PI}: frames without the 4-byte packet information prefix. */
  public static final int IFF_NO_PI = 0x1000;

  private IfTun() {}
}
