package dev.oasis.runtime.net.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.net.udp.UdpDatagram;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DnsMessageTest {

  private static byte[] query;
  private static byte[] compressedResponse;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> messages =
        Scapy.build(
            "DNS(id=0x4242, rd=1, qd=DNSQR(qname='www.example.com', qtype='A'))",
            "dns_compress(DNS(id=0x4243, qr=1, aa=1, rd=1,"
                + " qd=DNSQR(qname='www.example.com', qtype='A'),"
                + " an=DNSRR(rrname='www.example.com', type='A', ttl=300, rdata='192.0.2.80')"
                + " / DNSRR(rrname='www.example.com', type='A', ttl=60, rdata='192.0.2.81')))");
    query = messages.get(0);
    compressedResponse = messages.get(1);
  }

  @Test
  void parsesAScapyQuery() {
    DnsMessage message = DnsMessage.parse(query, 0, query.length).value();

    assertThat(message.id()).isEqualTo(0x4242);
    assertThat(message.header().isResponse()).isFalse();
    assertThat(message.header().recursionDesired()).isTrue();
    assertThat(message.header().opcode()).isZero();
    assertThat(message.questions()).containsExactly(DnsQuestion.a(DnsName.of("www.example.com")));
    assertThat(message.answers()).isEmpty();
  }

  @Test
  void serialisesAQueryAsScapyDoes() {
    assertThat(Bytes.toHex(DnsMessage.queryA(0x4242, DnsName.of("www.example.com")).toBytes()))
        .isEqualTo(Bytes.toHex(query));
  }

  @Test
  void followsCompressionPointersInAScapyResponse() {
    assertThat(Bytes.toHex(compressedResponse)).contains("c00c");

    DnsMessage message = DnsMessage.parse(compressedResponse, 0, compressedResponse.length).value();

    assertThat(message.header().isResponse()).isTrue();
    assertThat(message.answers()).hasSize(2);
    assertThat(message.answers().get(0).name()).isEqualTo(DnsName.of("www.example.com"));
    assertThat(message.answers().get(0).address()).contains(Ipv4Address.parse("192.0.2.80"));
    assertThat(message.answers().get(1).address()).contains(Ipv4Address.parse("192.0.2.81"));
    assertThat(message.answers().get(1).ttl()).isEqualTo(60);
  }

  @Test
  void answerToAQueryIsWhatTsharkAndScapyExpect() {
    DnsMessage answer =
        DnsMessage.parse(query, 0, query.length)
            .value()
            .answerA(Ipv4Address.parse("192.0.2.53"), 3600);
    Ipv4Address server = Ipv4Address.parse("10.0.0.1");
    Ipv4Address client = Ipv4Address.parse("10.0.0.2");
    byte[] udp = new UdpDatagram(53, 33000, answer.toBytes()).toBytes(server, client);
    byte[] frame =
        EthernetHeader.of(
                MacAddress.parse("02:00:00:00:00:02"),
                MacAddress.parse("02:00:00:00:00:01"),
                0x0800)
            .frame(
                Ipv4Header.builder()
                    .protocol(Ipv4Wire.PROTOCOL_UDP)
                    .source(server)
                    .destination(client)
                    .payloadLength(udp.length)
                    .build()
                    .datagram(udp));

    Tshark.Frame dissected =
        Tshark.dissect(
            frame,
            "dns.id",
            "dns.flags.response",
            "dns.flags.authoritative",
            "dns.flags.recdesired",
            "dns.flags.rcode",
            "dns.qry.name",
            "dns.a",
            "dns.resp.ttl",
            "udp.checksum.status");
    assertThat(dissected.problems()).isEmpty();
    assertThat(dissected.get("dns.id")).isEqualTo("0x4242");
    assertThat(dissected.get("dns.flags.response")).isEqualTo("1");
    assertThat(dissected.get("dns.flags.authoritative")).isEqualTo("1");
    assertThat(dissected.get("dns.flags.recdesired")).isEqualTo("1");
    assertThat(dissected.get("dns.flags.rcode")).isEqualTo("0");
    assertThat(dissected.get("dns.qry.name")).isEqualTo("www.example.com");
    assertThat(dissected.get("dns.a")).isEqualTo("192.0.2.53");
    assertThat(dissected.get("dns.resp.ttl")).isEqualTo("3600");
    assertThat(dissected.get("udp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(Scapy.inspect(frame, "p[DNS].an.rdata", "p[DNS].an.rrname.decode()"))
        .containsExactly("192.0.2.53", "www.example.com.");
  }

  @Test
  void onlyAQueryWithAQuestionCanBeAnswered() {
    DnsMessage response =
        DnsMessage.parse(compressedResponse, 0, compressedResponse.length).value();

    assertThatThrownBy(() -> response.answerA(Ipv4Address.parse("192.0.2.1"), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a query");
  }

  @Test
  void pointerToItselfOrForwardIsRefused() {
    // one question whose name is a pointer to its own offset (12)
    byte[] loop = Bytes.fromHex("0001 0000 0001 0000 0000 0000 c00c 0001 0001");

    ParseError error = DnsMessage.parse(loop, 0, loop.length).error();

    assertThat(error.field()).isEqualTo("question 1 name pointer");
    assertThat(error.offset()).isEqualTo(12);
    assertThat(error.value()).isEqualTo(12);
    assertThat(error.message())
        .isEqualTo(
            "dns field question 1 name pointer (offset 12) has value 12, expected 0..11 "
                + "(before the name it continues)");
  }

  @Test
  void pointersThatWouldCycleThroughEarlierBytesAreRefused() {
    // question 1: label "a" then a pointer back to that label's start, offset 12: a loop
    byte[] cycle = Bytes.fromHex("0001 0000 0001 0000 0000 0000 0161 c00c 0001 0001");

    ParseResult<DnsMessage> result = DnsMessage.parse(cycle, 0, cycle.length);

    assertThat(result.error().field()).isEqualTo("question 1 name pointer");
  }

  @Test
  void reservedLabelTypeIsRefused() {
    byte[] bad = Bytes.fromHex("0001 0000 0001 0000 0000 0000 4061 00 0001 0001");

    ParseError error = DnsMessage.parse(bad, 0, bad.length).error();

    assertThat(error.field()).isEqualTo("question 1 name label length");
    assertThat(error.value()).isEqualTo(0x40);
  }

  @Test
  void nameLongerThan255BytesIsRefused() {
    StringBuilder hex = new StringBuilder("0001 0000 0001 0000 0000 0000");
    for (int i = 0; i < 128; i++) {
      hex.append(" 0161");
    }
    hex.append(" 00 0001 0001");
    byte[] bad = Bytes.fromHex(hex.toString());

    ParseError error = DnsMessage.parse(bad, 0, bad.length).error();

    assertThat(error.field()).isEqualTo("question 1 name");
    assertThat(error.expected()).isEqualTo("at most 255 bytes");
  }

  @Test
  void everyTruncationOfAResponseNamesAFieldOfTheRightSection() {
    // compressed response layout: header 12, question name 17 + 4, answers 16 each
    for (int length = 0; length < compressedResponse.length; length++) {
      ParseResult<DnsMessage> result = DnsMessage.parse(compressedResponse, 0, length);

      assertThat(result.isOk()).as("parse of %d bytes", length).isFalse();
      ParseError error = result.error();
      assertThat(error.kind()).isEqualTo(ParseError.Kind.TRUNCATED);
      String expectedSection =
          length < 12 ? "" : length < 33 ? "question 1 " : length < 49 ? "answer 1 " : "answer 2 ";
      assertThat(error.field()).as("field at %d bytes", length).startsWith(expectedSection);
    }
    assertThat(DnsMessage.parse(compressedResponse, 0, 5).error().field())
        .isEqualTo("question count");
    assertThat(DnsMessage.parse(compressedResponse, 0, 34).error().field())
        .isEqualTo("answer 1 name pointer");
    assertThat(DnsMessage.parse(compressedResponse, 0, 44).error().field())
        .isEqualTo("answer 1 data length");
    assertThat(DnsMessage.parse(compressedResponse, 0, 46).error().field())
        .isEqualTo("answer 1 data");
  }

  @Test
  void randomlyCorruptedMessagesAreParsedOrRefusedNeverThrown() {
    java.util.Random random = new java.util.Random(1035);
    for (int round = 0; round < 20_000; round++) {
      byte[] message = compressedResponse.clone();
      for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
        message[random.nextInt(message.length)] = (byte) random.nextInt(256);
      }
      int length = random.nextInt(message.length + 1);

      ParseResult<DnsMessage> result = DnsMessage.parse(message, 0, length);

      if (!result.isOk()) {
        assertThat(result.error().message()).startsWith("dns field ");
      }
    }
  }

  @Test
  void namesAreComparedWithoutCaseAndRefuseBadLabels() {
    assertThat(DnsName.of("WWW.Example.com.").equalsIgnoreCase(DnsName.of("www.example.com")))
        .isTrue();
    assertThat(DnsName.of(".")).isEqualTo(DnsName.ROOT);
    assertThatThrownBy(() -> DnsName.of("a..b")).hasMessageContaining("dns label ''");
    assertThatThrownBy(() -> DnsName.of("x".repeat(64))).hasMessageContaining("expected 1..63");
  }
}
