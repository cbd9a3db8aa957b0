package dev.oasis.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.dns.DnsMessage;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.testing.PcapFile;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.net.udp.UdpDatagram;
import dev.oasis.runtime.net.udp.UdpHeader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses real captures shipped by Debian's python3-dpkt (read in place, not copied) and compares
 * every frame with tshark's dissection of the same file.
 */
class DebianCapturesTest {

  private static final Path DPKT_DATA = Path.of("/usr/share/doc/python3-dpkt/examples/data");

  @BeforeAll
  static void capturesAreInstalled() {
    assertThat(DPKT_DATA.resolve("dns_icmp.pcap"))
        .as("install the Debian package python3-dpkt (scripts/install-deps does)")
        .exists();
  }

  @Test
  void dnsAndPingCaptureParsesLikeTsharkDissectsIt() throws IOException {
    Path capture = DPKT_DATA.resolve("dns_icmp.pcap");
    List<byte[]> frames = PcapFile.read(capture);
    List<Tshark.Frame> expected =
        Tshark.dissect(
            capture,
            "ip.src",
            "ip.ttl",
            "icmp.type",
            "icmp.ident",
            "dns.id",
            "dns.qry.name",
            "dns.count.answers");
    assertThat(frames).hasSameSizeAs(expected).isNotEmpty();

    for (int i = 0; i < frames.size(); i++) {
      byte[] frame = frames.get(i);
      Tshark.Frame oracle = expected.get(i);
      EthernetHeader ethernet = EthernetHeader.parse(frame, 0, frame.length).value();
      int ipOffset = ethernet.headerLength();
      Ipv4Header ip = Ipv4Header.parse(frame, ipOffset, frame.length - ipOffset).value();
      int payload = ipOffset + ip.headerLength();

      assertThat(ip.source().toString())
          .as("frame %d ip.src", i + 1)
          .isEqualTo(oracle.get("ip.src"));
      assertThat(ip.ttl())
          .as("frame %d ttl", i + 1)
          .isEqualTo(Integer.parseInt(oracle.get("ip.ttl")));
      if (ip.protocol() == Ipv4Wire.PROTOCOL_ICMP) {
        IcmpMessage icmp = IcmpMessage.parse(frame, payload, ip.payloadLength()).value();
        assertThat(String.valueOf(icmp.type())).isEqualTo(oracle.get("icmp.type"));
        assertThat(String.valueOf(icmp.identifier())).isEqualTo(oracle.get("icmp.ident"));
      } else {
        UdpDatagram udp =
            UdpDatagram.parse(frame, payload, ip.payloadLength(), ip.source(), ip.destination())
                .value();
        byte[] data = udp.data();
        DnsMessage dns = DnsMessage.parse(data, 0, data.length).value();
        assertThat(String.format("0x%04x", dns.id())).isEqualTo(oracle.get("dns.id"));
        assertThat(dns.questions().get(0).name().toString()).isEqualTo(oracle.get("dns.qry.name"));
        assertThat(String.valueOf(dns.answers().size())).isEqualTo(oracle.get("dns.count.answers"));
      }
    }
  }

  @Test
  void snapLengthTruncatedDnsResponseIsRefusedNamingTheCutField() throws IOException {
    // truncated_dns_2.pcap is left out: the file itself is cut mid-record and tshark refuses it
    for (String name : List.of("truncated_dns.pcap")) {
      Path capture = DPKT_DATA.resolve(name);
      byte[] frame = PcapFile.read(capture).get(0);
      Tshark.Frame oracle =
          Tshark.dissect(capture, "ip.len", "dns.resp.type", "dns.count.answers").get(0);

      // the IPv4 total length claims more than the capture kept
      EthernetHeader ethernet = EthernetHeader.parse(frame, 0, frame.length).value();
      int ipOffset = ethernet.headerLength();
      ParseError ipError = Ipv4Header.parse(frame, ipOffset, frame.length - ipOffset).error();
      assertThat(ipError.field()).isEqualTo("total length");
      assertThat(ipError.value()).isEqualTo(Long.parseLong(oracle.get("ip.len")));

      // the DNS data that was kept ends inside the first answer tshark could not show in full
      int dnsOffset = ipOffset + (frame[ipOffset] & 0xf) * 4 + 8;
      assertThat(UdpHeader.parse(frame, dnsOffset - 8, frame.length - dnsOffset + 8).isOk())
          .isFalse();
      ParseError dnsError = DnsMessage.parse(frame, dnsOffset, frame.length - dnsOffset).error();
      int complete = oracle.all("dns.resp.type").size();
      assertThat(Integer.parseInt(oracle.get("dns.count.answers"))).isGreaterThan(complete);
      assertThat(dnsError.kind()).isEqualTo(ParseError.Kind.TRUNCATED);
      assertThat(dnsError.field()).as(name).startsWith("answer " + (complete + 1) + " ");
    }
  }
}
