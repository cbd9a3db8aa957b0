package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CapturedFrameTest {

  @Test
  void equalFramesCompareByTheirBytes() {
    CapturedFrame one = new CapturedFrame(1, 2, new byte[] {1, 2, 3}, 4);
    CapturedFrame same = new CapturedFrame(1, 2, new byte[] {1, 2, 3}, 4);

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(new CapturedFrame(1, 2, new byte[] {1, 2, 4}, 4));
    assertThat(one.isTruncated()).isTrue();
    assertThat(new CapturedFrame(0, 0, new byte[3]).isTruncated()).isFalse();
  }

  @Test
  void toStringShowsTheFirstBytesInHex() {
    assertThat(new CapturedFrame(1, 2, new byte[] {(byte) 0xab, 0x01}))
        .hasToString("CapturedFrame[port=1, timestampNanos=2, originalLength=2, data=ab01]");
    assertThat(new CapturedFrame(0, 0, new byte[100]).toString()).endsWith("... (100 bytes)]");
  }

  @Test
  void rejectsANegativePort() {
    assertThatThrownBy(() -> new CapturedFrame(-1, 0, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port -1 is negative; expected 0 or more");
  }

  @Test
  void rejectsANegativeTimestamp() {
    assertThatThrownBy(() -> new CapturedFrame(0, -5, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timestamp -5 ns is negative; expected nanoseconds since 1970");
  }

  @Test
  void rejectsAnOriginalLengthBelowTheCapturedBytes() {
    assertThatThrownBy(() -> new CapturedFrame(0, 0, new byte[10], 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "original length 9 is below the 10 captured bytes; expected at least the captured"
                + " length");
  }
}
