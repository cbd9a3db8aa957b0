package dev.oasis.runtime.iface;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Frames that tests send and look for: EtherType 0x88b5 (IEEE 802 local experimental, which no
 * stack answers), a 4-byte tag that tells test runs apart, a 4-byte sequence number, then seeded
 * random bytes.
 */
final class TestFrames {

  /** IEEE 802 local experimental EtherType 1. */
  static final int ETHERTYPE = 0x88b5;

  /** Destination and source MAC addresses (locally administered). */
  static final byte[] DESTINATION = {0x02, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a};

  static final byte[] SOURCE = {0x02, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b};

  /** The shortest frame: header, tag and sequence number. */
  static final int MIN_LENGTH = 22;

  private TestFrames() {}

  /** {@code count} frames tagged {@code tag}, lengths drawn from {@code minLength..maxLength}. */
  static List<byte[]> marked(int tag, int count, int minLength, int maxLength, long seed) {
    Random random = new Random(seed);
    List<byte[]> frames = new ArrayList<>();
    for (int sequence = 0; sequence < count; sequence++) {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      frames.add(frame(tag, sequence, length, random));
    }
    return frames;
  }

  /** One frame of {@code length} bytes (at least {@link #MIN_LENGTH}). */
  static byte[] frame(int tag, int sequence, int length, Random random) {
    byte[] frame = new byte[length];
    random.nextBytes(frame);
    System.arraycopy(DESTINATION, 0, frame, 0, 6);
    System.arraycopy(SOURCE, 0, frame, 6, 6);
    putShort(frame, 12, ETHERTYPE);
    putInt(frame, 14, tag);
    putInt(frame, 18, sequence);
    return frame;
  }

  /** The same frame with an 802.1Q tag (TPID 0x8100, VID {@code vlan}) after the addresses. */
  static byte[] vlanTagged(byte[] frame, int vlan) {
    byte[] tagged = new byte[frame.length + 4];
    System.arraycopy(frame, 0, tagged, 0, 12);
    putShort(tagged, 12, 0x8100);
    putShort(tagged, 14, vlan);
    System.arraycopy(frame, 12, tagged, 16, frame.length - 12);
    return tagged;
  }

  /** Whether {@code frame[0..length)} is a test frame tagged {@code tag} (untagged or 802.1Q). */
  static boolean isMarked(byte[] frame, int length, int tag) {
    int offset = length >= 18 && getShort(frame, 12) == 0x8100 ? 4 : 0;
    return length >= MIN_LENGTH + offset
        && getShort(frame, 12 + offset) == ETHERTYPE
        && getInt(frame, 14 + offset) == tag;
  }

  static int getShort(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xff) << 8) | (bytes[offset + 1] & 0xff);
  }

  static int getInt(byte[] bytes, int offset) {
    return (getShort(bytes, offset) << 16) | getShort(bytes, offset + 2);
  }

  private static void putShort(byte[] bytes, int offset, int value) {
    bytes[offset] = (byte) (value >>> 8);
    bytes[offset + 1] = (byte) value;
  }

  private static void putInt(byte[] bytes, int offset, int value) {
    putShort(bytes, offset, value >>> 16);
    putShort(bytes, offset + 2, value);
  }
}
