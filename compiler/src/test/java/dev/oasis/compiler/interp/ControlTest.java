package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.bytes;
import static dev.oasis.compiler.interp.Harness.out;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.CounterValue;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The control: headers and validity, decisions (last wins, none, bad port, reply, broadcast,
 * multicast, punt), payload discard, tables of every kind with direct counters, counters, registers
 * and maps. Expectations come from the semantics, worked out by hand.
 */
class ControlTest {

  /** One 4-byte header {@code h} (key, value, port, extra) and an 8-bit result header. */
  private static String program(String config, String decls, String control) {
    return """
        header H { bit<8> key; bit<8> value; bit<8> port; bit<8> extra; }
        header Res { bit<8> r; }
        config { %s }
        headers { H h; Res res; }
        %s
        parser { state start { extract(h); transition accept; } }
        control { %s }
        deparser { emit(h); emit(res); }
        """
        .formatted(config, decls, control);
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  @Test
  void invalidHeadersReadZeroIgnoreWritesAndKeepFieldsAcrossValidity() {
    Harness h =
        new Harness(
            """
            header H { bit<8> a; }
            header Out { bit<8> read_invalid; bit<8> after_set_valid; bit<8> after_write;
                         bit<8> read_after_invalid; bit<8> revalidated; }
            headers { H first; H second; Out o; }
            parser { state start { extract(first); transition accept; } }
            control {
                o.setValid();
                second.a = 5;
                o.read_invalid = second.a;
                second.setValid();
                o.after_set_valid = second.a;
                second.a = 9;
                o.after_write = second.a;
                first.setInvalid();
                o.read_after_invalid = first.a;
                first.a = 1;
                first.setValid();
                o.revalidated = first.a;
                forward(0);
            }
            deparser { emit(first); emit(second); emit(o); }
            """);
    assertThat(out(h.run(0, "aa" + "bbcc")))
        .isEqualTo("aa" + "09" + "000009" + "00" + "aa" + "bbcc");
  }

  @Test
  void theLastDecisionWinsAndNoDecisionDrops() {
    Harness h =
        new Harness(
            program(
                "ports = 4;",
                "",
                """
                if (h.key == 1) { drop(); forward(2); }
                if (h.key == 2) { forward(2); drop(); }
                if (h.key == 3) { forward(2); punt(7); }
                if (h.key == 4) { forward((bit<16>) h.port); }
                if (h.key == 5) { reply(); }
                """));
    assertThat(h.run(0, "01000000").outputs()).containsExactly(new PortFrame(2, bytes("01000000")));
    assertThat(h.run(0, "02000000")).isEqualTo(PacketResult.drop(DropReason.EXPLICIT, 0));
    assertThat(h.run(0, "03000000")).isEqualTo(PacketResult.punt(7, bytes("03000000"), 0));
    assertThat(h.run(0, "04000300").outputs()).containsExactly(new PortFrame(3, bytes("04000300")));
    assertThat(h.run(0, "04000400")).isEqualTo(PacketResult.drop(DropReason.BAD_PORT, 0));
    assertThat(h.run(2, "05000000").outputs()).containsExactly(new PortFrame(2, bytes("05000000")));
    assertThat(h.run(0, "06000000")).isEqualTo(PacketResult.drop(DropReason.NO_DECISION, 0));
  }

  @Test
  void broadcastAndMulticastCopiesInPortOrder() {
    Harness h =
        new Harness(
            program(
                "ports = 4;",
                "",
                "if (h.key == 0) { broadcast(); } else { multicast((bit<8>) h.port); }"));
    byte[] b = bytes("00000000");
    assertThat(h.run(2, b).outputs())
        .containsExactly(new PortFrame(0, b), new PortFrame(1, b), new PortFrame(3, b));
    // bitmap 1111_0101: ports 0 and 2, and 4 to 7 which the program does not have
    byte[] m = bytes("0100f500");
    assertThat(h.run(2, m).outputs()).containsExactly(new PortFrame(0, m), new PortFrame(2, m));
    assertThat(h.run(0, bytes("01000000")).outputs()).isEmpty();
  }

  @Test
  void discardPayloadAndPuntCarriesTheDeparsedPacket() {
    Harness h =
        new Harness(
            program(
                "ports = 2;",
                "",
                """
                h.extra = 0xee;
                if (h.key == 1) { discard_payload(); forward(1); }
                if (h.key == 2) { punt(3); }
                """));
    assertThat(out(h.run(0, "01000000" + "0102"))).isEqualTo("010000ee");
    assertThat(h.run(0, "02000000" + "0102"))
        .isEqualTo(PacketResult.punt(3, bytes("020000ee0102"), 0));
  }

  @Test
  void exactTableWithDirectCountersSwitchAndHitMiss() {
    Harness h =
        new Harness(
            program(
                "ports = 4;",
                """
                action set(bit<8> v) { res.setValid(); res.r = v; }
                action to(bit<16> p) { forward(p); }
                table t {
                    key { h.key: exact; }
                    actions { set; to; }
                    default_action = set(0xdd);
                    counters = true;
                    entries { 7: set(0x77); }
                }
                """,
                """
                switch (t.apply()) {
                    set: { if (res.r == 0xdd) { forward(3); } else { forward(2); } }
                    to: { h.extra = 1; }
                }
                """));
    h.state.insertEntry("t", List.of(new Match.Exact(big(5))), "to", List.of(big(1)), 0);

    assertThat(out(h.run(0, "07000000"))).isEqualTo("07000000" + "77");
    assertThat(h.run(0, "05000000").outputs()).containsExactly(new PortFrame(1, bytes("05000001")));
    assertThat(h.run(0, "09000000").outputs())
        .containsExactly(new PortFrame(3, bytes("09000000dd")));

    var t = h.state.table("t");
    assertThat(t.entries().get(0).counter()).isEqualTo(new CounterValue(1, 4));
    assertThat(t.entries().get(1).counter()).isEqualTo(new CounterValue(1, 4));
    assertThat(t.defaultCounter()).isEqualTo(new CounterValue(1, 4));
  }

  @Test
  void lpmTernaryAndRangeTables() {
    Harness h =
        new Harness(
            program(
                "ports = 1;",
                """
                action set(bit<8> v) { res.setValid(); res.r = v; }
                table by_prefix { key { h.key: lpm; } actions { set; } }
                table by_mask { key { h.value: ternary; } actions { set; } }
                table by_range { key { h.port: range; } actions { set; } }
                """,
                """
                if (h.extra == 0) { by_prefix.apply(); }
                if (h.extra == 1) { by_mask.apply(); }
                if (h.extra == 2) { by_range.apply(); }
                forward(0);
                """));
    h.state.insertEntry(
        "by_prefix", List.of(new Match.Lpm(big(0x80), 1)), "set", List.of(big(1)), 0);
    h.state.insertEntry(
        "by_prefix", List.of(new Match.Lpm(big(0xa0), 3)), "set", List.of(big(3)), 0);
    h.state.insertEntry(
        "by_mask", List.of(new Match.Ternary(big(0x01), big(0x01))), "set", List.of(big(1)), 1);
    h.state.insertEntry(
        "by_mask", List.of(new Match.Ternary(big(0x03), big(0x03))), "set", List.of(big(2)), 2);
    h.state.insertEntry("by_mask", List.of(Match.ANY), "set", List.of(big(9)), 0);
    h.state.insertEntry(
        "by_range", List.of(new Match.Range(big(10), big(20))), "set", List.of(big(1)), 1);

    assertThat(out(h.run(0, "a5000000"))).endsWith("03"); // 101 matches /3
    assertThat(out(h.run(0, "c5000000"))).endsWith("01"); // 110 only /1
    assertThat(out(h.run(0, "45000000"))).isEqualTo("45000000"); // miss: NoAction
    assertThat(out(h.run(0, "00070001"))).endsWith("02"); // priority 2 beats 1
    assertThat(out(h.run(0, "00050001"))).endsWith("01");
    assertThat(out(h.run(0, "00040001"))).endsWith("09");
    assertThat(out(h.run(0, "00000a02"))).endsWith("01");
    assertThat(out(h.run(0, "00001402"))).endsWith("01");
    assertThat(out(h.run(0, "00001502"))).isEqualTo("00001502");
  }

  @Test
  void countersRegistersAndIndexesOutOfRange() {
    Harness h =
        new Harness(
            program(
                "ports = 1;",
                """
                counter c[2];
                register<bit<8>> r[2];
                """,
                """
                c.count((bit<32>) h.key);
                r.write((bit<32>) h.key, r.read((bit<32>) h.key) + h.value);
                res.setValid();
                res.r = r.read((bit<32>) h.key);
                forward(0);
                """));
    assertThat(out(h.run(0, "01050000"))).endsWith("05");
    assertThat(out(h.run(0, "01060000" + "aabb"))).isEqualTo("01060000" + "0b" + "aabb");
    assertThat(out(h.run(0, "05070000"))).endsWith("00"); // index 5: write ignored, read 0
    assertThat(h.state.counter("c").get(1)).isEqualTo(new CounterValue(2, 10));
    assertThat(h.state.counter("c").get(0)).isEqualTo(CounterValue.ZERO);
    assertThat(h.state.register("r").get(1)).isEqualTo(11);
  }

  @Test
  void mapPutGetContainsRemoveWithCollisionsAndExpiry() {
    // sets = 1: every key collides into set 0, which has 2 ways; timeout 100 ns.
    Harness h =
        new Harness(
            program(
                "ports = 1;",
                "map<bit<8>, bit<8>> m { sets = 1; ways = 2; timeout = 100; }",
                """
                res.setValid();
                if (h.port == 0) { res.r = m.put(h.key, h.value) ? 8w1 : 8w0; }
                if (h.port == 1) { res.r = m.get(h.key); }
                if (h.port == 2) { res.r = m.contains(h.key) ? 8w1 : 8w0; }
                if (h.port == 3) { res.r = m.remove(h.key) ? 8w1 : 8w0; }
                forward(0);
                """));
    assertThat(out(h.runAt(0, 0, "01110000"))).endsWith("01"); // way 0
    assertThat(out(h.runAt(0, 50, "02220000"))).endsWith("01"); // way 1
    assertThat(out(h.runAt(0, 60, "03330000"))).endsWith("00"); // full
    assertThat(out(h.runAt(0, 90, "01000100"))).endsWith("11"); // get refreshes key 1 at 90
    assertThat(out(h.runAt(0, 151, "02000200"))).endsWith("00"); // key 2 expired (101 > 100)
    assertThat(out(h.runAt(0, 152, "03330000"))).endsWith("01"); // takes way 1
    assertThat(out(h.runAt(0, 160, "01000300"))).endsWith("01"); // removes key 1
    assertThat(out(h.runAt(0, 161, "01000100"))).endsWith("00");
    assertThat(h.state.map("m").validSlots())
        .extracting(s -> s.key().intValue(), s -> s.way())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1));
  }
}
