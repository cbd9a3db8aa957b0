package dev.oasis.cli;

import dev.oasis.compiler.print.IrPrinter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code oasis ir FILE}: prints the checked program's IR back as Oasis source. */
@Command(
    name = "ir",
    mixinStandardHelpOptions = true,
    description =
        "Print the program as the compiler sees it after its passes (resolution, type "
            + "checking, constant folding, dead-code removal), as Oasis source that compiles to"
            + " the same IR.")
final class IrCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .oasis program.")
  Path file;

  @Override
  public Integer call() {
    var compiled = Programs.compileOrReport(file, System.err);
    if (compiled == null) {
      return ExitCodes.INPUT_ERROR;
    }
    System.out.print(IrPrinter.print(compiled));
    return ExitCodes.OK;
  }
}
