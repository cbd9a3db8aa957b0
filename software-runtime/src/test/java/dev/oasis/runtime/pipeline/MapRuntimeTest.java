package dev.oasis.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.state.MapState;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runtime map against the compiler's reference {@link MapState}, which follows the contract to
 * the slot: random gets, contains, puts and removes at moving (sometimes earlier) times give the
 * same answers and leave the same slots.
 */
class MapRuntimeTest {
  private final Random random = new Random(9);

  @ParameterizedTest
  @CsvSource({
    "8, 8, 1, 4, 0",
    "32, 16, 4, 2, 100",
    "104, 1, 16, 4, 50",
    "128, 128, 2, 3, 20",
    "1, 64, 1, 1, 0",
    "65, 100, 8, 16, 1000"
  })
  void everyOperationAgreesWithTheReference(
      int keyWidth, int valueWidth, int sets, int ways, long timeout) {
    Decls.MapDecl decl =
        new Decls.MapDecl("m", keyWidth, valueWidth, sets, ways, timeout, Span.NONE);
    MapState reference = new MapState(decl);
    MapRuntime runtime = new MapRuntime(decl);
    long now = 0;
    for (int step = 0; step < 20_000; step++) {
      now += random.nextInt(8) == 0 ? -random.nextInt(20) : random.nextInt(timeout == 0 ? 5 : 40);
      BigInteger key = key(keyWidth);
      long kh = key.shiftRight(64).longValue();
      long kl = key.longValue();
      switch (random.nextInt(4)) {
        case 0 -> {
          BigInteger expected = reference.get(key, now);
          long lo = runtime.get(kh, kl, now);
          assertThat(Wide.toBigInteger(runtime.valueHi(), lo)).isEqualTo(expected);
        }
        case 1 -> {
          assertThat(runtime.contains(kh, kl, now)).isEqualTo(reference.contains(key, now));
          assertThat(runtime.containsEntry(key, now)).isEqualTo(reference.contains(key, now));
        }
        case 2 -> {
          BigInteger value = new BigInteger(valueWidth, random);
          assertThat(runtime.put(kh, kl, value.shiftRight(64).longValue(), value.longValue(), now))
              .isEqualTo(reference.put(key, value, now));
        }
        default -> assertThat(runtime.remove(kh, kl, now)).isEqualTo(reference.remove(key, now));
      }
    }
    assertThat(runtime.validSlots()).isEqualTo(reference.validSlots());
  }

  private BigInteger key(int width) {
    BigInteger all = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    return random.nextInt(4) == 0
        ? new BigInteger(width, random)
        : BigInteger.valueOf(random.nextInt(40)).shiftLeft(Math.max(0, width - 8)).and(all);
  }
}
