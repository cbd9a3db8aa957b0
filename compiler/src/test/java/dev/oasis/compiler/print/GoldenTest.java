package dev.oasis.compiler.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The IR of every example program ({@code examples/*}{@code /*.oasis}) and of the positive test
 * programs, printed as source, against a reviewed golden file {@code golden/NAME.ir.oasis}; and the
 * printed source compiles and prints identically (a fixed point).
 *
 * <p>Regenerate the golden files with {@code mvn test -pl compiler -Dtest=GoldenTest
 * -Doasis.updateGolden=true} (or the environment variable {@code OASIS_UPDATE_GOLDEN=true}) and
 * review the difference before committing it.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Path> programs() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of("../examples"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".oasis")).sorted().forEach(all::add);
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/positive"))) {
      files.filter(f -> f.toString().endsWith(".oasis")).sorted().forEach(all::add);
    }
    return all.stream();
  }

  private static boolean updating() {
    return Boolean.getBoolean("oasis.updateGolden")
        || "true".equalsIgnoreCase(System.getenv("OASIS_UPDATE_GOLDEN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void printedIrMatchesTheGoldenFileAndIsAFixedPoint(Path program) throws IOException {
    CompileResult result = new Compiler().compile(program);
    if (!result.ok()) {
      fail(program + " does not compile:\n" + result.render());
    }
    String printed = IrPrinter.print(result.program());

    String name = program.getFileName().toString();
    Path golden = GOLDEN.resolve(name.replace(".oasis", ".ir.oasis"));
    if (updating()) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, printed, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; regenerate with -Doasis.updateGolden=true").exists();
    assertThat(printed).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

    CompileResult again = new Compiler().compileSource(name, printed);
    if (!again.ok()) {
      fail("the printed IR of " + program + " does not compile:\n" + again.render());
    }
    assertThat(IrPrinter.print(again.program())).isEqualTo(printed);
  }
}
