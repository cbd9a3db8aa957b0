package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random programs compile without any diagnostic, and run on generated entries and frames. */
class ProgramGeneratorTest {

  @Test
  void threeHundredRandomProgramsCompileWithoutDiagnostics() {
    ProgramGenerator gen = new ProgramGenerator(20261203L, Subset.all());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      GeneratedProgram p = gen.next();
      CompileResult r = p.compile();
      if (!r.ok() || !r.diagnostics().all().isEmpty()) {
        failures.add(p.source() + "\n" + r.render());
      }
    }
    assertThat(failures).as(failures.isEmpty() ? "" : failures.get(0)).isEmpty();
  }

  @Test
  void expressionOnlyAndWideProgramsCompileToo() {
    for (Subset subset : List.of(Subset.expressionsOnly(), Subset.all().withMaxWidth(128))) {
      ProgramGenerator gen = new ProgramGenerator(99, subset);
      for (int i = 0; i < 50; i++) {
        GeneratedProgram p = gen.next();
        CompileResult r = p.compile();
        assertThat(r.ok() && r.diagnostics().all().isEmpty())
            .as(p.source() + "\n" + r.render())
            .isTrue();
      }
    }
  }

  @Test
  void aSubsetWithoutConstructsLeavesThemOut() {
    Subset subset =
        Subset.all()
            .without(
                Subset.Construct.STACKS,
                Subset.Construct.VARBYTES,
                Subset.Construct.REGISTERS,
                Subset.Construct.MAPS,
                Subset.Construct.CHECKSUMS,
                Subset.Construct.RANGE_TABLES);
    ProgramGenerator gen = new ProgramGenerator(3, subset);
    for (int i = 0; i < 40; i++) {
      GeneratedProgram p = gen.next();
      CompileResult r = p.compile();
      assertThat(r.ok() && r.diagnostics().all().isEmpty()).as(p.source() + r.render()).isTrue();
      IrProgram ir = r.program();
      assertThat(ir.headers()).noneMatch(h -> h.isStack() || h.type().hasVariableFields());
      assertThat(ir.registers()).isEmpty();
      assertThat(ir.maps()).isEmpty();
      assertThat(p.source()).doesNotContain("csum16", ": range");
    }
  }

  @Test
  void sameSeedSameProgram() {
    assertThat(ProgramGenerator.generate(5, Subset.all()).source())
        .isEqualTo(ProgramGenerator.generate(5, Subset.all()).source());
    assertThat(ProgramGenerator.generate(5, Subset.all()).source())
        .isNotEqualTo(ProgramGenerator.generate(6, Subset.all()).source());
  }

  @Test
  void programsRunOnRandomEntriesAndGeneratedFrames() {
    ProgramGenerator gen = new ProgramGenerator(7, Subset.all());
    int frames = 0;
    int forwarded = 0;
    int entries = 0;
    for (int i = 0; i < 40; i++) {
      GeneratedProgram p = gen.next();
      IrProgram program = p.compile().program();
      DataplaneState state = p.entries(program, i, 8);
      entries += state.writeLog().size();
      Interpreter interp = new Interpreter(program, state);
      for (GeneratedFrame f : PacketGenerator.forProgram(program, i).generate(100)) {
        PacketResult r = interp.process(f.bytes(), f.port(), f.timestampNanos());
        if (!f.expected().oversize() && f.expected().exact()) {
          assertThat(r.parseError()).as(p.source() + "\n" + f).isEqualTo(f.expected().errorCode());
        }
        frames++;
        forwarded += r.kind() == PacketResult.Kind.FORWARD ? 1 : 0;
      }
    }
    assertThat(frames).isEqualTo(4000);
    assertThat(entries).isGreaterThan(40);
    assertThat(forwarded).isGreaterThan(0);
  }
}
