package dev.oasis.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.testing.Scapy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks against the RFC 1071 and RFC 1624 examples and against checksums scapy computed. */
class ChecksumsTest {

  @Test
  void rfc1071NumericalExample() {
    // RFC 1071 section 3: the bytes 00 01 f2 03 f4 f5 f6 f7 sum to ddf2
    byte[] data = Bytes.fromHex("0001f203f4f5f6f7");

    assertThat(Checksums.fold(Checksums.sum(data, 0, data.length))).isEqualTo(0xddf2);
    assertThat(Checksums.internetChecksum(data, 0, data.length)).isEqualTo(0x220d);
  }

  @Test
  void dataFollowedByItsChecksumVerifies() {
    byte[] data = Bytes.fromHex("0001f203f4f5f6f7220d");

    assertThat(Checksums.verifies(data, 0, data.length)).isTrue();
    data[3] ^= 1;
    assertThat(Checksums.verifies(data, 0, data.length)).isFalse();
  }

  @Test
  void oddLengthPadsTheLastByteWithZero() {
    byte[] odd = Bytes.fromHex("0001f203f4f5f6f7ab");
    byte[] padded = Bytes.fromHex("0001f203f4f5f6f7ab00");

    assertThat(Checksums.internetChecksum(odd, 0, odd.length))
        .isEqualTo(Checksums.internetChecksum(padded, 0, padded.length));
  }

  @Test
  void sumHonoursOffsetAndLength() {
    byte[] data = Bytes.fromHex("ffff0001f203f4f5f6f7ffff");

    assertThat(Checksums.internetChecksum(data, 2, 8)).isEqualTo(0x220d);
  }

  @Test
  void rfc1624ExampleGivesPositiveZero() {
    // RFC 1624 section 4: the other header words sum to 0xcd7a, a word changes from 0x5555 to
    // 0x3285 under checksum 0xdd2f; the correct new checksum is 0x0000, not 0xffff
    assertThat(Checksums.incrementalUpdate(0xdd2f, 0x5555, 0x3285)).isEqualTo(0x0000);

    byte[] before = Bytes.fromHex("cd7a5555");
    byte[] after = Bytes.fromHex("cd7a3285");
    assertThat(Checksums.internetChecksum(before, 0, 4)).isEqualTo(0xdd2f);
    assertThat(Checksums.internetChecksum(after, 0, 4)).isEqualTo(0x0000);
  }

  @Test
  void incrementalTtlDecrementMatchesScapysChecksumOfTheDecrementedHeader() {
    List<byte[]> headers =
        Scapy.build(
            "IP(src='192.0.2.1', dst='198.51.100.7', ttl=64, id=0x1c46, proto=17)",
            "IP(src='192.0.2.1', dst='198.51.100.7', ttl=63, id=0x1c46, proto=17)");
    byte[] before = headers.get(0);
    byte[] after = headers.get(1);
    int oldWord = Bytes.u16(before, 8);
    int newWord = Bytes.u16(after, 8);

    int updated = Checksums.incrementalUpdate(Bytes.u16(before, 10), oldWord, newWord);

    assertThat(updated).isEqualTo(Bytes.u16(after, 10));
  }

  @Test
  void ipv4HeaderChecksumIgnoresTheStoredFieldAndMatchesScapy() {
    byte[] header =
        Scapy.build("IP(src='10.0.0.1', dst='10.0.0.2', ttl=1, options=[IPOption_RR()])");
    int scapyChecksum = Bytes.u16(header, 10);
    int headerLength = (header[0] & 0xf) * 4;
    Bytes.put16(header, 10, 0xbeef);

    assertThat(Checksums.ipv4HeaderChecksum(header, 0, headerLength)).isEqualTo(scapyChecksum);
    assertThat(Bytes.u16(header, 10)).isEqualTo(0xbeef);
  }

  @Test
  void udpChecksumWithPseudoHeaderMatchesScapy() {
    byte[] segment = Scapy.build("UDP(sport=5353, dport=53, chksum=None)/b'abc'");
    // scapy fills the checksum in only when it knows the addresses, so build the whole datagram
    byte[] datagram =
        Scapy.build("IP(src='10.1.2.3', dst='10.9.8.7')/UDP(sport=5353, dport=53)/b'abc'");
    int scapyChecksum = Bytes.u16(datagram, 20 + 6);
    Ipv4Address source = Ipv4Address.parse("10.1.2.3");
    Ipv4Address destination = Ipv4Address.parse("10.9.8.7");
    Bytes.put16(segment, 6, 0);

    int computed = Checksums.transportChecksum(source, destination, 17, segment, 0, segment.length);

    assertThat(computed).isEqualTo(scapyChecksum);
    assertThat(Checksums.transportVerifies(source, destination, 17, datagram, 20, segment.length))
        .isTrue();
    assertThat(
            Checksums.transportVerifies(
                source, Ipv4Address.parse("10.9.8.8"), 17, datagram, 20, segment.length))
        .isFalse();
  }
}
