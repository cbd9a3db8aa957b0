package dev.oasis.runtime.net.arp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import dev.oasis.runtime.net.testing.Tshark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArpPacketTest {

  private static byte[] request;

  @BeforeAll
  static void buildWithScapy() {
    // the ARP packet alone, 28 bytes
    request =
        Scapy.build(
            "ARP(op=1, hwsrc='02:00:00:00:01:02', psrc='10.0.1.2', hwdst='00:00:00:00:00:00', "
                + "pdst='10.0.1.1')");
  }

  @Test
  void parsesAScapyRequest() {
    ArpPacket packet = ArpPacket.parse(request, 0, request.length).value();

    assertThat(packet.isRequest()).isTrue();
    assertThat(packet.senderMac()).isEqualTo(MacAddress.parse("02:00:00:00:01:02"));
    assertThat(packet.senderIp()).isEqualTo(Ipv4Address.parse("10.0.1.2"));
    assertThat(packet.targetMac()).isEqualTo(MacAddress.ZERO);
    assertThat(packet.targetIp()).isEqualTo(Ipv4Address.parse("10.0.1.1"));
    assertThat(packet.isGratuitous()).isFalse();
  }

  @Test
  void ignoresEthernetPaddingAfterThePacket() {
    byte[] padded = new byte[46];
    System.arraycopy(request, 0, padded, 0, request.length);

    assertThat(ArpPacket.parse(padded, 0, padded.length).isOk()).isTrue();
  }

  @Test
  void answerSwapsSenderAndTargetAndTsharkReadsIt() {
    ArpPacket packet = ArpPacket.parse(request, 0, request.length).value();
    MacAddress own = MacAddress.parse("02:00:00:00:01:01");

    ArpPacket reply = packet.answer(own);
    byte[] frame = EthernetHeader.of(packet.senderMac(), own, 0x0806).frame(reply.toBytes());

    Tshark.Frame dissected =
        Tshark.dissect(
            frame,
            "arp.opcode",
            "arp.src.hw_mac",
            "arp.src.proto_ipv4",
            "arp.dst.hw_mac",
            "arp.dst.proto_ipv4",
            "arp.hw.type",
            "arp.proto.type");
    assertThat(dissected.problems()).isEmpty();
    assertThat(dissected.get("arp.opcode")).isEqualTo("2");
    assertThat(dissected.get("arp.src.hw_mac")).isEqualTo("02:00:00:00:01:01");
    assertThat(dissected.get("arp.src.proto_ipv4")).isEqualTo("10.0.1.1");
    assertThat(dissected.get("arp.dst.hw_mac")).isEqualTo("02:00:00:00:01:02");
    assertThat(dissected.get("arp.dst.proto_ipv4")).isEqualTo("10.0.1.2");
    assertThat(dissected.get("arp.hw.type")).isEqualTo("1");
    assertThat(dissected.get("arp.proto.type")).isEqualTo("0x0800");
  }

  @Test
  void serialisesTheSameBytesScapyBuilds() {
    ArpPacket packet =
        ArpPacket.request(
            MacAddress.parse("02:00:00:00:01:02"),
            Ipv4Address.parse("10.0.1.2"),
            Ipv4Address.parse("10.0.1.1"));

    assertThat(Bytes.toHex(packet.toBytes())).isEqualTo(Bytes.toHex(request));
  }

  @Test
  void recognisesGratuitousArp() {
    byte[] gratuitous =
        Scapy.build(
            "ARP(op=1, hwsrc='02:00:00:00:01:02', psrc='10.0.1.2', pdst='10.0.1.2', "
                + "hwdst='ff:ff:ff:ff:ff:ff')");

    assertThat(ArpPacket.parse(gratuitous, 0, gratuitous.length).value().isGratuitous()).isTrue();
  }

  @Test
  void everyTruncationNamesTheField() {
    Truncation.assertEveryCutNamesTheField(
        ArpPacket::parse,
        request,
        "hardware type",
        2,
        "protocol type",
        2,
        "hardware address length",
        1,
        "protocol address length",
        1,
        "operation",
        2,
        "sender hardware address",
        6,
        "sender protocol address",
        4,
        "target hardware address",
        6,
        "target protocol address",
        4);
  }

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource({
    "hardware type, 0, 6, 2",
    "protocol type, 2, 34525, 2",
    "hardware address length, 4, 8, 1",
    "protocol address length, 5, 16, 1",
    "operation, 6, 3, 2",
  })
  void unsupportedFieldValuesAreRefusedNamingFieldAndValue(
      String field, int offset, int value, int size) {
    byte[] bad = request.clone();
    if (size == 1) {
      Bytes.put8(bad, offset, value);
    } else {
      Bytes.put16(bad, offset, value);
    }

    ParseError error = ArpPacket.parse(bad, 0, bad.length).error();

    assertThat(error.kind()).isEqualTo(ParseError.Kind.INVALID);
    assertThat(error.field()).isEqualTo(field);
    assertThat(error.offset()).isEqualTo(offset);
    assertThat(error.value()).isEqualTo(value);
    assertThat(error.message())
        .startsWith(
            "arp field "
                + field
                + " (offset "
                + offset
                + ") has "
                + "value "
                + value
                + ", expected ");
  }
}
