package dev.oasis.runtime.slowpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The appliance the slow-path tests answer for: the l3-router layout, port i owning 10.0.i.1/24
 * with MAC 02:00:00:00:0i:10, and one host per port at 10.0.i.2 with MAC 02:00:00:00:0i:02.
 */
final class Appliance {

  static final ApplianceInterfaces INTERFACES =
      ApplianceInterfaces.builder()
          .add(0, "02:00:00:00:00:10", "10.0.0.1/24")
          .add(1, "02:00:00:00:01:10", "10.0.1.1/24")
          .add(2, "02:00:00:00:02:10", "10.0.2.1/24")
          .build();

  /** The MAC of port {@code port}. */
  static String mac(int port) {
    return "02:00:00:00:0" + port + ":10";
  }

  /** The address of port {@code port}. */
  static String ip(int port) {
    return "10.0." + port + ".1";
  }

  /** The MAC of the host on port {@code port}. */
  static String hostMac(int port) {
    return "02:00:00:00:0" + port + ":02";
  }

  /** The address of the host on port {@code port}. */
  static String hostIp(int port) {
    return "10.0." + port + ".2";
  }

  /** A scapy Ether() from the host on {@code port} to the appliance. */
  static String etherFromHost(int port) {
    return "Ether(src='" + hostMac(port) + "', dst='" + mac(port) + "')";
  }

  private Appliance() {}

  /** Handles one packet and returns what was emitted; checks the result is not for the host. */
  static List<Emission> handle(SlowPath slowPath, byte[] frame, int port, PuntReason reason) {
    SlowPathResult result = slowPath.handle(new PuntedPacket(frame, port, reason.code(), 0));
    assertThat(result.deliverToHost()).isFalse();
    return result.emissions();
  }

  /** The frames of {@code emissions}. */
  static List<byte[]> frames(List<Emission> emissions) {
    return emissions.stream().map(Emission::frame).toList();
  }
}
