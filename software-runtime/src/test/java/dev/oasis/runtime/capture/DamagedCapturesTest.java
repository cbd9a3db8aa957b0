package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every kind of damage gets a {@link CaptureFormatException} naming the offset of the structure at
 * fault and the problem, and the frames before it stay readable. The bytes are made by hand.
 */
class DamagedCapturesTest {

  private static final byte[] FRAME = SampleFrames.frame(60, 1);

  private static void assertError(byte[] bytes, long offset, String problem) throws Exception {
    CaptureFormatException error = CaptureChecks.errorOf(bytes);
    assertThat(error.problem()).isEqualTo(problem);
    assertThat(error.offset()).as("offset of: %s", problem).isEqualTo(offset);
    assertThat(error).hasMessage("test: offset " + offset + ": " + problem);
  }

  @Nested
  class AnyFormat {

    @Test
    void emptyFile() throws Exception {
      assertError(new byte[0], 0, "empty file; expected a pcap or pcapng header");
    }

    @Test
    void fileShorterThanAMagicNumber() throws Exception {
      assertError(
          new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2},
          0,
          "file of 3 bytes is too short for the 4-byte magic number");
    }

    @Test
    void wrongMagicNumber() throws Exception {
      assertError(
          "GIF89a, not a capture".getBytes(StandardCharsets.US_ASCII),
          0,
          "unknown magic number 0x47494638; expected pcap (0xa1b2c3d4 or 0xa1b23c4d, either byte"
              + " order) or pcapng (0x0a0d0d0a)");
    }
  }

  @Nested
  class ClassicPcap {

    private PcapBytes file() {
      return PcapBytes.header(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 65535, 1);
    }

    @Test
    void truncatedGlobalHeader() throws Exception {
      assertError(
          Arrays.copyOf(file().bytes(), 10),
          0,
          "pcap global header truncated: 10 of 24 bytes present");
    }

    @Test
    void unsupportedVersion() throws Exception {
      byte[] bytes =
          PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_NANOSECONDS, 3, 0, 65535, 1)
              .bytes();
      assertError(bytes, 0, "pcap version 3.0 is not supported; expected 2.x");
    }

    @Test
    void linkTypeOtherThanEthernet() throws Exception {
      byte[] bytes =
          PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 65535, 105)
              .record(1, 0, FRAME, 60)
              .bytes();
      assertError(
          bytes, 0, "interface 0 has link type 105 (IEEE802_11); only Ethernet (1) is supported");
    }

    @Test
    void ethernetWithFcsFlagged() throws Exception {
      // Link type field: Ethernet, with the "FCS present" bit (27) and an FCS length of 4 words.
      byte[] bytes =
          PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 65535, 0x4800_0001)
              .bytes();
      assertError(
          bytes,
          0,
          "link type field 0x48000001 sets FCS or reserved bits 0x4800; only Ethernet frames"
              + " without FCS are supported");
    }

    @Test
    void truncatedRecordHeaderAfterAGoodRecord() throws Exception {
      byte[] bytes = file().record(1, 0, FRAME, 60).raw(new byte[5]).bytes();

      CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(bytes);
      assertThat(outcome.frames()).containsExactly(new CapturedFrame(0, 1_000_000_000L, FRAME));
      assertError(bytes, 24 + 16 + 60, "record header truncated: 5 of 16 bytes present");
    }

    @Test
    void truncatedRecordData() throws Exception {
      byte[] bytes = file().recordHeader(1, 0, 60, 60).raw(new byte[12]).bytes();
      assertError(bytes, 24, "record truncated: header says 60 bytes, 12 remain");
    }

    @Test
    void truncatedLastRecordKeepsTheFramesBefore() throws Exception {
      byte[] bytes =
          file()
              .record(1, 0, FRAME, 60)
              .record(2, 0, FRAME, 60)
              .recordHeader(3, 0, 60, 60)
              .raw(Arrays.copyOf(FRAME, 59))
              .bytes();

      CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(bytes);
      assertThat(outcome.frames())
          .extracting(CapturedFrame::timestampNanos)
          .containsExactly(1_000_000_000L, 2_000_000_000L);
      assertThat(outcome.error().offset()).isEqualTo(24 + 2 * (16 + 60));
      assertThat(outcome.error().problem())
          .isEqualTo("record truncated: header says 60 bytes, 59 remain");
    }

    @Test
    void capturedLengthAboveTheSnapLength() throws Exception {
      byte[] bytes =
          PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 59, 1)
              .record(1, 0, FRAME, 60)
              .bytes();
      assertError(bytes, 24, "record captured length 60 exceeds the snap length 59 of the file");
    }

    @Test
    void capturedLengthAboveTheLimit() throws Exception {
      byte[] bytes =
          PcapBytes.header(ByteOrder.BIG_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, -1, 1)
              .recordHeader(1, 0, 0xFFFF_FFFFL, 0xFFFF_FFFFL)
              .bytes();
      assertError(bytes, 24, "record captured length 4294967295 exceeds the 16 MiB limit");
    }

    @Test
    void capturedLengthAboveTheOriginalLength() throws Exception {
      byte[] bytes = file().record(1, 0, FRAME, 59).bytes();
      assertError(bytes, 24, "record captured length 60 exceeds its original length 59");
    }

    @Test
    void originalLengthBeyondWhatJavaArraysHold() throws Exception {
      byte[] bytes = file().record(1, 0, FRAME, 0x8000_0000).bytes();
      assertError(
          bytes, 24, "record original length 2147483648 exceeds the largest supported 2147483647");
    }
  }

  @Nested
  class Pcapng {

    private final PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);

    /** The section header, one Ethernet interface and one good packet; 28 + 20 + 92 bytes. */
    private PcapngBytes withOnePacket() {
      return file.interfaceDescription(1, 0).enhancedPacket(0, 1, FRAME, 60);
    }

    @Test
    void truncatedBlockHeader() throws Exception {
      assertError(
          Arrays.copyOf(file.bytes(), 6), 0, "block header truncated: 6 of 8 bytes present");
    }

    @Test
    void truncatedSectionHeader() throws Exception {
      assertError(
          Arrays.copyOf(file.bytes(), 9),
          0,
          "section header block truncated: 9 of 12 bytes present");
    }

    @Test
    void wrongByteOrderMagic() throws Exception {
      byte[] bytes = file.bytes();
      ByteBuffer.wrap(bytes).putInt(8, 0x11223344);
      assertError(
          bytes,
          0,
          "section header byte-order magic 0x11223344 is neither 0x1a2b3c4d nor its byte swap");
    }

    @Test
    void unsupportedVersion() throws Exception {
      byte[] bytes = new PcapngBytes().section(ByteOrder.BIG_ENDIAN, 2, 0).bytes();
      assertError(bytes, 0, "section header version 2.0 is not supported; expected 1.x");
    }

    @Test
    void blockLengthAboveTheLimit() throws Exception {
      int offset = withOnePacket().size();
      byte[] bytes = file.raw(le(6, 0xFFFF_FFFF)).bytes();
      assertError(bytes, offset, "block length 4294967295 exceeds the 16 MiB limit");
    }

    @Test
    void blockLengthNotAMultipleOfFour() throws Exception {
      int offset = withOnePacket().size();
      byte[] bytes = file.raw(le(6, 94)).raw(new byte[86]).bytes();
      assertError(bytes, offset, "block length 94 is not a multiple of 4");
    }

    @Test
    void blockLengthBelowTheMinimumOfItsType() throws Exception {
      int offset = withOnePacket().size();
      byte[] bytes = file.raw(le(6, 28)).raw(new byte[16]).raw(le(28)).bytes();
      assertError(
          bytes,
          offset,
          "enhanced packet block length 28 is below the minimum of 32 for its block type");
    }

    @Test
    void unknownBlockShorterThanAnyBlock() throws Exception {
      int offset = withOnePacket().size();
      byte[] bytes = file.raw(le(0xBAD, 8)).bytes();
      assertError(
          bytes,
          offset,
          "block of type 0x00000bad length 8 is below the minimum of 12 for its block type");
    }

    @Test
    void blockLengthDiffersFromItsTrailingCopy() throws Exception {
      byte[] bytes = withOnePacket().bytes();
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 4, 96);
      assertError(bytes, 48, "block length 92 does not match its trailing copy 96");
    }

    @Test
    void truncatedLastBlockKeepsTheFramesBefore() throws Exception {
      byte[] whole = withOnePacket().enhancedPacket(0, 2, FRAME, 60).bytes();
      byte[] bytes = Arrays.copyOf(whole, whole.length - 52);

      CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(bytes);
      assertThat(outcome.frames()).containsExactly(new CapturedFrame(0, 1000, FRAME));
      assertThat(outcome.error().offset()).isEqualTo(140);
      assertThat(outcome.error().problem())
          .isEqualTo("block truncated: header says 92 bytes, 40 remain");
    }

    @Test
    void strayBytesAfterTheLastBlock() throws Exception {
      byte[] bytes = withOnePacket().raw(new byte[5]).bytes();
      assertError(bytes, 140, "block header truncated: 5 of 8 bytes present");
    }

    @Test
    void packetOnAnUndeclaredInterface() throws Exception {
      byte[] bytes = file.enhancedPacket(0, 1, FRAME, 60).bytes();
      assertError(
          bytes,
          28,
          "enhanced packet block refers to interface 0, but the section has declared no"
              + " interface");
    }

    @Test
    void packetOnAnInterfaceIdBeyondTheDeclaredOnes() throws Exception {
      byte[] bytes =
          file.interfaceDescription(1, 0)
              .interfaceDescription(1, 0)
              .enhancedPacket(7, 1, FRAME, 60)
              .bytes();
      assertError(
          bytes,
          68,
          "enhanced packet block refers to interface 7, but the section has declared only"
              + " interfaces 0..1");
    }

    @Test
    void simplePacketWithoutAnInterface() throws Exception {
      byte[] bytes = file.simplePacket(60, FRAME).bytes();
      assertError(
          bytes,
          28,
          "simple packet block refers to interface 0, but the section has declared no interface");
    }

    @Test
    void capturedLengthBeyondTheBlock() throws Exception {
      byte[] bytes = file.interfaceDescription(1, 0).enhancedPacket(0, 1, 200, 200, FRAME).bytes();
      assertError(
          bytes,
          48,
          "enhanced packet block captured length 200 exceeds the 60 bytes of packet data the"
              + " block holds");
    }

    @Test
    void capturedLengthAboveTheSnapLength() throws Exception {
      byte[] bytes = file.interfaceDescription(1, 32).enhancedPacket(0, 1, FRAME, 60).bytes();
      assertError(
          bytes,
          48,
          "enhanced packet block captured length 60 exceeds the snap length 32 of interface 0");
    }

    @Test
    void capturedLengthAboveTheOriginalLength() throws Exception {
      byte[] bytes = file.interfaceDescription(1, 0).enhancedPacket(0, 1, FRAME, 50).bytes();
      assertError(
          bytes, 48, "enhanced packet block captured length 60 exceeds its original length 50");
    }

    @Test
    void originalLengthBeyondWhatJavaArraysHold() throws Exception {
      byte[] bytes =
          file.interfaceDescription(1, 0).enhancedPacket(0, 1, FRAME, 0x8000_0000).bytes();
      assertError(
          bytes,
          48,
          "enhanced packet block original length 2147483648 exceeds the largest supported"
              + " 2147483647");
    }

    @Test
    void simplePacketShorterThanItsOriginalLength() throws Exception {
      byte[] bytes = file.interfaceDescription(1, 0).simplePacket(100, FRAME).bytes();
      assertError(
          bytes,
          48,
          "simple packet block with original length 100 and snap length 0 needs 100 bytes of"
              + " packet data, but the block holds 60");
    }

    @Test
    void resolutionOptionOfTheWrongLength() throws Exception {
      byte[] bytes =
          file.interfaceDescription(1, 0, file.option(PcapngBytes.IF_TSRESOL, new byte[] {6, 0}))
              .bytes();
      assertError(
          bytes, 28, "interface description block option if_tsresol has length 2; expected 1");
    }

    @Test
    void optionRunningPastTheBlock() throws Exception {
      byte[] option = file.nameOption("eth0");
      ByteBuffer.wrap(option).order(ByteOrder.LITTLE_ENDIAN).putShort(2, (short) 100);
      byte[] bytes = file.interfaceDescription(1, 0, option).bytes();
      assertError(
          bytes,
          28,
          "interface description block option 2 has length 100, but only 8 bytes of the block"
              + " remain");
    }

    @Test
    void timestampBeyondTheYear2262() throws Exception {
      byte[] bytes = file.interfaceDescription(1, 0).enhancedPacket(0, -1L, FRAME, 60).bytes();
      assertError(
          bytes,
          48,
          "timestamp 18446744073709551615 in units of 10^-6 s (if_tsoffset 0 s) of interface 0 is"
              + " outside 1970 to 2262, the range of 64-bit nanoseconds");
    }

    @Test
    void timestampBefore1970AfterTheOffset() throws Exception {
      int offset =
          file.interfaceDescription(1, 0, file.nameOption("eth0"), file.offsetOption(-10)).size();
      byte[] bytes = file.enhancedPacket(0, 5, FRAME, 60).bytes();
      assertError(
          bytes,
          offset,
          "timestamp 5 in units of 10^-6 s (if_tsoffset -10 s) of interface 0 (\"eth0\") is"
              + " outside 1970 to 2262, the range of 64-bit nanoseconds");
    }

    private static byte[] le(int... values) {
      ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
      for (int value : values) {
        buffer.putInt(value);
      }
      return buffer.array();
    }
  }

  @Test
  void afterAnErrorTheReaderRepeatsIt() throws Exception {
    byte[] bytes =
        PcapBytes.header(ByteOrder.LITTLE_ENDIAN, PcapBytes.MAGIC_MICROSECONDS, 65535, 1)
            .recordHeader(1, 0, 60, 60)
            .bytes();
    try (CaptureReader reader = CaptureReader.open(new ByteArrayInputStream(bytes), null)) {
      CaptureFormatException first =
          catchThrowableOfType(CaptureFormatException.class, reader::next);
      assertThat(first).hasMessage("offset 24: record truncated: header says 60 bytes, 0 remain");
      assertThatThrownBy(reader::next).isSameAs(first);
    }
  }
}
