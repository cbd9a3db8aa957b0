package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Examples.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit statuses and messages of the command line itself (DESIGN.md: 0 ok, 1 input, 2 usage). */
class CommandLineTest {
  @TempDir Path tmp;

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run().assertExit(2);

    assertThat(r.err()).contains("missing command").contains("Usage: oasis");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Cli.Result r = Cli.run("frobnicate", "x.oasis").assertExit(2);

    assertThat(r.err()).contains("frobnicate").contains("oasis --help");
  }

  @Test
  void unknownTopLevelOptionIsAUsageError() {
    Cli.Result r = Cli.run("--frobnicate").assertExit(2);

    assertThat(r.err()).contains("--frobnicate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "check x.oasis",
        "ir x.oasis",
        "run x.oasis --in a.pcapng --out b.pcapng",
        "test s.stf x.oasis"
      })
  void unknownOptionOfACommandIsAUsageError(String commandLine) {
    String command = commandLine.split(" ")[0];
    List<String> args = new ArrayList<>(List.of(commandLine.split(" ")));
    args.add(1, "--frobnicate");

    Cli.Result r = Cli.run(args.toArray(String[]::new)).assertExit(2);

    assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("oasis " + command);
  }

  @Test
  void missingRequiredOptionsAndArgumentsAreUsageErrors() {
    Path program = Examples.ROUTER.program();

    assertThat(Cli.run("run", program.toString()).assertExit(2).err()).contains("--in", "--out");
    assertThat(Cli.run("check").assertExit(2).err()).contains("FILE");
    assertThat(Cli.run("test", "scenario.stf").assertExit(2).err()).contains("PROGRAM.oasis");
  }

  @Test
  void helpOfTheToolListsEveryCommand() {
    Cli.Result r = Cli.run("--help").assertExit(0);

    assertThat(r.out()).contains("Usage: oasis");
    for (String command : OasisCommand.commandLine().getSubcommands().keySet()) {
      assertThat(r.out()).contains(command);
    }
    assertThat(OasisCommand.commandLine().getSubcommands().keySet())
        .containsAll(Set.of("check", "ir", "run", "test", "help"));
  }

  static Set<String> commands() {
    return OasisCommand.commandLine().getSubcommands().keySet();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpOfEveryCommandPrintsItsUsage(String command) {
    Cli.Result r = Cli.run(command, "--help").assertExit(0);

    assertThat(r.out()).contains("Usage: oasis " + command);
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpCommandPrintsTheUsageOfEveryCommand(String command) {
    Cli.Result r = Cli.run("help", command).assertExit(0);

    assertThat(r.out()).contains("Usage: oasis " + command);
  }

  @Test
  void versionIsPrinted() {
    assertThat(Cli.run("--version").assertExit(0).out()).startsWith("oasis ");
  }

  static List<Example> examples() {
    return Examples.all().toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void checkOfACorrectProgramSucceeds(Example example) {
    Cli.Result r = Cli.run("check", example.program().toString()).assertExit(0);

    assertThat(r.out()).contains(example.program().toString()).contains("ok");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void irPrintsSourceThatChecksAgain(Example example) throws Exception {
    Cli.Result r = Cli.run("ir", example.program().toString()).assertExit(0);
    Path printed = Files.writeString(tmp.resolve(example.name() + "-ir.oasis"), r.out());

    Cli.Result again = Cli.run("check", printed.toString()).assertExit(0);

    assertThat(again.err()).isEmpty();
    // The IR of the printed program is the same, but for the name (from the file name).
    assertThat(withoutFirstLine(Cli.run("ir", printed.toString()).assertExit(0).out()))
        .as("the IR of the printed program")
        .isEqualTo(withoutFirstLine(r.out()));
  }

  private static String withoutFirstLine(String text) {
    assertThat(text).startsWith("// Program '");
    return text.substring(text.indexOf('\n') + 1);
  }

  @Test
  void checkOfAProgramWithAnErrorPrintsTheDiagnostic() throws Exception {
    Path program =
        Files.writeString(
            tmp.resolve("typo.oasis"), TestPrograms.PATCH.replace("forward(1);", "forward(one);"));

    Cli.Result r = Cli.run("check", program.toString()).assertExit(1);

    List<String> lines = r.err().lines().toList();
    int headline = 0;
    while (!lines.get(headline).contains("error[")) {
      headline++;
    }
    assertThat(lines.get(headline))
        .matches("^.*typo\\.oasis:16:17: error\\[OAS\\d{4}\\]: .*'one'.*$");
    assertThat(lines.get(headline + 1)).matches("^\\s*16 \\| +forward\\(one\\);$");
    assertThat(lines.get(headline + 2)).matches("^\\s*\\| {17}\\^{3}$");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "ir"})
  void missingProgramIsNamed(String command) {
    Path missing = tmp.resolve("nowhere.oasis");

    Cli.Result r = Cli.run(command, missing.toString()).assertExit(1);

    assertThat(r.err()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void missingProgramIsNamedByRunAndTest() {
    Path missing = tmp.resolve("nowhere.oasis");
    Example router = Examples.ROUTER;

    assertThat(
            Cli.run(router.runArgs(router.capture(), tmp.resolve("o.pcapng"))).assertExit(0).out())
        .isNotEmpty();
    String[] run = router.runArgs(router.capture(), tmp.resolve("o.pcapng"));
    run[1] = missing.toString();
    assertThat(Cli.run(run).assertExit(1).err()).contains(missing.toString(), "no such file");
    assertThat(
            Cli.run("test", router.scenario().toString(), missing.toString()).assertExit(1).err())
        .contains(missing.toString(), "no such file");
  }
}
