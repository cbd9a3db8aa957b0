package dev.oasis.runtime.net.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TCP wire layer against segments built by scapy (RFC 9293 3.1). */
class TcpSegmentTest {

  private static final Ipv4Address SOURCE = Ipv4Address.parse("192.0.2.1");
  private static final Ipv4Address DESTINATION = Ipv4Address.parse("198.51.100.2");

  private static byte[] syn;
  private static byte[] data;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> segments =
        Scapy.build(
            "raw(IP(src='192.0.2.1', dst='198.51.100.2')/TCP(sport=40000, dport=80,"
                + " seq=0xfffffff0, flags='S', window=29200, options=[('MSS', 1460),"
                + " ('SAckOK', b''), ('Timestamp', (1, 0)), ('NOP', None), ('WScale', 7)]))[20:]",
            "raw(IP(src='192.0.2.1', dst='198.51.100.2')/TCP(sport=80, dport=40000, seq=7,"
                + " ack=0xfffffff1, flags='PA', window=512, urgptr=3)/b'hello, tcp')[20:]");
    syn = segments.get(0);
    data = segments.get(1);
  }

  private static ParseResult<TcpSegment> parse(byte[] segment) {
    return TcpSegment.parse(segment, 0, segment.length, SOURCE, DESTINATION);
  }

  @Test
  void parsesEveryFieldOfAScapySyn() {
    TcpHeader header = parse(syn).value().header();

    assertThat(header.sourcePort()).isEqualTo(40000);
    assertThat(header.destinationPort()).isEqualTo(80);
    assertThat(header.sequenceNumber()).isEqualTo(0xfffffff0L);
    assertThat(header.acknowledgementNumber()).isZero();
    assertThat(header.flags()).isEqualTo(TcpWire.SYN);
    assertThat(header.window()).isEqualTo(29200);
    assertThat(header.headerLength()).isEqualTo((syn[12] & 0xff) / 16 * 4).isEqualTo(40);
    assertThat(header.checksum()).isEqualTo(Bytes.u16(syn, 16));
    assertThat(parse(syn).value().sequenceLength()).isEqualTo(1);
  }

  @Test
  void readsTheOptionsOfAScapySyn() {
    TcpOptions options = TcpOptions.parse(parse(syn).value().header().options()).value();

    assertThat(options.maximumSegmentSize()).isEqualTo(OptionalInt.of(1460));
    assertThat(options.windowScale()).isEqualTo(OptionalInt.of(7));
    assertThat(options.sackPermitted()).isTrue();
  }

  @Test
  void parsesDataAndFlags() {
    TcpSegment segment = parse(data).value();

    assertThat(segment.payload()).isEqualTo("hello, tcp".getBytes());
    assertThat(segment.header().has(TcpWire.PSH | TcpWire.ACK)).isTrue();
    assertThat(segment.header().has(TcpWire.SYN)).isFalse();
    assertThat(segment.header().urgentPointer()).isEqualTo(3);
    assertThat(segment.header().acknowledgementNumber()).isEqualTo(0xfffffff1L);
    assertThat(TcpHeader.flagNames(segment.header().flags())).isEqualTo("PSH|ACK");
  }

  @Test
  void writingAParsedSegmentReproducesScapysBytesAndChecksum() {
    for (byte[] segment : List.of(syn, data)) {
      assertThat(Bytes.toHex(parse(segment).value().toBytes(SOURCE, DESTINATION)))
          .isEqualTo(Bytes.toHex(segment));
    }
  }

  @Test
  void aFlippedBitFailsTheChecksumAndTheErrorGivesTheRightOne() {
    byte[] corrupted = data.clone();
    corrupted[25] ^= 0x10;

    ParseError error = parse(corrupted).error();

    assertThat(error.kind()).isEqualTo(ParseError.Kind.BAD_CHECKSUM);
    assertThat(error.field()).isEqualTo("checksum");
    // the checksum that would verify, recomputed by scapy over the corrupted bytes
    String scapyChecksum =
        Scapy.script(
                "t = TCP(frames[0]); t.chksum = None\n"
                    + "print('0x%04x' % TCP(raw(IP(src='192.0.2.1', dst='198.51.100.2')/t)"
                    + "[20:]).chksum)\n",
                List.of(corrupted))
            .get(0);
    assertThat(error.expected()).isEqualTo(scapyChecksum);
    assertThat(parse(data).isOk()).isTrue();
  }

  @Test
  void theChecksumCoversThePseudoHeader() {
    ParseResult<TcpSegment> elsewhere =
        TcpSegment.parse(data, 0, data.length, SOURCE, Ipv4Address.parse("198.51.100.3"));

    assertThat(elsewhere.error().kind()).isEqualTo(ParseError.Kind.BAD_CHECKSUM);
  }

  @Test
  void everyTruncationNamesTheFieldItCuts() {
    Truncation.assertEveryCutNamesTheField(
        TcpHeader::parse,
        syn,
        "source port",
        2,
        "destination port",
        2,
        "sequence number",
        4,
        "acknowledgement number",
        4,
        "data offset",
        1,
        "flags",
        1,
        "window",
        2,
        "checksum",
        2,
        "urgent pointer",
        2,
        "options",
        20);
    Truncation.assertNoPrefixThrows(
        (buffer, offset, length) -> TcpSegment.parse(buffer, offset, length, SOURCE, DESTINATION),
        data);
  }

  @Test
  void aDataOffsetBelowFiveIsRefused() {
    byte[] bad = data.clone();
    bad[12] = 0x40;

    ParseError error = TcpHeader.parse(bad, 0, bad.length).error();

    assertThat(error.message())
        .isEqualTo("tcp field data offset (offset 12) has value 4, expected 5..15 (32-bit words)");
  }

  @Test
  void malformedOptionsAreRefusedWithTheirOffset() {
    assertThat(TcpOptions.parse(new byte[] {2, 4, 5}).error().message())
        .isEqualTo(
            "tcp field option 2 length (offset 21) has value 4, expected 2..3 (the option"
                + " bytes left)");
    assertThat(TcpOptions.parse(new byte[] {1, 1, 30, 1}).error().message())
        .isEqualTo(
            "tcp field option 30 length (offset 23) has value 1, expected 2..2 (the option"
                + " bytes left)");
    assertThat(TcpOptions.parse(new byte[] {1, 1, 1, 99}).error().field())
        .isEqualTo("option 99 length");
    assertThat(TcpOptions.parse(new byte[] {2, 3, 5, 0}).error().message())
        .isEqualTo("tcp field option 2 length (offset 21) has value 3, expected 4");
    assertThat(TcpOptions.parse(new byte[] {0, 2, 3, 4}).value()).isEqualTo(TcpOptions.NONE);
  }

  @Test
  void outOfRangeHeaderValuesAreRefusedByName() {
    assertThatThrownBy(() -> new TcpHeader(1, 2, 1L << 32, 0, 0, 0, 0, 0, new byte[0]))
        .hasMessage("tcp sequence number 4294967296 is out of range, expected 0..4294967295");
    assertThatThrownBy(() -> new TcpHeader(1, 2, 0, 0, 0, 0, 0, 0, new byte[3]))
        .hasMessage("tcp options length 3 is invalid, expected a multiple of 4 up to 40");
    assertThat(Arrays.equals(TcpOptions.maximumSegmentSizeOption(1460), new byte[] {2, 4, 5, -76}))
        .isTrue();
  }
}
