package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.sim.equiv.DifferentialHarness.Entry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs of the hardware subset run on the interpreter and on their Verilated pipeline give the
 * same frames, ports, drops, punts and counters, frame by frame.
 */
class LoweringDifferentialTest {

  static final String PORT_PATCH =
      """
      import std.ethernet;
      config { ports = 2; max_frame = 256; }
      headers { Ethernet eth; }
      counter seen[2];
      parser { state start { extract(eth); transition accept; } }
      control {
          seen.count(packet.ingress_port);
          if (packet.ingress_port == 0) { forward(1); } else { forward(0); }
      }
      """;

  private static final String ETH = "0200000000aa 0200000000bb 0800";

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void portPatch(int dataWidth) {
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 1, frame(ETH, 60)));
    frames.add(new InputFrame(1, 2, frame(ETH, 14)));
    frames.add(new InputFrame(0, 3, frame(ETH, 13))); // tlast inside the Ethernet header
    frames.add(new InputFrame(1, 4, frame(ETH, 1)));
    frames.add(new InputFrame(0, 5, frame(ETH, 256))); // max_frame
    frames.add(new InputFrame(1, 6, frame(ETH, 257))); // one byte too long
    frames.add(new InputFrame(1, 7, frame(ETH, 61)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("port_patch", PORT_PATCH, dataWidth, List.of(), frames, 7);
    assertThat(o.forwarded()).isEqualTo(4);
    assertThat(o.dropped()).isEqualTo(3);
  }

  static final String L2_FORWARDER =
      """
      import std.ethernet;
      config { ports = 4; max_frame = 1518; }
      headers { Ethernet eth; }
      metadata { bit<16> out; }
      counter rx[4];
      counter tx[4];
      action to_port(bit<16> p) { meta.out = p; forward(p); }
      action to_host() { punt(16w20); }
      action discard() { drop(); }
      table mac {
          key { eth.dst: exact; }
          actions { to_port; to_host; discard; }
          default_action = to_host;
          size = 8;
          counters = true;
          entries { 0x0200000000ff: discard; 0x0200000000a4: to_port(1); }
      }
      parser { state start { extract(eth); transition accept; } }
      control {
          rx.count(packet.ingress_port);
          if (mac.apply().hit) {
              if (meta.out == packet.ingress_port) { drop(); return; }
              tx.count(meta.out);
          }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {32, 64})
  void l2ForwarderWithAnExactMacTable(int dataWidth) {
    List<Entry> entries =
        List.of(
            entry("mac", 0x0200000000a1L, "to_port", 1),
            entry("mac", 0x0200000000a2L, "to_port", 2),
            entry("mac", 0x0200000000a3L, "to_port", 3));
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 10, frame("0200000000a1 020000000001 0800", 64)));
    frames.add(new InputFrame(1, 11, frame("0200000000a2 020000000001 0806", 100)));
    frames.add(new InputFrame(3, 12, frame("0200000000a3 020000000001 0800", 60))); // same port
    frames.add(new InputFrame(2, 13, frame("0200000000a9 020000000001 0800", 70))); // miss: punt
    frames.add(new InputFrame(2, 14, frame("0200000000ff 020000000001 0800", 71))); // discard
    frames.add(new InputFrame(0, 15, frame("0200000000a3", 9))); // too short
    frames.add(new InputFrame(2, 16, frame("0200000000a1 020000000001 0800", 1518)));
    frames.add(new InputFrame(1, 17, frame("0200000000a1 020000000001 0800", 1519)));
    frames.add(new InputFrame(0, 18, frame("0200000000a2 020000000001 0800", 14)));
    frames.add(new InputFrame(3, 19, frame("0200000000a4 020000000001 0800", 14))); // const entry
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("l2_forwarder", L2_FORWARDER, dataWidth, entries, frames, 11);
    assertThat(o.forwarded()).as(o.results().toString()).isEqualTo(5);
    assertThat(o.punted()).isEqualTo(1);
    assertThat(o.dropped()).isEqualTo(4);
    assertThat(o.counterCells()).isEqualTo(8 + 5 + 1);
  }

  static final String TTL_ROUTER =
      """
      import std.ethernet;
      header Ip4 {
          bit<4> version; bit<4> ihl; bit<8> tos; bit<16> total_len; bit<16> id;
          bit<3> flags; bit<13> frag; bit<8> ttl; bit<8> protocol; bit<16> csum;
          bit<32> src; bit<32> dst;
      }
      error { NotIpv4, Options }
      config { ports = 3; max_frame = 512; }
      headers { Ethernet eth; Ip4 ip; }
      counter expired[1];
      action route(bit<16> port, bit<48> next_mac) {
          eth.src = eth.dst;
          eth.dst = next_mac;
          forward(port);
      }
      table routes { key { ip.dst: exact; } actions { route; } size = 4; }
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) { 0x0800: ipv4; default: reject(error.NotIpv4); }
          }
          state ipv4 {
              extract(ip);
              transition select (ip.version, ip.ihl) {
                  (4, 5): accept;
                  (4, 6..15): reject(error.Options);
                  default: reject;
              }
          }
      }
      control {
          if (ip.ttl <= 1) { expired.count(0); punt(16w2); return; }
          ip.ttl = ip.ttl - 1;
          if (!routes.apply().hit && ip.ttl == 63) { punt(16w7); }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {16, 64})
  void ttlDecrementingIpv4Forwarder(int dataWidth) {
    List<Entry> entries =
        List.of(
            new Entry(
                "routes",
                List.of(BigInteger.valueOf(0x0a000102L)),
                "route",
                List.of(BigInteger.valueOf(2), BigInteger.valueOf(0x020000000102L))),
            new Entry(
                "routes",
                List.of(BigInteger.valueOf(0x0a000001L)),
                "route",
                List.of(BigInteger.valueOf(0), BigInteger.valueOf(0x020000000001L))));
    String eth = "0200000000aa 020000000001 0800";
    List<InputFrame> frames = new ArrayList<>();
    frames.add(
        new InputFrame(0, 1, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(1, 2, frame(eth + "4500 0054 1234 4000 0101 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(2, 3, frame(eth + "4500 0054 1234 4000 4001 0000 0a000102 0a000001", 34)));
    frames.add(
        new InputFrame(0, 4, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a0009", 33)));
    frames.add(
        new InputFrame(0, 5, frame(eth + "4600 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(0, 6, frame(eth + "6500 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(new InputFrame(0, 7, frame("0200000000aa 020000000001 86dd", 80)));
    frames.add(
        new InputFrame(1, 8, frame(eth + "4500 0054 1234 4000 0001 0000 0a000001 0a000102", 40)));
    frames.add(
        new InputFrame(1, 9, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000777", 512)));
    frames.add(
        new InputFrame(1, 10, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000102", 512)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("ttl_router", TTL_ROUTER, dataWidth, entries, frames, 23);
    assertThat(o.forwarded()).as(o.results().toString()).isEqualTo(3);
    assertThat(o.punted()).isEqualTo(3);
    assertThat(o.dropped()).isEqualTo(4);
  }

  static final String PARSE_ERRORS_CONTINUE =
      """
      import std.ethernet;
      header Tag { bit<8> kind; bit<8> value; }
      config { ports = 2; max_frame = 128; on_parse_error = continue; }
      headers { Ethernet eth; Tag tag; }
      counter errors[8];
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) {
                  0x88b5: tagged;
                  0x0800 &&& 0xff00: accept;
                  0x9000 .. 0x90ff: reject;
              }
          }
          state tagged {
              extract(tag);
              transition select (tag.kind) { 1: accept; 2..9: accept; default: reject; }
          }
      }
      control {
          errors.count(packet.parse_error);
          if (packet.parse_error != 0) {
              if (packet.parse_error == 1) { punt(16w17); } else { drop(); }
              return;
          }
          if (tag.isValid()) {
              tag.value = tag.value + tag.kind;
              if (tag.value > 100) { tag.setInvalid(); discard_payload(); }
          }
          reply();
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void parseErrorsReachTheControl(int dataWidth) {
    String src = "0200000000aa 020000000001 ";
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 1, frame(src + "88b5 0105", 60)));
    frames.add(new InputFrame(1, 2, frame(src + "88b5 0964", 60))); // 100 + 9 > 100
    frames.add(new InputFrame(1, 3, frame(src + "88b5 0a05", 60))); // reject
    frames.add(new InputFrame(0, 4, frame(src + "88b5 01", 15))); // tag cut short
    frames.add(new InputFrame(0, 5, frame(src + "0842", 20))); // masked accept
    frames.add(new InputFrame(0, 6, frame(src + "9042", 20))); // range reject
    frames.add(new InputFrame(0, 7, frame(src + "1234", 20))); // no match
    frames.add(new InputFrame(1, 8, frame(src + "88b5 0105", 16))); // nothing after the tag
    frames.add(new InputFrame(1, 9, frame(src, 3)));
    frames.add(new InputFrame(1, 10, frame(src + "0800", 128)));
    frames.add(new InputFrame(1, 11, frame(src + "0800", 129)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "parse_errors", PARSE_ERRORS_CONTINUE, dataWidth, List.of(), frames, 5);
    assertThat(o.punted()).isEqualTo(2);
    assertThat(o.counterCells()).isEqualTo(8);
  }

  static final String EXTRACT_TWICE =
      """
      import std.ethernet;
      header Tag { bit<8> kind; bit<8> value; }
      config { ports = 2; max_frame = 64; on_parse_error = continue; }
      headers { Ethernet eth; Tag tag; }
      parser {
          state start { extract(eth); extract(tag); transition select (tag.kind) { 1: again; default: accept; } }
          state again { extract(tag); transition accept; }
      }
      control {
          if (tag.isValid()) { forward(1); } else { punt((bit<16>) packet.parse_error); }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {64})
  void aHeaderExtractedAgainAndCutShortIsInvalid(int dataWidth) {
    String eth = "0200000000aa 020000000001 88b5 ";
    List<InputFrame> frames =
        List.of(
            new InputFrame(0, 1, frame(eth + "0105 0207", 20)),
            new InputFrame(0, 2, frame(eth + "0105 02", 17)),
            new InputFrame(1, 3, frame(eth + "0105", 16)),
            new InputFrame(1, 4, frame(eth + "0305", 30)),
            new InputFrame(1, 5, frame(eth + "03", 15)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "extract_twice", EXTRACT_TWICE, dataWidth, List.of(), frames, 9);
    assertThat(o.results()).containsExactly("FORWARD", "PUNT", "PUNT", "FORWARD", "PUNT");
  }

  static Entry entry(String table, long key, String action, long arg) {
    return new Entry(
        table, List.of(BigInteger.valueOf(key)), action, List.of(BigInteger.valueOf(arg)));
  }
}
