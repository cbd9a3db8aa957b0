package dev.oasis.runtime.slowpath;

import static dev.oasis.runtime.slowpath.Appliance.handle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoHandlingTest {

  private static final String FROM_HOST_0 = Appliance.etherFromHost(0);

  private final StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);

  @Test
  void repliesWithTheSameIdentifierSequenceAndDataAndTsharkPairsThem() {
    byte[] request =
        Scapy.build(
            FROM_HOST_0
                + "/IP(src='10.0.0.2', dst='10.0.0.1', tos=0x28)"
                + "/ICMP(type=8, id=0x4d2, seq=7)/b'0123456789abcdef0123456789abcdef01234567'");

    List<Emission> replies = handle(slowPath, request, 0, PuntReason.ICMP_ECHO);

    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).port()).isZero();
    List<Tshark.Frame> dissected =
        Tshark.dissect(
            List.of(request, replies.get(0).frame()),
            "eth.dst",
            "eth.src",
            "ip.src",
            "ip.dst",
            "ip.ttl",
            "ip.dsfield.dscp",
            "ip.checksum.status",
            "icmp.type",
            "icmp.code",
            "icmp.ident",
            "icmp.seq",
            "icmp.checksum.status",
            "icmp.resp_to");
    Tshark.Frame reply = dissected.get(1);
    assertThat(reply.problems()).isEmpty();
    assertThat(reply.get("eth.dst")).isEqualTo(Appliance.hostMac(0));
    assertThat(reply.get("eth.src")).isEqualTo(Appliance.mac(0));
    assertThat(reply.get("ip.src")).isEqualTo("10.0.0.1");
    assertThat(reply.get("ip.dst")).isEqualTo("10.0.0.2");
    assertThat(reply.get("ip.ttl")).isEqualTo("64");
    assertThat(reply.get("ip.dsfield.dscp")).isEqualTo("10");
    assertThat(reply.get("ip.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(reply.get("icmp.type")).isEqualTo("0");
    assertThat(reply.get("icmp.code")).isEqualTo("0");
    assertThat(reply.get("icmp.ident")).isEqualTo(dissected.get(0).get("icmp.ident"));
    assertThat(reply.get("icmp.seq")).isEqualTo("7");
    assertThat(reply.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    // tshark matches the reply to the request in frame 1 by identifier, sequence and addresses
    assertThat(reply.get("icmp.resp_to")).isEqualTo("1");
    assertThat(Scapy.inspect(replies.get(0).frame(), "bytes(p[ICMP].payload).decode()"))
        .containsExactly("0123456789abcdef0123456789abcdef01234567");
  }

  @Test
  void answersAPingToAnotherPortsAddressFromThatAddress() {
    byte[] request =
        Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.2.1')/ICMP(type=8, id=1, seq=1)");

    List<Emission> replies = handle(slowPath, request, 0, PuntReason.ICMP_ECHO);

    Tshark.Frame reply = Tshark.dissect(replies.get(0).frame(), "ip.src", "eth.src");
    assertThat(replies.get(0).port()).isZero();
    assertThat(reply.get("ip.src")).isEqualTo("10.0.2.1");
    assertThat(reply.get("eth.src")).isEqualTo(Appliance.mac(0));
  }

  @Test
  void ignoresWhatIsNotAnEchoRequestToTheAppliance() {
    List<byte[]> frames =
        Scapy.build(
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.9.9')/ICMP(type=8)",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.0.255')/ICMP(type=8)",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='255.255.255.255')/ICMP(type=8)",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP(type=0)",
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.0.1')/UDP()",
            FROM_HOST_0
                + "/IP(src='10.0.0.2', dst='10.0.0.1', flags='MF')/ICMP(type=8)/(b'x' * 16)",
            FROM_HOST_0 + "/IP(src='0.0.0.0', dst='10.0.0.1')/ICMP(type=8)");

    for (byte[] frame : frames) {
      assertThat(handle(slowPath, frame, 0, PuntReason.ICMP_ECHO)).isEmpty();
    }

    assertThat(slowPath.ignored()).isEqualTo(frames.size());
    assertThat(slowPath.ignoredMalformed()).isZero();
  }

  @Test
  void countsABadIcmpChecksumAsMalformed() {
    byte[] request =
        Scapy.build(
            FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP(type=8, chksum=0x1234)");

    assertThat(handle(slowPath, request, 0, PuntReason.ICMP_ECHO)).isEmpty();
    assertThat(slowPath.ignoredMalformed()).isEqualTo(1);
  }

  @Test
  void echoRepliesAreNotRateLimited() {
    StandardSlowPath limited = new StandardSlowPath(Appliance.INTERFACES, new IcmpRateLimit(0, 1));
    byte[] request = Scapy.build(FROM_HOST_0 + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP(type=8)");

    for (int i = 0; i < 5; i++) {
      assertThat(handle(limited, request, 0, PuntReason.ICMP_ECHO)).hasSize(1);
    }
    assertThat(limited.rateLimited()).isZero();
  }
}
