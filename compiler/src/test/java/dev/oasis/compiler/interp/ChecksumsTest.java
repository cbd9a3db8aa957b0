package dev.oasis.compiler.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  @Test
  void rfc1071WorkedExample() {
    // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2; the checksum is its
    // complement.
    assertThat(Checksums.csum16(hex("0001f203f4f5f6f7"))).isEqualTo(0x220d);
  }

  @Test
  void oddLengthIsPaddedWithAZeroByte() {
    assertThat(Checksums.csum16(hex("010203"))).isEqualTo(Checksums.csum16(hex("01020300")));
    assertThat(Checksums.csum16(hex("010203"))).isEqualTo(~0x0402 & 0xffff);
  }

  @Test
  void emptyDataGivesAllOnes() {
    assertThat(Checksums.csum16(new byte[0])).isEqualTo(0xffff);
  }

  @Test
  void rfc1624WorkedExampleGivesZeroNotFfff() {
    // RFC 1624 section 4: HC = 0xDD2F, m = 0x5555, m' = 0x3285: eqn 3 gives 0x0000.
    assertThat(Checksums.csum16Update(0xdd2f, hex("5555"), hex("3285"))).isEqualTo(0x0000);
  }

  @Test
  void scapyIpv4HeaderVerifiesToZeroAndUpdatesLikeARecomputation() {
    byte[] ip = ScapyOracle.build("IP(src='10.0.0.1', dst='10.0.1.2', ttl=64, id=7)/ICMP()");
    byte[] header = Arrays.copyOf(ip, 20);
    assertThat(Checksums.csum16(header)).isZero();

    // Decrement the TTL: scapy's own checksum of the new header is the oracle.
    byte[] after = ScapyOracle.build("IP(src='10.0.0.1', dst='10.0.1.2', ttl=63, id=7)/ICMP()");
    int oldSum = ((header[10] & 0xff) << 8) | (header[11] & 0xff);
    int newSum = ((after[10] & 0xff) << 8) | (after[11] & 0xff);
    byte[] oldWord = {header[8], header[9]};
    byte[] newWord = {after[8], after[9]};
    assertThat(Checksums.csum16Update(oldSum, oldWord, newWord)).isEqualTo(newSum);
  }

  @Test
  void updateRefusesMismatchedLengths() {
    assertThatThrownBy(() -> Checksums.csum16Update(0, hex("0001"), hex("000102")))
        .hasMessage("old and new data must have the same even length; got 2 and 3 bytes");
  }
}
