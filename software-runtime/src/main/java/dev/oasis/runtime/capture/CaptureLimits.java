package dev.oasis.runtime.capture;

/** Sizes this package enforces, and the link type it processes. */
final class CaptureLimits {

  /** The largest pcap record or pcapng block a reader accepts: 16 MiB. */
  static final int MAX_READ_BYTES = 16 * 1024 * 1024;

  /** {@link #MAX_READ_BYTES} as error messages show it. */
  static final String MAX_READ_TEXT = (MAX_READ_BYTES >> 20) + " MiB";

  /**
   * The largest frame a writer accepts and the snap length it declares: 262144 bytes, the largest
   * frame that libpcap and Wireshark read from a capture file.
   */
  static final int MAX_WRITTEN_FRAME_BYTES = 262_144;

  /** The link type of Ethernet frames (LINKTYPE_ETHERNET), the only one Oasis processes. */
  static final int LINKTYPE_ETHERNET = 1;

  private CaptureLimits() {}

  /** A link type as errors show it: its number and, when known, its registered name. */
  static String describeLinkType(long linkType) {
    String name =
        switch ((int) linkType) {
          case 0 -> "NULL";
          case 1 -> "ETHERNET";
          case 9 -> "PPP";
          case 101 -> "RAW";
          case 105 -> "IEEE802_11";
          case 108 -> "LOOP";
          case 113 -> "LINUX_SLL";
          case 127 -> "IEEE802_11_RADIOTAP";
          case 228 -> "IPV4";
          case 229 -> "IPV6";
          case 276 -> "LINUX_SLL2";
          default -> null;
        };
    return name == null || linkType != (int) linkType
        ? Long.toString(linkType)
        : linkType + " (" + name + ")";
  }

  /** The "only Ethernet" complaint for an interface of another link type. */
  static String notEthernet(String interfaceDescription, long linkType) {
    return interfaceDescription
        + " has link type "
        + describeLinkType(linkType)
        + "; only Ethernet ("
        + LINKTYPE_ETHERNET
        + ") is supported";
  }
}
