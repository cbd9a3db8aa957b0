/**
 * The native layer of the Linux interfaces: raw C library calls through JNA direct mapping ({@link
 * dev.oasis.runtime.iface.linux.LibC}), checked wrappers that throw a {@link
 * dev.oasis.runtime.iface.linux.SystemCallException} naming the failed call, its target and {@code
 * errno} ({@link dev.oasis.runtime.iface.linux.Posix}), the constants of the kernel headers and the
 * kernel structures as JNA lays them out.
 *
 * <p>Nothing here knows about packets or batches; {@link dev.oasis.runtime.iface} builds the
 * interfaces on top. Every layout here is checked by a test against {@code sizeof}/{@code offsetof}
 * printed by a C program compiled against {@code linux/if_packet.h}, {@code linux/if_tun.h} and
 * {@code net/if.h}.
 *
 * <p>Supports 64-bit little-endian Linux only ({@link
 * dev.oasis.runtime.iface.linux.Posix#requireLinux64()}). Depends on JNA and the JDK.
 */
package dev.oasis.runtime.iface.linux;
