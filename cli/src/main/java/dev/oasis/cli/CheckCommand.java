package dev.oasis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code oasis check FILE}: reports every error in a program. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check a program and report every error, with its code and the source line. Exit "
            + "status 0 when the program is correct, 1 when it has errors.")
final class CheckCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .oasis program.")
  Path file;

  @Override
  public Integer call() {
    var compiled = Programs.compileOrReport(file, System.err);
    if (compiled == null) {
      return ExitCodes.INPUT_ERROR;
    }
    System.out.println(file + ": ok");
    return ExitCodes.OK;
  }
}
