package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.gen.GeneratedFrame;
import dev.oasis.compiler.gen.GeneratedProgram;
import dev.oasis.compiler.gen.PacketGenerator;
import dev.oasis.compiler.gen.ProgramGenerator;
import dev.oasis.compiler.gen.Subset;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.codegen.testing.Differential;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs from the project's shared random program generator (every table kind, externs, stacks,
 * byte strings, checksums), with random entries and register and map contents, run on the frames of
 * the shared packet generator (the parser's paths, boundary values, truncations, mutations): the
 * compiled pipeline and the interpreter agree on every packet and on the final state.
 */
class GeneratedProgramsDifferentialTest {
  private static final int PROGRAMS = Integer.getInteger("oasis.generatedPrograms", 15);

  @ParameterizedTest
  @ValueSource(ints = {64, 128})
  void generatedProgramsRunIdentically(int maxWidth) {
    ProgramGenerator generator =
        new ProgramGenerator(maxWidth, Subset.all().withMaxWidth(maxWidth));
    List<GeneratedProgram> sources = new ArrayList<>();
    List<IrProgram> programs = new ArrayList<>();
    for (int i = 0; i < PROGRAMS; i++) {
      GeneratedProgram p = generator.next();
      CompileResult r = p.compile();
      assertThat(r.ok())
          .as("generated program %s compiles:\n%s", p.fileName(), r.render())
          .isTrue();
      sources.add(p);
      programs.add(r.program());
    }
    List<PipelineCompiler.Compiled> compiled = new PipelineCompiler().compileAll(programs);

    List<String> failures = new ArrayList<>();
    int packets = 0;
    for (int i = 0; i < PROGRAMS; i++) {
      IrProgram ir = programs.get(i);
      GeneratedProgram p = sources.get(i);
      List<InputFrame> frames = new ArrayList<>();
      PacketGenerator packetGenerator = PacketGenerator.forProgram(ir, p.seed());
      for (GeneratedFrame f : packetGenerator.systematic()) {
        frames.add(f.toInputFrame());
      }
      for (GeneratedFrame f : packetGenerator.generate(150)) {
        frames.add(f.toInputFrame());
      }
      Differential.Report report =
          Differential.compareFrom(
              compiled.get(i), p.source(), p.entries(ir, p.seed(), 8), frames, null);
      packets += report.packets();
      if (!report.mismatches().isEmpty()) {
        failures.add(p.fileName() + ": " + report.describe());
      }
    }
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    assertThat(packets).isGreaterThan(PROGRAMS * 150);
  }
}
