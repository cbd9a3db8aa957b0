package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure.FieldOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code struct ifreq} from {@code net/if.h} as {@code TUNSETIFF} reads it: the interface name and,
 * at the start of the union, {@code short ifr_flags}. The rest of the 24-byte union is padding.
 */
@FieldOrder({"ifr_name", "ifr_flags", "ifr_pad"})
public final class Ifreq extends KernelStruct {

  /** {@code IFNAMSIZ}: the name field's size, including the terminating NUL. */
  public static final int IFNAMSIZ = 16;

  /** The name, NUL-terminated. */
  public byte[] ifr_name = new byte[IFNAMSIZ];

  /** {@code ifr_flags}, e.g. {@code IFF_TAP | IFF_NO_PI}. */
  public short ifr_flags;

  /** The rest of the union (whose largest member, {@code struct ifmap}, is 24 bytes). */
  public byte[] ifr_pad = new byte[22];

  /** A request for {@code name} (ASCII, at most 15 bytes; checked by the caller) with flags. */
  public Ifreq(String name, int flags) {
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, ifr_name, 0, bytes.length);
    ifr_flags = (short) flags;
  }

  /** The name field up to its NUL, after a call that may have filled it in. */
  public String name() {
    int length = 0;
    while (length < IFNAMSIZ && ifr_name[length] != 0) {
      length++;
    }
    return new String(ifr_name, 0, length, StandardCharsets.US_ASCII);
  }
}
