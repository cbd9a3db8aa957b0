package dev.oasis.runtime.net.icmp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.testing.Scapy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcmpErrorsTest {

  private static final String ETHER = "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:10')";

  private static Optional<IcmpErrorSuppression> suppression(byte[] frame) {
    EthernetHeader ethernet = EthernetHeader.parse(frame, 0, frame.length).value();
    int ipOffset = ethernet.headerLength();
    Ipv4Header ip = Ipv4Header.parse(frame, ipOffset, frame.length - ipOffset).value();
    return IcmpErrors.suppression(
        ethernet, ip, frame, ipOffset, Ipv4Address.parse("10.0.1.255")::equals);
  }

  @Test
  void appliesEachRuleOfRfc1812Section4327() {
    List<byte[]> frames =
        Scapy.build(
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9')/UDP(sport=1, dport=2)",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9')/ICMP(type=8)",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9')/ICMP(type=3, code=1)",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9')/ICMP(type=11)",
            "Ether(src='02:00:00:00:00:01', dst='ff:ff:ff:ff:ff:ff')"
                + "/IP(src='10.0.0.2', dst='10.0.9.9')/UDP()",
            "Ether(src='02:00:00:00:00:01', dst='01:00:5e:00:00:01')"
                + "/IP(src='10.0.0.2', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='10.0.0.2', dst='255.255.255.255')/UDP()",
            ETHER + "/IP(src='10.0.0.2', dst='224.0.0.5')/UDP()",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.1.255')/UDP()",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9', frag=10, proto=17)/b'x'",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9', flags='MF', frag=0)/UDP()",
            ETHER + "/IP(src='0.0.0.0', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='255.255.255.255', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='224.1.1.1', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='127.0.0.1', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='240.0.0.1', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='10.0.1.255', dst='10.0.9.9')/UDP()",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9', proto=1)");

    assertThat(frames.stream().map(IcmpErrorsTest::suppression).toList())
        .containsExactly(
            Optional.empty(),
            Optional.empty(),
            Optional.of(IcmpErrorSuppression.ABOUT_ICMP_ERROR),
            Optional.of(IcmpErrorSuppression.ABOUT_ICMP_ERROR),
            Optional.of(IcmpErrorSuppression.LINK_LAYER_BROADCAST),
            Optional.of(IcmpErrorSuppression.LINK_LAYER_BROADCAST),
            Optional.of(IcmpErrorSuppression.BROADCAST_OR_MULTICAST_DESTINATION),
            Optional.of(IcmpErrorSuppression.BROADCAST_OR_MULTICAST_DESTINATION),
            Optional.of(IcmpErrorSuppression.BROADCAST_OR_MULTICAST_DESTINATION),
            Optional.of(IcmpErrorSuppression.NON_FIRST_FRAGMENT),
            Optional.empty(),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST),
            Optional.of(IcmpErrorSuppression.ABOUT_ICMP_ERROR));
  }

  @Test
  void quoteIsTheHeaderWithOptionsAndEightPayloadBytesWithoutPadding() {
    List<byte[]> frames =
        Scapy.build(
            ETHER
                + "/IP(src='10.0.0.2', dst='10.0.9.9', options=[IPOption_Router_Alert()])"
                + "/UDP(sport=1, dport=2)/b'0123456789'",
            ETHER + "/IP(src='10.0.0.2', dst='10.0.9.9', proto=17)/b'abc'");
    byte[] long_ = frames.get(0);
    byte[] padded = Arrays.copyOf(frames.get(1), 60);

    Ipv4Header first = Ipv4Header.parse(long_, 14, long_.length - 14).value();
    Ipv4Header second = Ipv4Header.parse(padded, 14, padded.length - 14).value();

    assertThat(Bytes.toHex(IcmpErrors.quote(long_, 14, first)))
        .isEqualTo(Bytes.toHex(Arrays.copyOfRange(long_, 14, 14 + 24 + 8)));
    assertThat(Bytes.toHex(IcmpErrors.quote(padded, 14, second)))
        .isEqualTo(Bytes.toHex(Arrays.copyOfRange(padded, 14, 14 + 20 + 3)));
  }
}
