package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** csum16 and csum16_update inside programs, against checksums scapy computes. */
class ChecksumProgramTest {

  @Test
  void udpChecksumOverPseudoHeaderHeaderAndOddPayload() {
    Harness h =
        new Harness(
            """
            import std.ethernet;
            import std.ipv4;
            import std.udp;
            headers { Ethernet eth; Ipv4 ipv4; Udp udp; }
            parser {
                state start { extract(eth); extract(ipv4); extract(udp); transition accept; }
            }
            control {
                udp.checksum = 0;
                udp.checksum = csum16(ipv4.src, ipv4.dst, 8w0, ipv4.protocol, udp.length, udp,
                                      payload);
                forward(0);
            }
            """);
    String udp =
        "IP(src='192.0.2.1', dst='198.51.100.7', id=1)/UDP(sport=53, dport=33333%s)"
            + "/b'odd-length payload'";
    List<byte[]> frames =
        ScapyOracle.build(
            "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')/"
                + udp.formatted(", chksum=0"),
            "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')/" + udp.formatted(""));
    assertThat(out(h.run(0, frames.get(0)))).isEqualTo(Harness.hex(frames.get(1)));
  }

  @Test
  void headerChecksumRecomputedAndIncrementallyUpdated() {
    Harness h =
        new Harness(
            """
            import std.ethernet;
            import std.ipv4;
            headers { Ethernet eth; Ipv4 ipv4; }
            parser { state start { extract(eth); extract(ipv4); transition accept; } }
            control {
                if (ipv4.ttl == 64) {
                    ipv4.ttl = 32;
                    ipv4.hdr_checksum = 0;
                    ipv4.hdr_checksum = csum16(ipv4);
                } else {
                    ipv4.hdr_checksum = csum16_update(ipv4.hdr_checksum,
                        ipv4.ttl ++ ipv4.protocol, (ipv4.ttl - 1) ++ ipv4.protocol);
                    ipv4.ttl = ipv4.ttl - 1;
                }
                forward(0);
            }
            """);
    String eth = "Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')/";
    // With options (ihl 7), so that csum16(ipv4) covers the variable field too.
    String ip =
        "IP(src='10.1.2.3', dst='10.3.2.1', id=4660, ttl=%d,"
            + " options=[IPOption(b'\\x94\\x04\\x00\\x00'), IPOption(b'\\x01\\x01\\x01\\x00')])"
            + "/UDP(sport=1, dport=2)";
    List<byte[]> frames =
        ScapyOracle.build(
            eth + ip.formatted(64),
            eth + ip.formatted(32),
            eth + ip.formatted(17),
            eth + ip.formatted(16));
    assertThat(out(h.run(0, frames.get(0)))).isEqualTo(Harness.hex(frames.get(1)));
    assertThat(out(h.run(0, frames.get(2)))).isEqualTo(Harness.hex(frames.get(3)));
  }

  @Test
  void stacksBytesFieldsAndInvalidHeadersInCsum16() {
    Harness h =
        new Harness(
            """
            import std.dns;
            header Sum { bit<16> over_stack; bit<16> over_text; bit<16> over_invalid; }
            headers { DnsLabel labels[3]; Sum sum; }
            parser {
                state start {
                    transition select (lookahead<bit<8>>()) { 0: accept; default: label; }
                }
                state label { extract(labels); transition start; }
            }
            control {
                sum.setValid();
                sum.over_stack = csum16(labels);
                sum.over_text = csum16(labels[1].text);
                sum.over_invalid = csum16(labels[2]);
                forward(0);
            }
            deparser { emit(labels); emit(sum); }
            """);
    // labels: 02 "a" "b", 01 "c". Words 0261 6201 6300 sum to c762; its complement is 389d.
    // labels[1].text is "c": word 6300 -> 9cff. An invalid header adds nothing: ffff.
    assertThat(out(h.run(0, "0261620163" + "00"))).isEqualTo("0261620163" + "389d9cffffff" + "00");
  }
}
