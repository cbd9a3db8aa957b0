package dev.oasis.runtime.net.ipv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import dev.oasis.runtime.net.testing.Tshark;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Ipv4HeaderTest {

  private static byte[] plain;
  private static byte[] withOptions;
  private static byte[] fragment;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> datagrams =
        Scapy.build(
            "IP(src='192.0.2.1', dst='198.51.100.2', ttl=17, id=0x1234, tos=0xb9, flags='DF')"
                + "/UDP(sport=1, dport=2)/b'payload!'",
            "IP(src='10.0.0.2', dst='10.0.1.2', ttl=1, options=[IPOption_RR(routers=['1.2.3.4'])])"
                + "/ICMP(type=8, id=7, seq=9)/b'ping'",
            "IP(src='10.0.0.2', dst='10.0.1.2', flags='MF', frag=185, proto=17)/b'12345678'");
    plain = datagrams.get(0);
    withOptions = datagrams.get(1);
    fragment = datagrams.get(2);
  }

  @Test
  void parsesEveryFieldOfAScapyHeader() {
    Ipv4Header header = Ipv4Header.parse(plain, 0, plain.length).value();

    assertThat(header.source()).isEqualTo(Ipv4Address.parse("192.0.2.1"));
    assertThat(header.destination()).isEqualTo(Ipv4Address.parse("198.51.100.2"));
    assertThat(header.ttl()).isEqualTo(17);
    assertThat(header.identification()).isEqualTo(0x1234);
    assertThat(header.dscp()).isEqualTo(0xb9 >>> 2);
    assertThat(header.ecn()).isEqualTo(1);
    assertThat(header.dontFragment()).isTrue();
    assertThat(header.isFragment()).isFalse();
    assertThat(header.protocol()).isEqualTo(17);
    assertThat(header.totalLength()).isEqualTo(plain.length);
    assertThat(header.headerLength()).isEqualTo(20);
    assertThat(header.payloadLength()).isEqualTo(16);
    assertThat(header.checksum()).isEqualTo(Bytes.u16(plain, 10));
  }

  @Test
  void keepsOptionsAndRecognisesFragments() {
    Ipv4Header header = Ipv4Header.parse(withOptions, 0, withOptions.length).value();
    Ipv4Header piece = Ipv4Header.parse(fragment, 0, fragment.length).value();

    assertThat(header.headerLength()).isEqualTo((withOptions[0] & 0xf) * 4).isGreaterThan(20);
    assertThat(header.options())
        .containsExactly(Arrays.copyOfRange(withOptions, 20, header.headerLength()));
    assertThat(piece.moreFragments()).isTrue();
    assertThat(piece.fragmentOffset()).isEqualTo(185);
    assertThat(piece.isFragment()).isTrue();
    assertThat(piece.isFirstFragment()).isFalse();
  }

  @Test
  void rewritingAParsedHeaderReproducesScapysBytes() {
    for (byte[] datagram : List.of(plain, withOptions, fragment)) {
      Ipv4Header header = Ipv4Header.parse(datagram, 0, datagram.length).value();
      byte[] written = new byte[header.headerLength()];

      header.writeTo(written, 0);

      assertThat(Bytes.toHex(written))
          .isEqualTo(Bytes.toHex(Arrays.copyOf(datagram, header.headerLength())));
    }
  }

  @Test
  void builtDatagramIsWellFormedForTshark() {
    byte[] payload = Bytes.fromHex("0800f7ff00000000");
    Ipv4Header header =
        Ipv4Header.builder()
            .source(Ipv4Address.parse("10.0.0.1"))
            .destination(Ipv4Address.parse("10.0.0.2"))
            .protocol(Ipv4Wire.PROTOCOL_ICMP)
            .ttl(64)
            .dscp(48)
            .identification(77)
            .options(Bytes.fromHex("94040000"))
            .payloadLength(payload.length)
            .build();
    byte[] frame =
        EthernetHeader.of(
                MacAddress.parse("02:00:00:00:00:02"),
                MacAddress.parse("02:00:00:00:00:01"),
                0x0800)
            .frame(header.datagram(payload));

    Tshark.Frame dissected =
        Tshark.dissect(
            frame,
            "ip.version",
            "ip.hdr_len",
            "ip.len",
            "ip.ttl",
            "ip.dsfield.dscp",
            "ip.id",
            "ip.checksum.status",
            "ip.opt.type",
            "ip.src",
            "ip.dst",
            "icmp.checksum.status");
    assertThat(dissected.problems()).isEmpty();
    assertThat(dissected.get("ip.version")).isEqualTo("4");
    assertThat(dissected.get("ip.hdr_len")).isEqualTo("24");
    assertThat(dissected.get("ip.len")).isEqualTo("32");
    assertThat(dissected.get("ip.ttl")).isEqualTo("64");
    assertThat(dissected.get("ip.dsfield.dscp")).isEqualTo("48");
    assertThat(dissected.get("ip.id")).isEqualTo("0x004d");
    assertThat(dissected.get("ip.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.get("ip.opt.type")).isEqualTo("148");
    assertThat(dissected.get("ip.src")).isEqualTo("10.0.0.1");
    assertThat(dissected.get("ip.dst")).isEqualTo("10.0.0.2");
    assertThat(dissected.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
  }

  @Test
  void ignoresEthernetPaddingBeyondTheTotalLength() {
    byte[] padded = Arrays.copyOf(plain, plain.length + 10);

    Ipv4Header header = Ipv4Header.parse(padded, 0, padded.length).value();

    assertThat(header.payloadLength()).isEqualTo(16);
  }

  @Test
  void everyTruncationOfTheFixedHeaderNamesTheField() {
    Truncation.assertEveryCutNamesTheField(
        Ipv4Header::parse,
        plain,
        "version",
        1,
        "type of service",
        1,
        "total length",
        2,
        "identification",
        2,
        "flags and fragment offset",
        2,
        "time to live",
        1,
        "protocol",
        1,
        "header checksum",
        2,
        "source",
        4,
        "destination",
        4);
  }

  @Test
  void truncationInsideOptionsNamesOptionsAndInsideThePayloadNamesTotalLength() {
    int headerLength = (withOptions[0] & 0xf) * 4;
    for (int length = 20; length < withOptions.length; length++) {
      ParseError error = Ipv4Header.parse(withOptions, 0, length).error();

      if (length < headerLength) {
        assertThat(error.kind()).isEqualTo(ParseError.Kind.TRUNCATED);
        assertThat(error.field()).isEqualTo("options");
      } else {
        assertThat(error.kind()).isEqualTo(ParseError.Kind.INVALID);
        assertThat(error.field()).isEqualTo("total length");
        assertThat(error.value()).isEqualTo(withOptions.length);
        assertThat(error.expected()).startsWith(headerLength + ".." + length);
      }
    }
  }

  @Test
  void wrongVersionIsRefused() {
    byte[] bad = plain.clone();
    bad[0] = 0x65;

    ParseError error = Ipv4Header.parse(bad, 0, bad.length).error();

    assertThat(error.message()).isEqualTo("ipv4 field version (offset 0) has value 6, expected 4");
  }

  @Test
  void ihlBelowFiveIsRefused() {
    byte[] bad = plain.clone();
    bad[0] = 0x44;

    ParseError error = Ipv4Header.parse(bad, 0, bad.length).error();

    assertThat(error.field()).isEqualTo("ihl");
    assertThat(error.value()).isEqualTo(4);
    assertThat(error.expected()).startsWith("5..15");
  }

  @Test
  void totalLengthBelowTheHeaderLengthIsRefused() {
    byte[] bad = plain.clone();
    Bytes.put16(bad, 2, 19);

    ParseError error = Ipv4Header.parse(bad, 0, bad.length).error();

    assertThat(error.field()).isEqualTo("total length");
    assertThat(error.value()).isEqualTo(19);
  }

  @Test
  void badHeaderChecksumIsRefusedWithTheCorrectValue() {
    byte[] bad = plain.clone();
    int correct = Bytes.u16(plain, 10);
    Bytes.put16(bad, 10, correct ^ 0x0101);

    ParseError error = Ipv4Header.parse(bad, 0, bad.length).error();

    assertThat(error.kind()).isEqualTo(ParseError.Kind.BAD_CHECKSUM);
    assertThat(error.field()).isEqualTo("header checksum");
    assertThat(error.expected()).isEqualTo(String.format("0x%04x", correct));
  }

  @Test
  void headerFieldsOutOfRangeAreRefusedByTheBuilder() {
    assertThatThrownBy(() -> Ipv4Header.builder().ttl(256).build())
        .hasMessage("ipv4 ttl 256 is out of range, expected 0..255");
    assertThatThrownBy(() -> Ipv4Header.builder().options(new byte[3]).build())
        .hasMessageContaining("ipv4 options length 3");
    assertThatThrownBy(() -> Ipv4Header.builder().payloadLength(65516).build())
        .hasMessageContaining("ipv4 total length 65536");
  }
}
