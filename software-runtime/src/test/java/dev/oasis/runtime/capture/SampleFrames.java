package dev.oasis.runtime.capture;

/** Ethernet frames with recognisable bytes for hand-made captures. */
final class SampleFrames {

  private SampleFrames() {}

  /**
   * A frame of {@code length} bytes: broadcast destination, a locally administered source ending in
   * {@code seed}, EtherType 0x88b5 (local experimental), then bytes counting up from {@code seed}.
   */
  static byte[] frame(int length, int seed) {
    byte[] frame = new byte[length];
    for (int i = 0; i < length; i++) {
      frame[i] = (byte) (seed + i);
    }
    byte[] header = {
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 0xff,
      0x02,
      0x00,
      0x00,
      0x00,
      0x00,
      (byte) seed,
      (byte) 0x88,
      (byte) 0xb5
    };
    System.arraycopy(header, 0, frame, 0, Math.min(header.length, length));
    return frame;
  }
}
