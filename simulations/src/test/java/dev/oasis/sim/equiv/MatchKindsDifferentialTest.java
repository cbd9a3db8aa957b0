package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.ir.Match;
import dev.oasis.sim.equiv.DifferentialHarness.Entry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Longest-prefix, ternary and range tables with priorities (a constant lpm entry, direct counters,
 * a default action the control plane replaces): the interpreter and the pipeline pick the same
 * entry for every frame.
 */
class MatchKindsDifferentialTest {

  static final String ROUTER_WITH_ACL =
      """
      import std.ethernet;
      header Ip4 {
          bit<4> version; bit<4> ihl; bit<8> tos; bit<16> total_len; bit<16> id;
          bit<3> flags; bit<13> frag; bit<8> ttl; bit<8> protocol; bit<16> csum;
          bit<32> src; bit<32> dst;
      }
      config { ports = 4; max_frame = 256; }
      headers { Ethernet eth; Ip4 ip; }
      metadata { bit<1> denied; }
      action to(bit<16> p) { forward(p); }
      action deny() { meta.denied = 1; }
      action allow() { meta.denied = 0; }
      table routes {
          key { ip.dst: lpm; }
          actions { to; }
          size = 8;
          counters = true;
          entries { 0x0a000000 / 8: to(3); }
      }
      table acl {
          key { ip.src: ternary; ip.protocol: range; packet.ingress_port: exact; }
          actions { deny; allow; }
          default_action = allow;
          size = 8;
      }
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) { 0x0800: ipv4; default: accept; }
          }
          state ipv4 { extract(ip); transition accept; }
      }
      control {
          if (!ip.isValid()) { drop(); return; }
          acl.apply();
          if (meta.denied == 1) { drop(); return; }
          if (routes.apply().miss && ip.protocol == 1) { punt(16w3); }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {128})
  void lpmTernaryAndRangeEntriesAgree(int dataWidth) {
    List<Entry> entries =
        List.of(
            lpm(0x0a010000L, 16, 1),
            lpm(0x0a010200L, 24, 2),
            lpm(0xc0a80000L, 16, 2),
            acl(new Match.Ternary(big(0x0a000000L), big(0xff000000L)), 6, 17, 1, "deny", 10),
            acl(Match.ANY, 17, 17, 2, "deny", 5),
            acl(new Match.Ternary(big(0x0a010000L), big(0xffff0000L)), 0, 255, 1, "allow", 20),
            acl(new Match.Ternary(big(0x0a010000L), big(0xffff0000L)), 6, 6, 1, "deny", 20));
    long[] addresses = {0x0a010203L, 0x0a010305L, 0x0a090909L, 0xc0a80101L, 0x08080808L};
    int[] protocols = {1, 6, 17, 18};
    Random random = new Random(dataWidth);
    List<InputFrame> frames = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String ip =
          String.format(
              "4500 0054 0000 4000 40%02x 0000 %08x %08x",
              protocols[random.nextInt(protocols.length)],
              addresses[random.nextInt(addresses.length)],
              addresses[random.nextInt(addresses.length)]);
      frames.add(
          new InputFrame(
              random.nextInt(4),
              i,
              frame("0200000000aa 020000000001 0800" + ip, 34 + random.nextInt(40))));
    }
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "router_with_acl",
            ROUTER_WITH_ACL,
            dataWidth,
            entries,
            List.of(new DifferentialHarness.DefaultAction("routes", "to", List.of(big(2)))),
            frames,
            13);
    assertThat(o.forwarded()).as(o.results().toString()).isGreaterThan(20);
    assertThat(o.dropped()).isGreaterThan(5);
    assertThat(o.counterCells()).isEqualTo(4 + 1);
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  private static Entry lpm(long prefix, int length, int port) {
    return new Entry(
        "routes", List.of(new Match.Lpm(big(prefix), length)), "to", List.of(big(port)), 0);
  }

  private static Entry acl(Match src, int low, int high, int port, String action, int priority) {
    return new Entry(
        "acl",
        List.of(src, new Match.Range(big(low), big(high)), new Match.Exact(big(port))),
        action,
        List.of(),
        priority);
  }
}
