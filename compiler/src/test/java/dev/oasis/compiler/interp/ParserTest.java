package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.hex;
import static dev.oasis.compiler.interp.Harness.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parsing: select (first match, masks, ranges, default), header stacks and {@code .last},
 * lookahead, variable-length fields, every parse error and both {@code on_parse_error} policies.
 * Frames are built by scapy where they are real protocols.
 */
class ParserTest {

  /** Ethernet, up to two VLAN tags, IPv4; the deparser is the default one. */
  private static String program(String config, String control) {
    return """
        import std.ethernet;
        import std.vlan;
        import std.ipv4;
        error { Custom }
        config { ports = 32; max_frame = 200; %s }
        headers { Ethernet eth; Vlan vlan[2]; Ipv4 ipv4; }
        parser {
            state start {
                extract(eth);
                transition select (eth.ethertype) {
                    ETHERTYPE_VLAN: parse_vlan;
                    ETHERTYPE_IPV4: parse_ipv4;
                    0x0001: reject;
                    0x0002: reject(error.Custom);
                    0x0003: accept;
                    0x0100 &&& 0xff00: accept;
                    0x0200 .. 0x02ff: accept;
                }
            }
            state parse_vlan {
                extract(vlan);
                transition select (vlan.last.ethertype) {
                    ETHERTYPE_VLAN: parse_vlan;
                    ETHERTYPE_IPV4: parse_ipv4;
                    default: accept;
                }
            }
            state parse_ipv4 {
                extract(ipv4);
                transition accept;
            }
        }
        control { %s }
        """
        .formatted(config, control);
  }

  private static final String MACS = "020000000001" + "020000000002";

  private static Harness dropping() {
    return new Harness(program("", "forward(1);"));
  }

  /** With continue: port = parse error code (1 if none), so the code is visible. */
  private static Harness continuing() {
    return new Harness(
        program(
            "on_parse_error = continue;",
            "if (packet.parse_error == 0) { forward(1); } else {"
                + " forward((bit<16>) packet.parse_error); }"));
  }

  @Test
  void wellFormedFramesComeOutUnchanged() {
    List<byte[]> frames =
        ScapyOracle.build(
            "Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:01')/Dot1Q(vlan=5)/Dot1Q(vlan=6)"
                + "/IP(src='10.0.0.1', dst='10.0.0.2', options=[IPOption(b'\\x01\\x01\\x01\\x00')])"
                + "/UDP(sport=1, dport=2)/b'payload'",
            "Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:01')/Dot1Q(vlan=7, type=0x1234)"
                + "/Raw(b'xyz')");
    for (byte[] f : frames) {
      PacketResult r = dropping().run(0, f);
      assertThat(out(r)).isEqualTo(hex(f));
    }
  }

  @Test
  void selectKeysetsValueMaskAndRange() {
    Harness h = dropping();
    assertThat(h.run(0, MACS + "0003").kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(h.run(0, MACS + "01ab").kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(h.run(0, MACS + "02ff").kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(h.run(0, MACS + "0300")).isEqualTo(PacketResult.drop(DropReason.PARSE_ERROR, 2));
  }

  @Test
  void everyParseErrorDropsWithItsCode() {
    Harness h = dropping();
    String ipv4Ihl5 = "4500001400010000401100000a0000010a000002";
    String ipv4Ihl3 = "4300001400010000401100000a0000010a000002";
    String ipv4Ihl15 = "4f00001400010000401100000a0000010a000002";
    String tag = "0005" + "8100";

    assertThat(h.run(0, MACS.substring(0, 20))).isEqualTo(drop(ParseErrors.PACKET_TOO_SHORT));
    assertThat(h.run(0, MACS + "0800" + ipv4Ihl5.substring(0, 38)))
        .isEqualTo(drop(ParseErrors.PACKET_TOO_SHORT));
    assertThat(h.run(0, MACS + "1234")).isEqualTo(drop(ParseErrors.NO_MATCH));
    assertThat(h.run(0, MACS + "8100" + tag + tag + "0000"))
        .isEqualTo(drop(ParseErrors.STACK_OVERFLOW));
    // ihl 3: the options length (3 - 5) * 4 wraps in bit<32> and exceeds 40 bytes
    assertThat(h.run(0, MACS + "0800" + ipv4Ihl3)).isEqualTo(drop(ParseErrors.HEADER_TOO_LONG));
    // ihl 15: 40 bytes of options announced, none present
    assertThat(h.run(0, MACS + "0800" + ipv4Ihl15)).isEqualTo(drop(ParseErrors.PACKET_TOO_SHORT));
    assertThat(h.run(0, MACS + "0001")).isEqualTo(drop(ParseErrors.REJECTED));
    assertThat(h.run(0, MACS + "0002")).isEqualTo(drop(16));
  }

  private static PacketResult drop(int code) {
    return PacketResult.drop(DropReason.PARSE_ERROR, code);
  }

  @Test
  void withContinueTheControlRunsAndEarlierHeadersStayValid() {
    Harness h = continuing();
    String tag = "0005" + "8100";
    String ipv4Ihl15 = "4f00001400010000401100000a0000010a000002";

    // NoMatch: eth stays valid; the rest of the frame is payload.
    PacketResult noMatch = h.run(0, MACS + "1234" + "abcd");
    assertThat(noMatch.parseError()).isEqualTo(ParseErrors.NO_MATCH);
    assertThat(noMatch.outputs())
        .containsExactly(new PortFrame(2, Harness.bytes(MACS + "1234abcd")));

    // StackOverflow: both tags valid, the third is payload.
    String overflow = MACS + "8100" + tag + tag + "0000";
    assertThat(h.run(0, overflow).outputs())
        .containsExactly(new PortFrame(3, Harness.bytes(overflow)));

    // A failed IPv4 extract leaves ipv4 invalid and its bytes in the payload.
    String truncated = MACS + "0800" + ipv4Ihl15;
    assertThat(h.run(0, truncated).outputs())
        .containsExactly(new PortFrame(1, Harness.bytes(truncated)));
    assertThat(h.run(0, MACS + "0002").outputs())
        .containsExactly(new PortFrame(16, Harness.bytes(MACS + "0002")));
  }

  @Test
  void failedExtractLeavesTheHeaderInvalidToTheControl() {
    Harness h =
        new Harness(
            program(
                "on_parse_error = continue;",
                "if (!ipv4.isValid() && ipv4.ttl == 0) { ipv4.ttl = 9; forward(7); }"));
    String truncated = MACS + "0800" + "4500001400010000401100000a000001";
    PacketResult r = h.run(0, truncated);
    assertThat(r.outputs()).containsExactly(new PortFrame(7, Harness.bytes(truncated)));
  }

  @Test
  void lookaheadVariableFieldsSizeofLowerAndBytesComparison() {
    Harness h =
        new Harness(
            """
            import std.dns;
            header Out {
                bit<16> size_label; bit<16> size_stack; bit<16> size_text; bit<16> size_invalid;
                bit<8> is_example; bit<8> peek;
            }
            headers { DnsLabel labels[4]; Out out; }
            parser {
                state start {
                    transition select (lookahead<bit<8>>()) {
                        0: accept;
                        default: parse_label;
                    }
                }
                state parse_label {
                    extract(labels);
                    transition start;
                }
            }
            control {
                out.setValid();
                out.size_label = sizeof(labels[0]);
                out.size_stack = sizeof(labels);
                out.size_text = sizeof(labels[1].text);
                out.size_invalid = sizeof(labels[2]);
                out.is_example = lower(labels[0].text) == "example" ? 8w1 : 8w0;
                out.peek = labels.last.len;
                forward(0);
            }
            """);
    String name = "07" + hex("ExAmPlE".getBytes()) + "03" + hex("com".getBytes());
    PacketResult r = h.run(0, name + "00" + "ffff");
    assertThat(out(r)).isEqualTo(name + "0008" + "000c" + "0003" + "0000" + "01" + "03" + "00ffff");

    // An unterminated name: lookahead runs past the end.
    assertThat(h.run(0, "03" + hex("com".getBytes())))
        .isEqualTo(PacketResult.drop(DropReason.PARSE_ERROR, ParseErrors.PACKET_TOO_SHORT));
    // A length byte of 64 is more than bytes<63>.
    assertThat(h.run(0, "40" + "00".repeat(70)))
        .isEqualTo(PacketResult.drop(DropReason.PARSE_ERROR, ParseErrors.HEADER_TOO_LONG));
    // Five labels overflow the stack of four.
    assertThat(h.run(0, "0161".repeat(5) + "00"))
        .isEqualTo(PacketResult.drop(DropReason.PARSE_ERROR, ParseErrors.STACK_OVERFLOW));
  }

  @Test
  void bytesFieldAssignmentChangesTheEmittedLength() {
    Harness h =
        new Harness(
            """
            import std.dns;
            headers { DnsLabel a; DnsLabel b; }
            parser { state start { extract(a); extract(b); transition accept; } }
            control { b.text = a.text; forward(0); }
            """);
    String a = "05" + hex("hello".getBytes());
    String b = "02" + hex("hi".getBytes());
    assertThat(out(h.run(0, a + b + "99"))).isEqualTo(a + "02" + hex("hello".getBytes()) + "99");
  }

  @Test
  void oversizeFramesAreDroppedBeforeParsingAndMaxFrameIsAllowed() {
    Harness h = dropping();
    String frame = MACS + "0003" + "00".repeat(200 - 14);
    assertThat(h.run(0, frame).kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(h.run(0, frame + "00")).isEqualTo(PacketResult.drop(DropReason.OVERSIZE, 0));
  }
}
