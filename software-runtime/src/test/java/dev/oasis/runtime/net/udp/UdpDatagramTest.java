package dev.oasis.runtime.net.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import dev.oasis.runtime.net.testing.Tshark;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UdpDatagramTest {

  private static final Ipv4Address SOURCE = Ipv4Address.parse("10.0.0.2");
  private static final Ipv4Address DESTINATION = Ipv4Address.parse("10.0.1.2");

  private static byte[] datagram;
  private static byte[] withoutChecksum;

  @BeforeAll
  static void buildWithScapy() {
    // the IPv4 payload only: scapy computes the checksum from the IP layer, then we cut it off
    List<byte[]> built =
        Scapy.build(
            "IP(src='10.0.0.2', dst='10.0.1.2')/UDP(sport=40000, dport=7)/b'hello, udp'",
            "IP(src='10.0.0.2', dst='10.0.1.2')/UDP(sport=40000, dport=7, chksum=0)/b'hello'");
    datagram = Arrays.copyOfRange(built.get(0), 20, built.get(0).length);
    withoutChecksum = Arrays.copyOfRange(built.get(1), 20, built.get(1).length);
  }

  @Test
  void parsesAndVerifiesAScapyDatagram() {
    UdpDatagram parsed =
        UdpDatagram.parse(datagram, 0, datagram.length, SOURCE, DESTINATION).value();
    UdpHeader header = UdpHeader.parse(datagram, 0, datagram.length).value();

    assertThat(parsed.sourcePort()).isEqualTo(40000);
    assertThat(parsed.destinationPort()).isEqualTo(7);
    assertThat(new String(parsed.data(), StandardCharsets.US_ASCII)).isEqualTo("hello, udp");
    assertThat(header.length()).isEqualTo(18);
    assertThat(header.dataLength()).isEqualTo(10);
  }

  @Test
  void serialisesTheBytesScapyBuilds() {
    UdpDatagram parsed =
        UdpDatagram.parse(datagram, 0, datagram.length, SOURCE, DESTINATION).value();

    assertThat(Bytes.toHex(parsed.toBytes(SOURCE, DESTINATION))).isEqualTo(Bytes.toHex(datagram));
  }

  @Test
  void serialisedDatagramIsGoodForTshark() {
    byte[] udp = new UdpDatagram(5000, 6000, new byte[] {1, 2, 3}).toBytes(SOURCE, DESTINATION);
    Ipv4Header ip =
        Ipv4Header.builder()
            .protocol(Ipv4Wire.PROTOCOL_UDP)
            .source(SOURCE)
            .destination(DESTINATION)
            .payloadLength(udp.length)
            .build();
    byte[] frame =
        EthernetHeader.of(
                MacAddress.parse("02:00:00:00:00:02"),
                MacAddress.parse("02:00:00:00:00:01"),
                0x0800)
            .frame(ip.datagram(udp));

    Tshark.Frame dissected =
        Tshark.dissect(frame, "udp.srcport", "udp.dstport", "udp.length", "udp.checksum.status");
    assertThat(dissected.problems()).isEmpty();
    assertThat(dissected.get("udp.srcport")).isEqualTo("5000");
    assertThat(dissected.get("udp.dstport")).isEqualTo("6000");
    assertThat(dissected.get("udp.length")).isEqualTo("11");
    assertThat(dissected.get("udp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
  }

  @Test
  void zeroChecksumMeansNoneAndIsAccepted() {
    assertThat(
            UdpDatagram.parse(withoutChecksum, 0, withoutChecksum.length, SOURCE, DESTINATION)
                .isOk())
        .isTrue();
  }

  @Test
  void badChecksumIsRefused() {
    ParseError error =
        UdpDatagram.parse(datagram, 0, datagram.length, SOURCE, Ipv4Address.parse("10.0.1.3"))
            .error();

    assertThat(error.kind()).isEqualTo(ParseError.Kind.BAD_CHECKSUM);
    assertThat(error.field()).isEqualTo("checksum");
    assertThat(error.offset()).isEqualTo(6);
  }

  @Test
  void lengthFieldOutsideHeaderAndBufferIsRefused() {
    byte[] tooShort = datagram.clone();
    Bytes.put16(tooShort, 4, 7);
    byte[] tooLong = datagram.clone();
    Bytes.put16(tooLong, 4, datagram.length + 1);

    ParseError first = UdpHeader.parse(tooShort, 0, tooShort.length).error();
    ParseError second = UdpHeader.parse(tooLong, 0, tooLong.length).error();

    assertThat(first.message())
        .isEqualTo(
            "udp field length (offset 4) has value 7, expected 8..18 (header length .. "
                + "bytes available)");
    assertThat(second.field()).isEqualTo("length");
    assertThat(second.value()).isEqualTo(19);
  }

  @Test
  void everyTruncationOfTheHeaderNamesTheField() {
    Truncation.assertEveryCutNamesTheField(
        UdpHeader::parse,
        datagram,
        "source port",
        2,
        "destination port",
        2,
        "length",
        2,
        "checksum",
        2);
    Truncation.assertNoPrefixThrows(
        (buffer, offset, length) -> UdpDatagram.parse(buffer, offset, length, SOURCE, DESTINATION),
        datagram);
  }
}
