package dev.oasis.runtime.net.ethernet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import dev.oasis.runtime.net.testing.Tshark;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EthernetHeaderTest {

  private static byte[] untagged;
  private static byte[] tagged;

  @BeforeAll
  static void buildFramesWithScapy() {
    List<byte[]> frames =
        Scapy.build(
            "Ether(dst='02:00:00:00:00:10', src='02:00:00:00:00:01')"
                + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP()",
            "Ether(dst='ff:ff:ff:ff:ff:ff', src='02:00:00:00:00:01')"
                + "/Dot1Q(prio=5, id=1, vlan=100)/ARP(psrc='10.0.0.2', pdst='10.0.0.1', "
                + "hwsrc='02:00:00:00:00:01')");
    untagged = frames.get(0);
    tagged = frames.get(1);
  }

  @Test
  void parsesAnUntaggedFrame() {
    EthernetHeader header = EthernetHeader.parse(untagged, 0, untagged.length).value();

    assertThat(header.destination()).isEqualTo(MacAddress.parse("02:00:00:00:00:10"));
    assertThat(header.source()).isEqualTo(MacAddress.parse("02:00:00:00:00:01"));
    assertThat(header.etherType()).isEqualTo(0x0800);
    assertThat(header.vlan()).isEmpty();
    assertThat(header.headerLength()).isEqualTo(14);
  }

  @Test
  void parsesAnIeee8021qTag() {
    EthernetHeader header = EthernetHeader.parse(tagged, 0, tagged.length).value();

    assertThat(header.destination()).isEqualTo(MacAddress.BROADCAST);
    assertThat(header.etherType()).isEqualTo(0x0806);
    assertThat(header.vlan()).contains(new VlanTag(5, true, 100));
    assertThat(header.headerLength()).isEqualTo(18);
  }

  @Test
  void writesWhatParsesBackAndWhatTsharkReads() {
    EthernetHeader plain =
        EthernetHeader.of(
            MacAddress.parse("02:00:00:00:00:02"), MacAddress.parse("02:00:00:00:00:03"), 0x0806);
    EthernetHeader withTag =
        new EthernetHeader(
            MacAddress.parse("02:00:00:00:00:02"),
            MacAddress.parse("02:00:00:00:00:03"),
            Optional.of(new VlanTag(3, false, 4000)),
            0x88b5);
    byte[] payload = new byte[46];

    byte[] first = plain.frame(payload);
    byte[] second = withTag.frame(payload);

    assertThat(EthernetHeader.parse(first, 0, first.length).value()).isEqualTo(plain);
    assertThat(EthernetHeader.parse(second, 0, second.length).value()).isEqualTo(withTag);
    List<Tshark.Frame> dissected =
        Tshark.dissect(
            List.of(first, second),
            "eth.dst",
            "eth.src",
            "eth.type",
            "vlan.id",
            "vlan.priority",
            "vlan.etype");
    assertThat(dissected.get(0).get("eth.dst")).isEqualTo("02:00:00:00:00:02");
    assertThat(dissected.get(0).get("eth.src")).isEqualTo("02:00:00:00:00:03");
    assertThat(dissected.get(0).get("eth.type")).isEqualTo("0x0806");
    assertThat(dissected.get(1).get("eth.type")).isEqualTo("0x8100");
    assertThat(dissected.get(1).get("vlan.id")).isEqualTo("4000");
    assertThat(dissected.get(1).get("vlan.priority")).isEqualTo("3");
    assertThat(dissected.get(1).get("vlan.etype")).isEqualTo("0x88b5");
  }

  @Test
  void replyHeaderGoesBackToTheSourceOnTheSameVlan() {
    EthernetHeader received = EthernetHeader.parse(tagged, 0, tagged.length).value();
    MacAddress own = MacAddress.parse("02:00:00:00:00:10");

    EthernetHeader reply = received.replyFrom(own, 0x0800);

    assertThat(reply.destination()).isEqualTo(received.source());
    assertThat(reply.source()).isEqualTo(own);
    assertThat(reply.vlan()).isEqualTo(received.vlan());
    assertThat(reply.etherType()).isEqualTo(0x0800);
  }

  @Test
  void everyTruncationNamesTheField() {
    Truncation.assertEveryCutNamesTheField(
        EthernetHeader::parse, untagged, "destination", 6, "source", 6, "ethertype", 2);
    Truncation.assertEveryCutNamesTheField(
        EthernetHeader::parse,
        tagged,
        "destination",
        6,
        "source",
        6,
        "ethertype",
        2,
        "vlan tci",
        2,
        "vlan ethertype",
        2);
  }

  @Test
  void ieee8023LengthFieldIsRefused() {
    byte[] frame = Scapy.build("Dot3(dst='02:00:00:00:00:10', src='02:00:00:00:00:01')/LLC()");

    ParseResult<EthernetHeader> result = EthernetHeader.parse(frame, 0, frame.length);

    ParseError error = result.error();
    assertThat(error.field()).isEqualTo("ethertype");
    assertThat(error.offset()).isEqualTo(12);
    assertThat(error.value()).isEqualTo(Bytes.u16(frame, 12));
    assertThat(error.message())
        .isEqualTo(
            "ethernet field ethertype (offset 12) has value 3, expected 1536..65535 "
                + "(0x0600..0xffff; 802.3 length fields are not supported)");
  }

  @Test
  void innerLengthFieldAfterATagIsRefusedNamingTheInnerField() {
    byte[] frame = tagged.clone();
    Bytes.put16(frame, 16, 0x05dc);

    ParseError error = EthernetHeader.parse(frame, 0, frame.length).error();

    assertThat(error.field()).isEqualTo("vlan ethertype");
    assertThat(error.value()).isEqualTo(1500);
  }

  @Test
  void vlanTagControlInformationRoundTrips() {
    assertThat(VlanTag.fromTci(0xb064)).isEqualTo(new VlanTag(5, true, 100));
    assertThat(new VlanTag(5, true, 100).tci()).isEqualTo(0xb064);
  }
}
