package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Cuts and corrupts small valid captures at every byte: each variant must read to its end or stop
 * with a {@link CaptureFormatException}; no other exception, whatever the bytes.
 */
class CorruptedCapturesTest {

  private static final int[] CORRUPTIONS = {0xff, 0x80, 0x01, 0x7f};

  @Test
  void everyCutAndEveryCorruptedByteOfAPcapngFileGivesFramesOrAFormatError() throws Exception {
    PcapngBytes file = new PcapngBytes().section(ByteOrder.BIG_ENDIAN);
    file.interfaceDescription(1, 96, file.nameOption("eth0"), file.resolutionOption(9))
        .interfaceDescription(1, 0, file.offsetOption(5), file.resolutionOption(0x88))
        .enhancedPacket(0, 1_000_000_000L, SampleFrames.frame(60, 1), 60)
        .block(PcapngBytes.ISB, new byte[12])
        .simplePacket(70, Arrays.copyOf(SampleFrames.frame(70, 2), 70))
        .packet(1, 5000, SampleFrames.frame(64, 3), 64)
        .section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0).enhancedPacket(0, 1, SampleFrames.frame(61, 4), 61);

    assertOnlyFormatErrors(file.bytes(), 4);
  }

  @Test
  void everyCutAndEveryCorruptedByteOfAPcapFileGivesFramesOrAFormatError() throws Exception {
    byte[] file =
        PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 96, 1)
            .record(1, 2, SampleFrames.frame(60, 1), 60)
            .record(3, 4, SampleFrames.frame(96, 2), 1514)
            .record(5, 6, SampleFrames.frame(61, 3), 61)
            .bytes();

    assertOnlyFormatErrors(file, 3);
  }

  private static void assertOnlyFormatErrors(byte[] valid, int frames) throws Exception {
    CaptureChecks.Outcome whole = CaptureChecks.readUntilError(valid);
    assertThat(whole.error()).isNull();
    assertThat(whole.frames()).hasSize(frames);

    for (int length = 0; length < valid.length; length++) {
      byte[] cut = Arrays.copyOf(valid, length);
      readSafely(cut, () -> "cut to " + cut.length + " bytes");
    }
    for (int at = 0; at < valid.length; at++) {
      for (int mask : CORRUPTIONS) {
        byte[] corrupt = valid.clone();
        corrupt[at] ^= (byte) mask;
        int position = at;
        readSafely(corrupt, () -> "byte " + position + " xor " + mask);
      }
    }
  }

  /** Reads; a format error must name an offset inside the file; anything else escapes. */
  private static void readSafely(byte[] bytes, Supplier<String> variant) throws Exception {
    CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(bytes);
    if (outcome.error() != null) {
      assertThat(outcome.error().offset()).as(variant.get()).isBetween(0L, (long) bytes.length);
      assertThat(outcome.error().getMessage()).as(variant.get()).startsWith("test: offset ");
    }
    List<CapturedFrame> frames = outcome.frames();
    assertThat(frames).as(variant.get()).allSatisfy(f -> assertThat(f.data()).isNotNull());
  }
}
