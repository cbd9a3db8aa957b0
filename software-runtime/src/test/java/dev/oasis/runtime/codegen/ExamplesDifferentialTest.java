package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.Captures;
import dev.oasis.runtime.codegen.testing.Differential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example appliance, its entries and its capture: the compiled pipeline and the interpreter
 * agree.
 */
class ExamplesDifferentialTest {

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
    IrProgram ir = Differential.program(program);
    Path entries = example.resolve("entries.json");
    String json = Files.exists(entries) ? Files.readString(entries) : null;
    List<InputFrame> frames = new ArrayList<>();
    for (CapturedFrame f : Captures.readAll(example.resolve("in.pcapng"))) {
      frames.add(new InputFrame(f.port(), f.timestampNanos(), f.data()));
    }
    PipelineCompiler.Compiled compiled = new PipelineCompiler().compile(ir);

    Differential.Report report =
        Differential.compare(compiled, program.toString(), json, frames, null);

    assertThat(report.packets()).isEqualTo(frames.size()).isPositive();
    assertThat(report.mismatches()).as(report.describe()).isEmpty();
  }

  private static Path programIn(Path example) throws IOException {
    try (Stream<Path> s = Files.list(example)) {
      return s.filter(p -> p.toString().endsWith(".oasis")).findFirst().orElseThrow();
    }
  }
}
