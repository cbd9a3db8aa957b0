package dev.oasis.runtime.slowpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.testing.Scapy;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StandardSlowPathTest {

  private static List<byte[]> samples;

  @BeforeAll
  static void buildSamplesWithScapy() {
    samples =
        Scapy.build(
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(op=1, "
                + "hwsrc='02:00:00:00:00:02', psrc='10.0.0.2', pdst='10.0.0.1')",
            Appliance.etherFromHost(0)
                + "/IP(src='10.0.0.2', dst='10.0.2.5', ttl=1, "
                + "options=[IPOption_Router_Alert()])/UDP(sport=1, dport=2)/b'payload'",
            Appliance.etherFromHost(0)
                + "/IP(src='10.0.0.2', dst='10.0.0.1')"
                + "/ICMP(type=8, id=1, seq=2)/b'ping'",
            "Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:10')/Dot1Q(vlan=3)"
                + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP(type=8)");
  }

  @Test
  void reasonsWithoutAStandardHandlerGoToTheHostUnchanged() {
    StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);
    byte[] frame = samples.get(1);

    for (int reason : new int[] {0, 7, 15, 16, 200, 65535}) {
      PuntedPacket packet = new PuntedPacket(frame, 2, reason, 0);
      SlowPathResult result = slowPath.handle(packet);

      assertThat(result.deliverToHost()).as("reason %d", reason).isTrue();
      assertThat(result.emissions()).isEmpty();
      assertThat(packet.metadata()).isEqualTo(new PuntMetadata(1, 0, reason, 2, frame.length));
    }
    assertThat(slowPath.deliveredToHost()).isEqualTo(6);
    assertThat(slowPath.handled()).isZero();
  }

  @Test
  void everyHandledPacketIsCountedExactlyOnce() {
    StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES, new IcmpRateLimit(0, 2));
    int packets = 0;
    for (byte[] frame : samples) {
      for (PuntReason reason : PuntReason.values()) {
        slowPath.handle(new PuntedPacket(frame, 0, reason.code(), packets++));
      }
    }

    assertThat(slowPath.handled() + slowPath.deliveredToHost()).isEqualTo(packets);
    assertThat(
            slowPath.replied()
                + slowPath.ignored()
                + slowPath.ignoredMalformed()
                + slowPath.rateLimited())
        .isEqualTo(slowPath.handled());
    assertThat(slowPath.replied()).isPositive();
    assertThat(slowPath.rateLimited()).isPositive();
    assertThat(slowPath.ignoredMalformed()).isPositive();
  }

  @Test
  void everyTruncationOfEveryFrameUnderEveryReasonIsHandledWithoutThrowing() {
    StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);
    for (byte[] frame : samples) {
      for (int length = 0; length < frame.length; length++) {
        byte[] cut = Arrays.copyOf(frame, length);
        for (PuntReason reason : PuntReason.values()) {
          SlowPathResult result = slowPath.handle(new PuntedPacket(cut, 0, reason.code(), 0));
          if (reason != PuntReason.NONE && length < 14 + 20) {
            assertThat(result.emissions()).as("%s of %d bytes", reason, length).isEmpty();
          }
        }
      }
    }
    assertThat(
            slowPath.replied()
                + slowPath.ignored()
                + slowPath.ignoredMalformed()
                + slowPath.rateLimited())
        .isEqualTo(slowPath.handled());
  }

  @Test
  void randomlyCorruptedFramesNeverMakeItThrow() {
    StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);
    Random random = new Random(20240611L);
    for (int round = 0; round < 5000; round++) {
      byte[] frame = samples.get(random.nextInt(samples.size())).clone();
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips; i++) {
        frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
      }
      int reason = 1 + random.nextInt(6);

      SlowPathResult result =
          slowPath.handle(new PuntedPacket(frame, random.nextInt(4), reason, round));

      for (Emission emission : result.emissions()) {
        assertThat(emission.port()).isBetween(0, 2);
      }
    }
    assertThat(slowPath.handled()).isEqualTo(5000);
  }

  @Test
  void puntedPacketsOutsideTheMetadataRangesAreRefused() {
    assertThatThrownBy(() -> new PuntedPacket(new byte[0], 65536, 1, 0))
        .hasMessage("punted packet ingress port 65536 is out of range, expected 0..65535");
    assertThatThrownBy(() -> new PuntedPacket(new byte[0], 0, -1, 0))
        .hasMessage("punt reason -1 is out of range, expected 0..65535");
    assertThatThrownBy(() -> new PuntedPacket(new byte[65536], 0, 1, 0))
        .hasMessage("punted frame is 65536 bytes, expected at most 65535");
  }
}
