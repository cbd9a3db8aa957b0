package dev.oasis.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.KeyShape;
import dev.oasis.compiler.state.StateException;
import dev.oasis.compiler.state.TableState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of table of the runtime against the compiler's reference {@link TableState}: the same
 * random inserts, modifications and deletions (valid and invalid) are accepted or refused with the
 * same message, and random lookups select the same entry.
 */
class TableRuntimeTest {

  private static final String PROGRAM =
      """
      header H { bit<32> a; bit<16> b; bit<128> c; bit<48> d; bit<1> f; bit<7> n; bytes<12> s[n]; }
      headers { H h; }
      parser { state start { extract(h); transition accept; } }
      action set(bit<16> x) { }
      action wide(bit<128> y, bool z) { }
      table exact_two { key { h.a: exact; h.b: exact; } actions { set; wide; } size = 64; }
      table route32 { key { h.a: lpm; } actions { set; } size = 64; }
      table route128 { key { h.c: lpm; } actions { set; } size = 64; }
      table vrf { key { h.b: exact; h.d: lpm; } actions { set; } size = 64; }
      table acl {
        key { h.a: ternary; h.b: range; h.c: ternary; h.d: lpm; h.f: exact; }
        actions { set; wide; } size = 64;
      }
      table names { key { h.s: exact; h.f: exact; } actions { set; } size = 64; }
      table flags { key { h.f == 1: exact as flag; } actions { set; } size = 4; }
      control { }
      """;

  private final IrProgram program = compile();
  private final Random random = new Random(5);

  private static IrProgram compile() {
    CompileResult r = new Compiler().compileSource("tables.oasis", PROGRAM);
    if (!r.ok()) {
      throw new IllegalStateException(r.render());
    }
    return r.program();
  }

  @ParameterizedTest
  @ValueSource(strings = {"exact_two", "route32", "route128", "vrf", "acl", "names", "flags"})
  void writesAndLookupsAgreeWithTheReference(String table) {
    DataplaneState reference = new DataplaneState(program);
    PipelineState runtime = new PipelineState(program);
    List<KeyShape> keys = reference.table(table).keys();
    List<List<Match>> inserted = new ArrayList<>();
    int hits = 0;
    int misses = 0;
    int refused = 0;

    for (int step = 0; step < 1500; step++) {
      int op = random.nextInt(10);
      List<Match> key =
          !inserted.isEmpty() && op >= 6
              ? inserted.get(random.nextInt(inserted.size()))
              : randomKey(keys);
      String action = random.nextInt(8) == 0 ? "wide" : "set";
      List<BigInteger> args =
          action.equals("set")
              ? List.of(BigInteger.valueOf(random.nextInt(random.nextInt(20) == 0 ? 100000 : 5)))
              : List.of(new BigInteger(128, random), BigInteger.valueOf(random.nextInt(2)));
      int priority = random.nextInt(6) - (random.nextInt(30) == 0 ? 3 : 0);
      String expected;
      String actual;
      if (op < 7) {
        expected = attempt(() -> reference.insertEntry(table, key, action, args, priority));
        actual = attempt(() -> runtime.insertEntry(table, key, action, args, priority));
        if (expected == null) {
          inserted.add(key);
        }
      } else if (op < 9) {
        expected = attempt(() -> reference.modifyEntry(table, key, action, args));
        actual = attempt(() -> runtime.modifyEntry(table, key, action, args));
      } else {
        expected = attempt(() -> reference.deleteEntry(table, key));
        actual = attempt(() -> runtime.deleteEntry(table, key));
      }
      assertThat(actual).as("step %d on %s", step, table).isEqualTo(expected);
      refused += expected == null ? 0 : 1;

      for (int probe = 0; probe < 4; probe++) {
        List<Object> values = randomValues(keys);
        TableState.Entry want = reference.table(table).lookup(values);
        TableRuntime.Entry got = runtime.table(table).lookup(values);
        hits += want == null ? 0 : 1;
        if (want != null) {
          assertThat(describe(runtime.table(table).find(want.matches()).matches()))
              .isEqualTo(describe(want.matches()));
        }
        misses += want == null ? 1 : 0;
        assertThat(describe(got == null ? null : got.matches()))
            .as("lookup %s after step %d", values, step)
            .isEqualTo(describe(want == null ? null : want.matches()));
      }
    }
    assertThat(runtime.snapshot().equals(reference.snapshot())).isTrue();
    assertThat(runtime.table(table).size()).isEqualTo(reference.table(table).entries().size());
    // The random operations exercised both outcomes of writes and of lookups.
    assertThat(hits).isPositive();
    assertThat(misses).isPositive();
    assertThat(refused).isPositive();
  }

  private static String attempt(Runnable write) {
    try {
      write.run();
      return null;
    } catch (StateException e) {
      return e.getMessage();
    }
  }

  private static String describe(List<Match> key) {
    return key == null ? "miss" : TableState.describeKey(key);
  }

  // Small pools so that keys collide, overlap and hit.
  private BigInteger pooled(int width) {
    BigInteger all = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    return switch (random.nextInt(6)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> all;
      case 2 -> BigInteger.valueOf(random.nextInt(4)).shiftLeft(Math.max(0, width - 2)).and(all);
      case 3 -> BigInteger.valueOf(random.nextInt(8)).and(all);
      default -> new BigInteger(width, random).and(all).or(BigInteger.valueOf(random.nextInt(3)));
    };
  }

  private List<Match> randomKey(List<KeyShape> keys) {
    List<Match> out = new ArrayList<>();
    for (KeyShape k : keys) {
      if (k.isBytes()) {
        out.add(new Match.BytesExact(word().getBytes(StandardCharsets.ISO_8859_1)));
        continue;
      }
      int w = k.width();
      out.add(
          switch (k.kind()) {
            case EXACT -> new Match.Exact(pooled(w));
            case LPM -> new Match.Lpm(pooled(w), random.nextInt(w + 2) - (w > 8 ? 0 : 1));
            case TERNARY ->
                random.nextInt(4) == 0 ? Match.ANY : new Match.Ternary(pooled(w), pooled(w));
            case RANGE -> {
              BigInteger a = pooled(w);
              BigInteger b = pooled(w);
              yield random.nextInt(10) == 0 || a.compareTo(b) <= 0
                  ? new Match.Range(a, b)
                  : new Match.Range(b, a);
            }
          });
    }
    return out;
  }

  private List<Object> randomValues(List<KeyShape> keys) {
    List<Object> out = new ArrayList<>();
    for (KeyShape k : keys) {
      out.add(k.isBytes() ? word().getBytes(StandardCharsets.ISO_8859_1) : pooled(k.width()));
    }
    return out;
  }

  private String word() {
    String[] words = {"", "a", "www", "oasis", "test", "example123", "x"};
    return words[random.nextInt(words.length)];
  }
}
