package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import java.util.Arrays;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The shrinker reduces a random program and a frame to the part a predicate needs. */
class ShrinkerTest {

  private static final BiPredicate<String, byte[]> T3_AND_0X45_AT_14 =
      (src, frame) -> src.contains("table t3") && frame.length > 14 && frame[14] == 0x45;

  @Test
  void shrinksToTheTableAndTheByteThePredicateNeeds() {
    GeneratedProgram program = programWithTable("t3");
    byte[] frame = new byte[60];
    Arrays.fill(frame, (byte) 0x5a);
    frame[14] = 0x45;

    Shrinker.Result r = new Shrinker(T3_AND_0X45_AT_14).shrink(program.source(), frame);

    assertThat(T3_AND_0X45_AT_14.test(r.source(), r.frame())).isTrue();
    CompileResult compiled = new Compiler().compileSource("shrunk.oasis", r.source());
    assertThat(compiled.ok()).as(compiled.render()).isTrue();
    byte[] expected = new byte[15];
    expected[14] = 0x45;
    assertThat(r.frame()).isEqualTo(expected);
    long before = program.source().lines().count();
    long after = r.source().lines().count();
    assertThat(after).as(r.source()).isLessThan(before / 3).isLessThanOrEqualTo(20);
    assertThat(r.source()).doesNotContain("table t0", "table t1", "table t2", "control {\n    ");
    System.out.printf(
        "shrunk %d lines to %d and 60 bytes to %d in %d tests:%n%s",
        before, after, r.frame().length, r.tests(), r.source());
  }

  @Test
  void aPairThePredicateDoesNotHoldForIsRefused() {
    GeneratedProgram program = programWithTable("t3");
    assertThatThrownBy(() -> new Shrinker(T3_AND_0X45_AT_14).shrink(program.source(), new byte[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not hold");
  }

  @Test
  void stopsAfterTheGivenNumberOfTests() {
    GeneratedProgram program = programWithTable("t3");
    byte[] frame = new byte[60];
    frame[14] = 0x45;
    Shrinker.Result r = new Shrinker(T3_AND_0X45_AT_14, 10).shrink(program.source(), frame);
    assertThat(r.tests()).isLessThanOrEqualTo(10);
    assertThat(T3_AND_0X45_AT_14.test(r.source(), r.frame())).isTrue();
  }

  private static GeneratedProgram programWithTable(String name) {
    ProgramGenerator gen = new ProgramGenerator(11, Subset.all());
    for (int i = 0; i < 200; i++) {
      GeneratedProgram p = gen.next();
      if (p.source().contains("table " + name + " ") && p.source().lines().count() > 80) {
        return p;
      }
    }
    throw new AssertionError("no program with table " + name + " in 200 seeds");
  }
}
