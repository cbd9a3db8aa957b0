package dev.oasis.runtime.control;

import dev.oasis.compiler.interp.InputFrame;

/** Test frames built by hand from RFC 791 and RFC 768 (60 bytes, no FCS). */
final class Frames {
  private Frames() {}

  static final byte[] ROUTER_PORT0_MAC = {2, 0, 0, 0, 0, 0x10};
  static final byte[] HOST_MAC = {2, 0, 0, 0, 0, 0x20};

  /** An IPv4/UDP frame from 10.0.0.2 to {@code dst} (dotted), TTL 64, with a valid checksum. */
  static InputFrame udp(int port, byte[] dstMac, String dst, long timestamp) {
    byte[] f = new byte[60];
    System.arraycopy(dstMac, 0, f, 0, 6);
    System.arraycopy(HOST_MAC, 0, f, 6, 6);
    f[12] = 0x08;
    f[13] = 0x00;
    int ip = 14;
    f[ip] = 0x45;
    f[ip + 3] = 28; // total length: 20 + 8
    f[ip + 8] = 64; // TTL
    f[ip + 9] = 17; // UDP
    byte[] src = {10, 0, 0, 2};
    System.arraycopy(src, 0, f, ip + 12, 4);
    String[] d = dst.split("\\.");
    for (int i = 0; i < 4; i++) {
      f[ip + 16 + i] = (byte) Integer.parseInt(d[i]);
    }
    int sum = 0;
    for (int i = 0; i < 20; i += 2) {
      sum += ((f[ip + i] & 0xff) << 8) | (f[ip + i + 1] & 0xff);
    }
    sum = (sum & 0xffff) + (sum >>> 16);
    sum = (sum & 0xffff) + (sum >>> 16);
    int checksum = ~sum & 0xffff;
    f[ip + 10] = (byte) (checksum >>> 8);
    f[ip + 11] = (byte) checksum;
    f[ip + 20 + 1] = 53; // UDP source port 53
    f[ip + 20 + 3] = 53; // UDP destination port 53
    f[ip + 20 + 5] = 8; // UDP length
    return new InputFrame(port, timestamp, f);
  }

  /** A routable frame on port 0 of the l3-router. */
  static InputFrame routed(String dst, long timestamp) {
    return udp(0, ROUTER_PORT0_MAC, dst, timestamp);
  }

  /** A frame the l3-router discards on port 0 (not addressed to its MAC): counted in dropped[0]. */
  static InputFrame discarded(long timestamp) {
    return udp(0, HOST_MAC, "10.0.1.2", timestamp);
  }
}
