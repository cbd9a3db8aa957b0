package dev.oasis.compiler.interp;

import static dev.oasis.compiler.interp.Harness.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Every expression operator, with expectations worked out by hand from the semantics: unsigned
 * arithmetic modulo 2^N, shifts by N or more give 0, slices, concatenation, casts, conditionals and
 * short-circuit logic. Each program copies its operands through and appends a result header.
 */
class ExpressionsTest {

  private static final String OPS =
      """
      header Ops { bit<8> a; bit<8> b; bit<8> n; bit<8> big_n; }
      headers { Ops ops; Res res; }
      parser { state start { extract(ops); transition accept; } }
      deparser { emit(ops); emit(res); }
      """;

  @Test
  void arithmeticBitwiseAndShiftsOnBit8() {
    Harness h =
        new Harness(
            OPS
                + """
                header Res {
                    bit<8> add; bit<8> sub; bit<8> rsub; bit<8> mul; bit<8> div; bit<8> mod;
                    bit<8> shl; bit<8> shr; bit<8> shl_all; bit<8> shr_all;
                    bit<8> and_; bit<8> or_; bit<8> xor_; bit<8> not_; bit<8> neg;
                }
                control {
                    res.setValid();
                    res.add = ops.a + ops.b;
                    res.sub = ops.a - ops.b;
                    res.rsub = ops.b - ops.a;
                    res.mul = ops.a * ops.b;
                    res.div = ops.a / 4;
                    res.mod = ops.b % 8;
                    res.shl = ops.a << ops.n;
                    res.shr = ops.a >> ops.n;
                    res.shl_all = ops.a << ops.big_n;
                    res.shr_all = ops.a >> ops.big_n;
                    res.and_ = ops.a & ops.b;
                    res.or_ = ops.a | ops.b;
                    res.xor_ = ops.a ^ ops.b;
                    res.not_ = ~ops.a;
                    res.neg = -ops.a;
                    forward(0);
                }
                """);
    // a = 200, b = 100, n = 3, big_n = 8
    String r = out(h.run(0, "c8640308"));
    assertThat(r)
        .isEqualTo(
            "c8640308"
                + "2c" // 300 mod 256 = 44
                + "64" // 100
                + "9c" // -100 mod 256 = 156
                + "20" // 20000 mod 256 = 32
                + "32" // 200 / 4 = 50
                + "04" // 100 % 8 = 4
                + "40" // 1600 mod 256 = 64
                + "19" // 200 >> 3 = 25
                + "00" // shift by 8 >= width
                + "00"
                + "40" // c8 & 64
                + "ec" // c8 | 64
                + "ac" // c8 ^ 64
                + "37" // ~c8
                + "38"); // 256 - 200 = 56
  }

  @Test
  void comparisonsConcatSlicesCastsAndConditionals() {
    Harness h =
        new Harness(
            OPS
                + """
                header Res {
                    bit<1> lt; bit<1> le; bit<1> gt; bit<1> ge; bit<1> eq; bit<1> ne; bit<2> pad;
                    bit<16> cat;
                    bit<5> slice; bit<3> low3;
                    bit<4> narrow; bit<4> nibble;
                    bit<16> wide;
                    bit<8> max;
                    bit<8> sliced_write;
                }
                control {
                    res.setValid();
                    res.lt = ops.a < ops.b ? 1w1 : 1w0;
                    res.le = ops.a <= ops.b ? 1w1 : 1w0;
                    res.gt = ops.a > ops.b ? 1w1 : 1w0;
                    res.ge = ops.a >= ops.b ? 1w1 : 1w0;
                    res.eq = ops.a == ops.b ? 1w1 : 1w0;
                    res.ne = ops.a != ops.b ? 1w1 : 1w0;
                    res.cat = ops.a ++ ops.b;
                    res.slice = ops.a[6:2];
                    res.low3 = ops.b[2:0];
                    res.narrow = (bit<4>) ops.a;
                    res.nibble = ops.a[7:4];
                    res.wide = (bit<16>) ops.a;
                    res.max = ops.a > ops.b ? ops.a : ops.b;
                    res.sliced_write = 0xff;
                    res.sliced_write[5:2] = 4w0;
                    forward(0);
                }
                """);
    // a = 200 = 1100_1000, b = 100 = 0110_0100
    String r = out(h.run(0, "c8640308"));
    assertThat(r)
        .isEqualTo(
            "c8640308"
                + "34" // lt 0, le 0, gt 1, ge 1, eq 0, ne 1, pad 00 = 0011_0100
                + "c864" // a ++ b
                + "94" // a[6:2] = 10010, b[2:0] = 100 -> 1001_0100
                + "8c" // (bit<4>) a = 1000, a[7:4] = 1100
                + "00c8" // zero extension
                + "c8" // max
                + "c3"); // 1111_1111 with bits 5..2 cleared = 1100_0011
  }

  @Test
  void oneBitAndWideValues() {
    Harness h =
        new Harness(
            """
            header Wide { bit<1> x; bit<7> pad; bit<128> big; }
            header Res { bit<1> inc; bit<1> not_; bit<1> neg; bit<5> pad;
                         bit<128> big_inc; bit<128> big_shl; bit<128> big_neg; bit<8> top; }
            headers { Wide w; Res res; }
            parser { state start { extract(w); transition accept; } }
            control {
                res.setValid();
                res.inc = w.x + 1;
                res.not_ = ~w.x;
                res.neg = -w.x;
                res.big_inc = w.big + 1;
                res.big_shl = w.big << 127;
                res.big_neg = -w.big;
                res.top = w.big[127:120];
                forward(0);
            }
            deparser { emit(w); emit(res); }
            """);
    String big = "ff".repeat(16);
    String r = out(h.run(0, "80" + big));
    assertThat(r)
        .isEqualTo(
            "80"
                + big
                + "20" // inc: 1 + 1 = 0; not: 0; neg: -1 mod 2 = 1 -> 0010_0000
                + "00".repeat(16) // 2^128 - 1 + 1 = 0 mod 2^128
                + "80"
                + "00".repeat(15) // only the lowest bit survives << 127
                + "00".repeat(15)
                + "01" // -(2^128 - 1) = 1 mod 2^128
                + "ff");
  }

  @Test
  void andAndOrShortCircuit() {
    Harness h =
        new Harness(
            OPS
                + """
                header Res { bit<8> x; }
                map<bit<32>, bit<8>> m { sets = 8; ways = 4; }
                control {
                    if (ops.a == 0 && m.put(1, 1)) { }
                    if (ops.a != 0 || m.put(2, 1)) { }
                    if (ops.a != 0 && m.put(3, 1)) { }
                    if (ops.a == 0 || m.put(4, 1)) { }
                    forward(0);
                }
                """);
    h.run(0, "c8640308");
    var m = h.state.map("m");
    assertThat(m.contains(BigInteger.ONE, 0)).isFalse();
    assertThat(m.contains(BigInteger.TWO, 0)).isFalse();
    assertThat(m.contains(BigInteger.valueOf(3), 0)).isTrue();
    assertThat(m.contains(BigInteger.valueOf(4), 0)).isTrue();
  }

  @Test
  void localsAndMetadataStartAtZeroForEveryPacket() {
    Harness h =
        new Harness(
            OPS
                + """
                header Res { bit<8> local_before; bit<8> meta_before; }
                metadata { bit<8> seen; }
                control {
                    bit<8> x;
                    res.setValid();
                    res.local_before = x;
                    res.meta_before = meta.seen;
                    x = 5;
                    meta.seen = 7;
                    forward(0);
                }
                """);
    assertThat(out(h.run(0, "01020304"))).isEqualTo("01020304" + "0000");
    assertThat(out(h.run(0, "01020304"))).isEqualTo("01020304" + "0000");
  }
}
