package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pcapng files made by hand from the specification; the expected frames come from the values
 * written, and tshark reads the same files as a second opinion.
 */
class PcapngReaderTest {

  private static final long T0 = 1_700_000_000_000_000L; // microseconds

  @TempDir Path dir;

  static Stream<ByteOrder> orders() {
    return Stream.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN);
  }

  @ParameterizedTest
  @MethodSource("orders")
  void readsEveryPacketBlockKindAndSkipsOtherBlocks(ByteOrder order) throws Exception {
    byte[] a = SampleFrames.frame(60, 1);
    byte[] b = SampleFrames.frame(200, 2);
    byte[] c = SampleFrames.frame(70, 3);
    byte[] d = SampleFrames.frame(61, 4);
    PcapngBytes file = new PcapngBytes().section(order);
    file.interfaceDescription(1, 0, file.nameOption("eth0"))
        .interfaceDescription(1, 128, file.nameOption("wan"), file.resolutionOption(9))
        .block(PcapngBytes.NRB, new byte[] {0, 0, 0, 0}) // only the end-of-records entry
        .enhancedPacket(0, T0 + 1, a, 60)
        .block(PcapngBytes.CUSTOM, new byte[] {0, 0, 0x7e, (byte) 0xda, 1, 2, 3, 4})
        .enhancedPacket(1, 1_700_000_000_123_456_789L, Arrays.copyOf(b, 128), 200)
        .block(PcapngBytes.ISB, new byte[12]) // interface 0, timestamp 0, no options
        .simplePacket(70, c)
        .block(PcapngBytes.DSB, new byte[] {0x4b, 0x53, 0x4c, 0x54, 0, 0, 0, 0})
        .packet(0, T0 + 2, d, 61);
    Path capture = CaptureChecks.write(dir, "kinds.pcapng", file.bytes());

    List<CapturedFrame> expected =
        List.of(
            new CapturedFrame(0, (T0 + 1) * 1000, a),
            new CapturedFrame(1, 1_700_000_000_123_456_789L, Arrays.copyOf(b, 128), 200),
            new CapturedFrame(0, 0, c),
            new CapturedFrame(0, (T0 + 2) * 1000, d));
    assertThat(Captures.readAll(capture)).containsExactlyElementsOf(expected);

    Tshark.assumeInstalled();
    assertThat(CaptureChecks.assertReadsLikeTshark(capture).frames())
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> resolutions() {
    // if_tsresol, if_tsoffset, timestamp units, expected seconds since 1970 (exact decimal)
    return Stream.of(
        Arguments.of(3, 0L, 1_700_000_000_123L, "1700000000.123"),
        Arguments.of(6, 0L, 1_700_000_000_123_456L, "1700000000.123456"),
        Arguments.of(9, 0L, 1_700_000_000_123_456_789L, "1700000000.123456789"),
        Arguments.of(0, 0L, 1_700_000_000L, "1700000000"),
        Arguments.of(0x88, 0L, 1_700_000_000L * 256 + 64, "1700000000.25"),
        Arguments.of(0x94, 0L, (1_700_000_000L << 20) + 1, "1700000000.000000953"),
        Arguments.of(6, 1_000_000L, 1_699_000_000_000_001L, "1700000000.000001"),
        Arguments.of(6, -100L, 1_700_000_100_000_000L, "1700000000"));
  }

  @ParameterizedTest(name = "if_tsresol {0}, if_tsoffset {1}")
  @MethodSource("resolutions")
  void timestampsFollowTheInterfaceResolutionAndOffset(
      int resolution, long offset, long units, String seconds) throws Exception {
    PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0, file.resolutionOption(resolution), file.offsetOption(offset))
        .enhancedPacket(0, units, SampleFrames.frame(60, 7), 60);
    Path capture = CaptureChecks.write(dir, "time.pcapng", file.bytes());

    long expected = new BigDecimal(seconds).movePointRight(9).longValueExact();
    assertThat(Captures.readAll(capture))
        .singleElement()
        .extracting(CapturedFrame::timestampNanos)
        .isEqualTo(expected);

    Tshark.assumeInstalled();
    assertThat(Tshark.read(capture).packets())
        .singleElement()
        .extracting(Tshark.Record::timestampNanos)
        .isEqualTo(expected);
  }

  @Test
  void eachSectionHasItsOwnByteOrderAndInterfaces() throws Exception {
    byte[] a = SampleFrames.frame(60, 1);
    byte[] b = SampleFrames.frame(64, 2);
    byte[] c = SampleFrames.frame(68, 3);
    PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0, file.nameOption("a0"))
        .interfaceDescription(1, 0, file.nameOption("a1"))
        .enhancedPacket(1, T0, a, 60)
        .section(ByteOrder.BIG_ENDIAN);
    file.interfaceDescription(1, 0, file.nameOption("b0"), file.resolutionOption(9))
        .enhancedPacket(0, T0, b, 64)
        .section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0, file.nameOption("c0"))
        .interfaceDescription(1, 0, file.nameOption("c1"))
        .enhancedPacket(1, T0 + 5, c, 68);
    Path capture = CaptureChecks.write(dir, "sections.pcapng", file.bytes());

    List<CapturedFrame> expected =
        List.of(
            new CapturedFrame(1, T0 * 1000, a),
            new CapturedFrame(0, T0, b),
            new CapturedFrame(1, (T0 + 5) * 1000, c));
    assertThat(Captures.readAll(capture)).containsExactlyElementsOf(expected);

    Tshark.assumeInstalled();
    assertThat(CaptureChecks.assertReadsLikeTshark(capture).frames())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void interfacesDoNotCarryOverIntoTheNextSection() throws Exception {
    PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0).interfaceDescription(1, 0);
    file.section(ByteOrder.LITTLE_ENDIAN).interfaceDescription(1, 0);
    int packetOffset = file.size();
    file.enhancedPacket(1, T0, SampleFrames.frame(60, 1), 60);

    CaptureFormatException error = CaptureChecks.errorOf(file.bytes());
    assertThat(error.offset()).isEqualTo(packetOffset);
    assertThat(error.problem())
        .isEqualTo(
            "enhanced packet block refers to interface 1, but the section has declared only"
                + " interfaces 0..0");
  }

  @Test
  void simplePacketIsCutToTheSnapLengthOfInterfaceZero() throws Exception {
    byte[] frame = SampleFrames.frame(100, 8);
    PcapngBytes file = new PcapngBytes().section(ByteOrder.BIG_ENDIAN);
    file.interfaceDescription(1, 64).simplePacket(100, Arrays.copyOf(frame, 64));
    Path capture = CaptureChecks.write(dir, "spb.pcapng", file.bytes());

    CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(capture);
    assertThat(outcome.frames())
        .containsExactly(new CapturedFrame(0, 0, Arrays.copyOf(frame, 64), 100));
  }

  @Test
  void unusedInterfaceOfAnotherLinkTypeIsFine() throws Exception {
    byte[] frame = SampleFrames.frame(60, 9);
    PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(0, 0, file.nameOption("lo"))
        .interfaceDescription(1, 0)
        .enhancedPacket(1, T0, frame, 60);

    assertThat(CaptureChecks.readUntilError(file.bytes()).frames())
        .containsExactly(new CapturedFrame(1, T0 * 1000, frame));
  }

  @Test
  void packetOnAnotherLinkTypeStopsTheReadingAfterTheFramesBefore() throws Exception {
    byte[] frame = SampleFrames.frame(60, 10);
    PcapngBytes file = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
    file.interfaceDescription(1, 0)
        .interfaceDescription(105, 0, file.nameOption("wlan0"))
        .enhancedPacket(0, T0, frame, 60);
    int badOffset = file.size();
    file.enhancedPacket(1, T0, frame, 60).enhancedPacket(0, T0, frame, 60);
    Path capture = CaptureChecks.write(dir, "wlan.pcapng", file.bytes());

    CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(capture);
    assertThat(outcome.frames()).containsExactly(new CapturedFrame(0, T0 * 1000, frame));
    assertThat(outcome.error())
        .hasMessage(
            capture
                + ": offset "
                + badOffset
                + ": interface 1 (\"wlan0\") has link type 105 (IEEE802_11); only Ethernet (1)"
                + " is supported");
  }
}
