package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.codegen.testing.Packets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small programs that together use every construct of the language (see each file's first comment),
 * run on their seed frames, every truncation and byte mutation of them, random frames and boundary
 * sizes: the compiled pipeline and the interpreter give the same outcome for every packet and the
 * same final state.
 */
class CorpusDifferentialTest {
  private static final String DIR = "/dev/oasis/runtime/codegen/corpus/";
  private static final List<String> NAMES =
      List.of(
          "validity",
          "stacks",
          "parse_errors",
          "parser_extras",
          "tables",
          "externs",
          "decisions",
          "checksums",
          "ordering");

  private static final Map<String, PipelineCompiler.Compiled> COMPILED = new LinkedHashMap<>();

  @BeforeAll
  static void compileAll() throws IOException {
    List<IrProgram> programs = new ArrayList<>();
    for (String name : NAMES) {
      programs.add(Differential.program(name, text(name + ".oasis")));
    }
    List<PipelineCompiler.Compiled> compiled = new PipelineCompiler().compileAll(programs);
    for (int i = 0; i < NAMES.size(); i++) {
      COMPILED.put(NAMES.get(i), compiled.get(i));
    }
  }

  static Stream<String> names() {
    return NAMES.stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void generatedFramesRunIdentically(String name) throws IOException {
    PipelineCompiler.Compiled compiled = COMPILED.get(name);
    IrProgram program = compiled.program();
    List<byte[]> seeds = Packets.parseHex(text(name + ".frames"));
    Packets packets =
        new Packets(name.hashCode(), program.config().ports())
            .seeds(seeds)
            .truncations(seeds)
            .mutations(seeds)
            .random(300, 100)
            .boundarySizes(seeds.get(0), program.config().maxFrame())
            .seeds(seeds);

    Differential.Report report =
        Differential.compare(
            compiled, text(name + ".oasis"), optional(name + ".json"), packets.frames(), null);

    assertThat(report.mismatches()).as(report.describe()).isEmpty();
    assertThat(report.packets()).isGreaterThan(400);
  }

  static String text(String resource) throws IOException {
    String s = optional(resource);
    if (s == null) {
      throw new IOException("missing test resource " + resource);
    }
    return s;
  }

  static String optional(String resource) throws IOException {
    try (InputStream in = CorpusDifferentialTest.class.getResourceAsStream(DIR + resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
