package dev.oasis.cli.scenario;

import dev.oasis.cli.ExitCodes;
import dev.oasis.cli.Programs;
import dev.oasis.cli.UserError;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oasis test SCENARIO.stf PROGRAM.oasis [--entries E.json]}: runs a scenario in the
 * reference interpreter with the standard slow path, prints every mismatch and {@code N passed, M
 * failed}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description =
        "Run a scenario (lines packet, expect, add, setdefault) on a program in the reference"
            + " interpreter, with the standard slow path and the entries file. Prints every frame"
            + " that differs from its expect line, then 'N passed, M failed': the packets whose"
            + " expectations held, and did not. Exit status 0 when all pass, 1 otherwise. The"
            + " format: examples/README.md")
public final class TestCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO.stf", description = "The scenario.")
  Path scenarioFile;

  @Parameters(index = "1", paramLabel = "PROGRAM.oasis", description = "The program.")
  Path programFile;

  @Option(
      names = "--entries",
      paramLabel = "E.json",
      description = "Table entries, initial state and the slow path's interfaces.")
  Path entriesFile;

  @Override
  public Integer call() {
    IrProgram program = Programs.compileOrReport(programFile, System.err);
    if (program == null) {
      return ExitCodes.INPUT_ERROR;
    }
    ControlPlaneSchema schema;
    try {
      schema = ControlPlaneSchema.of(program);
    } catch (SchemaException e) {
      return failed(e.problems());
    }
    try {
      Entries entries = entriesFile == null ? null : loadEntries(schema);
      Scenario scenario = new ScenarioParser(schema).parse(scenarioFile);
      ScenarioReport report = new ScenarioRunner(program).run(scenario, entries);
      System.out.print(report.render());
      return report.ok() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
    } catch (EntriesException e) {
      return failed(e.errors());
    } catch (ScenarioException e) {
      return failed(e.problems());
    }
  }

  private Entries loadEntries(ControlPlaneSchema schema) throws EntriesException {
    if (!Files.isRegularFile(entriesFile)) {
      throw new UserError(
          entriesFile
              + ": "
              + (Files.exists(entriesFile) ? "is not a regular file" : "no such file")
              + "; expected the entries file");
    }
    return new EntriesLoader(schema).load(entriesFile);
  }

  private static int failed(List<String> problems) {
    problems.forEach(System.err::println);
    return ExitCodes.INPUT_ERROR;
  }
}
