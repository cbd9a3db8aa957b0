package dev.oasis.runtime.slowpath;

import static dev.oasis.runtime.slowpath.Appliance.handle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcmpErrorHandlingTest {

  private static final String FROM_HOST_0 = Appliance.etherFromHost(0);

  private static final String[] ERROR_FIELDS = {
    "eth.dst",
    "eth.src",
    "ip.src",
    "ip.dst",
    "ip.ttl",
    "ip.dsfield.dscp",
    "ip.checksum.status",
    "icmp.type",
    "icmp.code",
    "icmp.checksum.status",
    "udp.dstport"
  };

  private final StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);

  @Test
  void timeExceededGoesBackToTheSenderQuotingHeaderOptionsAndEightBytes() {
    byte[] offending =
        Scapy.build(
            FROM_HOST_0
                + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1, id=4321, "
                + "options=[IPOption_Router_Alert()])/UDP(sport=33434, dport=33435)"
                + "/b'traceroute payload'");

    List<Emission> emitted = handle(slowPath, offending, 0, PuntReason.ICMP_TIME_EXCEEDED);

    assertThat(emitted).hasSize(1);
    assertThat(emitted.get(0).port()).isZero();
    byte[] error = emitted.get(0).frame();
    Tshark.Frame dissected = Tshark.dissect(error, ERROR_FIELDS);
    assertThat(dissected.problems()).isEmpty();
    assertThat(dissected.get("eth.dst")).isEqualTo(Appliance.hostMac(0));
    assertThat(dissected.get("eth.src")).isEqualTo(Appliance.mac(0));
    // outer header first, then the quoted one
    assertThat(dissected.all("ip.src")).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(dissected.all("ip.dst")).containsExactly("10.0.0.2", "10.0.2.5");
    assertThat(dissected.all("ip.ttl")).containsExactly("64", "1");
    assertThat(dissected.all("ip.dsfield.dscp").get(0)).isEqualTo("48");
    assertThat(dissected.all("ip.checksum.status")).containsOnly(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.get("icmp.type")).isEqualTo("11");
    assertThat(dissected.get("icmp.code")).isEqualTo("0");
    assertThat(dissected.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.get("udp.dstport")).isEqualTo("33435");

    // the quote: 24 bytes of header with the router alert option, then 8 bytes of UDP
    byte[] quote = Arrays.copyOfRange(error, 14 + 20 + 8, error.length);
    assertThat(Bytes.toHex(quote))
        .isEqualTo(Bytes.toHex(Arrays.copyOfRange(offending, 14, 14 + 24 + 8)));
    assertThat(Scapy.inspect(error, "p[IPerror].id", "p[UDPerror].sport", "p[IP].len"))
        .containsExactly("4321", "33434", String.valueOf(20 + 8 + 24 + 8));
  }

  @Test
  void eachUnreachableReasonSendsItsTypeAndCode() {
    byte[] offending =
        Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5')/UDP(dport=53)/b'q'");
    List<PuntReason> reasons =
        List.of(
            PuntReason.ICMP_NET_UNREACHABLE,
            PuntReason.ICMP_HOST_UNREACHABLE,
            PuntReason.ICMP_PORT_UNREACHABLE,
            PuntReason.ICMP_TIME_EXCEEDED);

    List<byte[]> errors =
        reasons.stream()
            .map(reason -> handle(slowPath, offending, 0, reason).get(0).frame())
            .toList();

    List<Tshark.Frame> dissected = Tshark.dissect(errors, ERROR_FIELDS);
    assertThat(dissected)
        .extracting(f -> f.get("icmp.type") + "/" + f.get("icmp.code"))
        .containsExactly("3/0", "3/1", "3/3", "11/0");
    for (Tshark.Frame frame : dissected) {
      assertThat(frame.problems()).isEmpty();
      assertThat(frame.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
      assertThat(frame.all("ip.checksum.status")).containsOnly(Tshark.CHECKSUM_GOOD);
    }
    // the short payload (9 bytes of UDP) quotes its first 8 and Ethernet padding is never quoted
    assertThat(errors.get(0).length).isEqualTo(14 + 20 + 8 + 20 + 8);
  }

  @Test
  void aFirstFragmentGetsAnErrorAndATaggedFrameAnErrorOnItsVlan() {
    List<byte[]> frames =
        Scapy.build(
            FROM_HOST_0
                + "/IP(src='10.0.0.2', dst='10.0.2.5', flags='MF', ttl=1)/UDP()/(b'x' * 20)",
            "Ether(src='02:00:00:00:01:02', dst='02:00:00:00:01:10')/Dot1Q(vlan=7)"
                + "/IP(src='10.0.1.2', dst='10.0.2.5', ttl=1)/ICMP(type=8)");

    byte[] first = handle(slowPath, frames.get(0), 0, PuntReason.ICMP_TIME_EXCEEDED).get(0).frame();
    byte[] tagged =
        handle(slowPath, frames.get(1), 1, PuntReason.ICMP_TIME_EXCEEDED).get(0).frame();

    List<Tshark.Frame> dissected =
        Tshark.dissect(List.of(first, tagged), "vlan.id", "ip.src", "icmp.type", "eth.dst");
    assertThat(dissected.get(0).problems()).isEmpty();
    assertThat(dissected.get(1).problems()).isEmpty();
    assertThat(dissected.get(1).get("vlan.id")).isEqualTo("7");
    assertThat(dissected.get(1).all("ip.src").get(0)).isEqualTo(Appliance.ip(1));
    assertThat(dissected.get(1).get("eth.dst")).isEqualTo(Appliance.hostMac(1));
  }

  @Test
  void sendsNoErrorWhereRfc1812Section4327ForbidsOne() {
    List<byte[]> frames =
        Scapy.build(
            // an ICMP error about an ICMP error
            FROM_HOST_0
                + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/ICMP(type=3, code=3)"
                + "/IP(src='10.0.2.5', dst='10.0.0.2')/UDP()",
            // a link-layer broadcast
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')"
                + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/UDP()",
            // an IP multicast destination
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='239.1.1.1', ttl=1)/UDP()",
            // the limited broadcast and a directed broadcast
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='255.255.255.255', ttl=1)/UDP()",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.255', ttl=1)/UDP()",
            // a fragment that is not the first
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1, frag=3, proto=17)/(b'x' * 8)",
            // sources that are not a single host
            FROM_HOST_0 + "/IP(src='0.0.0.0', dst='10.0.2.5', ttl=1)/UDP()",
            FROM_HOST_0 + "/IP(src='255.255.255.255', dst='10.0.2.5', ttl=1)/UDP()",
            FROM_HOST_0 + "/IP(src='224.0.0.9', dst='10.0.2.5', ttl=1)/UDP()",
            FROM_HOST_0 + "/IP(src='10.0.0.255', dst='10.0.2.5', ttl=1)/UDP()",
            // the appliance's own address as the source
            FROM_HOST_0 + "/IP(src='10.0.1.1', dst='10.0.2.5', ttl=1)/UDP()");

    for (byte[] frame : frames) {
      assertThat(handle(slowPath, frame, 0, PuntReason.ICMP_TIME_EXCEEDED)).isEmpty();
    }
    // a port without an address cannot source an error
    assertThat(
            handle(
                slowPath,
                Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/UDP()"),
                5,
                PuntReason.ICMP_HOST_UNREACHABLE))
        .isEmpty();

    assertThat(slowPath.ignored()).isEqualTo(frames.size() + 1);
    assertThat(slowPath.replied()).isZero();
    assertThat(slowPath.rateLimited()).isZero();
  }

  @Test
  void sendsNothingForMalformedDatagramsAndCountsThem() {
    byte[] good = Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/UDP()");
    byte[] badChecksum = good.clone();
    badChecksum[14 + 10] ^= 0x01;
    byte[] version6 = good.clone();
    version6[14] = 0x65;
    byte[] ihl4 = good.clone();
    ihl4[14] = 0x44;
    byte[] cut = Arrays.copyOf(good, 14 + 12);
    byte[] arp =
        Scapy.build(
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(psrc='10.0.0.2', "
                + "hwsrc='02:00:00:00:00:02', pdst='10.0.0.1')");

    for (byte[] frame : List.of(badChecksum, version6, ihl4, cut, arp, new byte[0])) {
      assertThat(handle(slowPath, frame, 0, PuntReason.ICMP_PORT_UNREACHABLE)).isEmpty();
    }

    assertThat(slowPath.ignoredMalformed()).isEqualTo(6);
  }

  @Test
  void rateLimitFollowsPacketTimestamps() {
    StandardSlowPath limited = new StandardSlowPath(Appliance.INTERFACES, new IcmpRateLimit(10, 5));
    byte[] offending =
        Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/UDP()");
    long start = 1_700_000_000_000_000_000L;

    int sent = 0;
    for (int i = 0; i < 20; i++) {
      sent += send(limited, offending, start);
    }
    assertThat(sent).isEqualTo(5);
    assertThat(limited.rateLimited()).isEqualTo(15);

    // one token every 100 ms of packet time
    assertThat(send(limited, offending, start + 99_000_000L)).isZero();
    assertThat(send(limited, offending, start + 100_000_000L)).isEqualTo(1);
    assertThat(send(limited, offending, start + 150_000_000L)).isZero();
    assertThat(limited.replied()).isEqualTo(6);
    assertThat(limited.rateLimited()).isEqualTo(17);
  }

  @Test
  void suppressedErrorsTakeNoToken() {
    StandardSlowPath limited = new StandardSlowPath(Appliance.INTERFACES, new IcmpRateLimit(0, 1));
    List<byte[]> frames =
        Scapy.build(
            FROM_HOST_0 + "/IP(src='0.0.0.0', dst='10.0.2.5', ttl=1)/UDP()",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1)/UDP()");

    assertThat(send(limited, frames.get(0), 0)).isZero();
    assertThat(send(limited, frames.get(1), 0)).isEqualTo(1);
    assertThat(send(limited, frames.get(1), 0)).isZero();
    assertThat(limited.rateLimited()).isEqualTo(1);
  }

  private static int send(StandardSlowPath slowPath, byte[] frame, long timestamp) {
    return slowPath
        .handle(new PuntedPacket(frame, 0, PuntReason.ICMP_TIME_EXCEEDED.code(), timestamp))
        .emissions()
        .size();
  }
}
