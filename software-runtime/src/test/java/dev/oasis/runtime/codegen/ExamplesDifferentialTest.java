package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.Captures;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.codegen.testing.Packets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example appliance, its entries and its capture: the compiled pipeline and the interpreter
 * agree.
 */
class ExamplesDifferentialTest {

  private static final Map<String, PipelineCompiler.Compiled> COMPILED = new HashMap<>();

  /** Compiles every example in one javac run. */
  @BeforeAll
  static void compileAll() throws IOException {
    List<Path> dirs = examples().toList();
    List<IrProgram> programs = new ArrayList<>();
    for (Path d : dirs) {
      programs.add(Differential.program(programIn(d)));
    }
    List<PipelineCompiler.Compiled> compiled = new PipelineCompiler().compileAll(programs);
    for (int i = 0; i < dirs.size(); i++) {
      COMPILED.put(dirs.get(i).getFileName().toString(), compiled.get(i));
    }
  }

  static Stream<Path> examples() throws IOException {
    Path dir = Repository.examples();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isDirectory(p)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void captureRunsIdentically(Path example) throws IOException {
    Path program = programIn(example);
    IrProgram ir = COMPILED.get(example.getFileName().toString()).program();
    Path entries = example.resolve("entries.json");
    String json = Files.exists(entries) ? Files.readString(entries) : null;
    List<InputFrame> frames = new ArrayList<>();
    for (CapturedFrame f : Captures.readAll(example.resolve("in.pcapng"))) {
      frames.add(new InputFrame(f.port(), f.timestampNanos(), f.data()));
    }
    PipelineCompiler.Compiled compiled = COMPILED.get(example.getFileName().toString());

    Differential.Report report =
        Differential.compare(compiled, program.toString(), json, frames, null);

    assertThat(report.packets()).isEqualTo(frames.size()).isPositive();
    assertThat(report.mismatches()).as(report.describe()).isEmpty();

    // The capture's frames damaged every way, then random frames and the boundary sizes.
    List<byte[]> seeds = frames.stream().map(InputFrame::bytes).toList();
    Packets generated =
        new Packets(example.getFileName().toString().hashCode(), ir.config().ports())
            .seeds(seeds)
            .truncations(seeds)
            .mutations(seeds)
            .random(200, 120)
            .boundarySizes(seeds.get(0), ir.config().maxFrame());
    Differential.Report damaged =
        Differential.compare(compiled, program.toString(), json, generated.frames(), null);
    assertThat(damaged.mismatches()).as(damaged.describe()).isEmpty();
    assertThat(damaged.packets()).isGreaterThan(1000);
  }

  private static Path programIn(Path example) throws IOException {
    try (Stream<Path> s = Files.list(example)) {
      return s.filter(p -> p.toString().endsWith(".oasis")).findFirst().orElseThrow();
    }
  }
}
