package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.bytes;
import static dev.oasis.compiler.interp.Harness.out;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.ControlWrite;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actions called directly and by tables, {@code return} in actions and in the control, switch
 * defaults, tables applied twice, const entries with priorities and wildcards, bool and byte-string
 * keys, and control-plane writes between packets.
 */
class ActionsAndTablesTest {

  private static final String HEAD =
      """
      header H { bit<8> a; bit<8> b; bit<8> c; bit<8> d; }
      headers { H h; }
      parser { state start { extract(h); transition accept; } }
      """;

  @Test
  void returnEndsTheActionInAnActionAndTheControlInTheControl() {
    Harness h =
        new Harness(
            HEAD
                + """
                action set_b(bit<8> v) {
                    h.b = v;
                    if (v == 1) { return; }
                    h.c = v;
                }
                control {
                    set_b(h.a);
                    forward(0);
                    if (h.a == 1) { return; }
                    h.d = 0xdd;
                }
                """);
    assertThat(out(h.run(0, "01000000"))).isEqualTo("01010000");
    assertThat(out(h.run(0, "02000000"))).isEqualTo("020202dd");
  }

  @Test
  void switchDefaultAndTwoApplicationsOfOneTable() {
    Harness h =
        new Harness(
            HEAD
                + """
                action inc() { h.b = h.b + 1; }
                action mark() { h.c = 0xcc; }
                table t {
                    key { h.a: ternary; h.d: range; }
                    actions { inc; mark; }
                    default_action = mark;
                    entries {
                        (0x10 &&& 0xf0, 0 .. 9): inc priority 5;
                        (_, 0 .. 255): mark priority 1;
                        (0x11, 0 .. 0): mark priority 5;
                    }
                }
                control {
                    t.apply();
                    switch (t.apply()) {
                        mark: { h.d = 0x01; }
                        default: { h.d = 0x02; }
                    }
                    forward(0);
                }
                """);
    // 0x12: inc twice (priority 5 beats 1), then the default case of the switch.
    assertThat(out(h.run(0, "12000000"))).isEqualTo("12020002");
    // 0x11 with d 0: both priority-5 entries match; the first inserted (inc) wins.
    assertThat(out(h.run(0, "11000000"))).isEqualTo("11020002");
    // 0x20: only the wildcard (mark).
    assertThat(out(h.run(0, "20000000"))).isEqualTo("2000cc01");
  }

  @Test
  void boolAndByteStringKeys() {
    Harness h =
        new Harness(
            """
            import std.dns;
            header H { bit<8> x; }
            headers { H h; DnsLabel label; }
            parser { state start { extract(h); extract(label); transition accept; } }
            action tag(bit<8> v) { h.x = v; }
            table by_flag { key { label.len > 3: exact as long_label; } actions { tag; } }
            table by_name { key { lower(label.text): exact as name; } actions { tag; } }
            control {
                by_flag.apply();
                by_name.apply();
                forward(0);
            }
            """);
    h.state.insertEntry(
        "by_flag", List.of(new Match.Exact(BigInteger.ONE)), "tag", List.of(BigInteger.TWO), 0);
    h.state.insertEntry(
        "by_name",
        List.of(new Match.BytesExact("oasis".getBytes(StandardCharsets.US_ASCII))),
        "tag",
        List.of(BigInteger.valueOf(0x0a)),
        0);
    String oasis = "05" + Harness.hex("OaSiS".getBytes(StandardCharsets.US_ASCII));
    String abc = "03" + Harness.hex("abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(out(h.run(0, "00" + oasis))).isEqualTo("0a" + oasis);
    assertThat(out(h.run(0, "00" + abc))).isEqualTo("00" + abc);
    assertThat(out(h.run(0, "00" + "0561626364ff"))).isEqualTo("02" + "0561626364ff");
  }

  @Test
  void controlPlaneWritesTakeEffectBetweenPacketsAndAreLoggedThere() {
    Harness h =
        new Harness(
            HEAD
                + """
                action to(bit<16> p) { forward(p); }
                table t { key { h.a: exact; } actions { to; } }
                config { ports = 4; }
                """
                + "control { t.apply(); }");
    byte[] frame = bytes("07000000");
    assertThat(h.run(0, frame).dropReason()).isEqualTo(DropReason.NO_DECISION);
    h.state.insertEntry(
        "t",
        List.of(new Match.Exact(BigInteger.valueOf(7))),
        "to",
        List.of(BigInteger.valueOf(3)),
        0);
    assertThat(h.run(0, frame).outputs()).containsExactly(new PortFrame(3, frame));
    assertThat(h.state.writeLog())
        .containsExactly(
            new ControlWrite.InsertEntry(
                1,
                "t",
                List.of(new Match.Exact(BigInteger.valueOf(7))),
                "to",
                List.of(BigInteger.valueOf(3)),
                0));
  }
}
