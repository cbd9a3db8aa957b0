package dev.oasis.runtime.net.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shows that the oracles see what they are used to check, so a passing test means something. */
class OraclesTest {

  @Test
  void tsharkReportsGoodChecksumsOfAScapyFrameAndBadOnesAsProblems() {
    List<byte[]> frames =
        Scapy.build(
            "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')"
                + "/IP(src='10.0.0.2', dst='10.0.0.1')/UDP(sport=1000, dport=2000)/b'hello'",
            "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')"
                + "/IP(src='10.0.0.2', dst='10.0.0.1', chksum=0x1234)"
                + "/UDP(sport=1000, dport=2000, chksum=0x4321)/b'hello'");

    List<Tshark.Frame> dissected =
        Tshark.dissect(frames, "ip.checksum.status", "udp.checksum.status", "udp.dstport");

    assertThat(dissected.get(0).problems()).isEmpty();
    assertThat(dissected.get(0).get("ip.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.get(0).get("udp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.get(0).get("udp.dstport")).isEqualTo("2000");
    assertThat(dissected.get(1).get("ip.checksum.status")).isEqualTo(Tshark.CHECKSUM_BAD);
    assertThat(dissected.get(1).get("udp.checksum.status")).isEqualTo(Tshark.CHECKSUM_BAD);
    assertThat(dissected.get(1).problems()).anyMatch(p -> p.contains("Bad checksum"));
  }

  @Test
  void scapyInspectsFieldsOfAFrame() {
    byte[] frame =
        Scapy.build(
            "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')"
                + "/IP(src='10.0.0.2', dst='10.0.0.1', ttl=7)/ICMP(type=8, id=42, seq=3)");

    assertThat(Scapy.inspect(frame, "p[IP].ttl", "p[ICMP].id", "p[IP].src"))
        .containsExactly("7", "42", "10.0.0.2");
  }
}
