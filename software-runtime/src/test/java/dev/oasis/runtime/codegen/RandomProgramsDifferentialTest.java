package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.codegen.testing.Packets;
import dev.oasis.runtime.codegen.testing.RandomPrograms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random expression programs (operators at every width from 1 to 128 bits, slices, concatenation,
 * casts, conditionals, unaligned fields) run on random frames: the compiled pipeline and the
 * interpreter agree on every output byte.
 */
class RandomProgramsDifferentialTest {
  /** How many programs; {@code -Doasis.randomPrograms=N} runs more when hunting for bugs. */
  private static final int PROGRAMS = Integer.getInteger("oasis.randomPrograms", 40);

  private static final int FIRST_SEED = Integer.getInteger("oasis.randomSeed", 0);

  @Test
  void randomProgramsRunIdentically() {
    List<String> sources = new ArrayList<>();
    List<IrProgram> programs = new ArrayList<>();
    for (int seed = FIRST_SEED; seed < FIRST_SEED + PROGRAMS; seed++) {
      String source = new RandomPrograms(seed).program(12);
      sources.add(source);
      programs.add(Differential.program("random" + seed, source));
    }
    List<PipelineCompiler.Compiled> compiled = new PipelineCompiler().compileAll(programs);

    int packets = 0;
    List<String> failures = new ArrayList<>();
    for (int p = 0; p < PROGRAMS; p++) {
      Packets frames = new Packets(p, 1).random(150, RandomPrograms.inputBytes() + 20);
      for (int k = 0; k < 150; k++) {
        byte[] f = new byte[RandomPrograms.inputBytes() + k % 3];
        new java.util.Random(p * 1000L + k).nextBytes(f);
        frames.add(f);
      }
      Differential.Report r =
          Differential.compare(compiled.get(p), sources.get(p), null, frames.frames(), null);
      packets += r.packets();
      if (!r.mismatches().isEmpty()) {
        failures.add(r.describe());
      }
    }
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    assertThat(packets).isEqualTo(PROGRAMS * 300);
  }
}
