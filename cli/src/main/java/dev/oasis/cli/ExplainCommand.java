package dev.oasis.cli;

import dev.oasis.compiler.check.SemanticCodes;
import dev.oasis.dsl.diag.CatalogDoc;
import dev.oasis.dsl.diag.DiagnosticCode;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.hw.lower.HardwareCodes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code oasis explain [CODE]}: the explanation of one diagnostic code, or with no code the whole
 * catalog as Markdown (docs/errors.md is exactly this output).
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explain a diagnostic code such as OAS0301. Without a code, print every diagnostic as"
            + " Markdown (the text of docs/errors.md).")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "e.g. OAS0301")
  String code;

  /** Every catalog of the toolchain, in code order of their ranges. */
  static DiagnosticCode[][] catalogs() {
    return new DiagnosticCode[][] {
      SyntaxCodes.values(), SemanticCodes.values(), HardwareCodes.values()
    };
  }

  @Override
  public Integer call() {
    if (code == null) {
      System.out.print(CatalogDoc.render(catalogs()));
      return ExitCodes.OK;
    }
    String wanted = code.toUpperCase(Locale.ROOT);
    Optional<DiagnosticCode> entry =
        Arrays.stream(catalogs())
            .flatMap(Stream::of)
            .filter(c -> c.code().equals(wanted))
            .findFirst();
    if (entry.isEmpty()) {
      throw new UserError(
          "unknown diagnostic code '" + code + "'; codes look like OAS0301 (see docs/errors.md)");
    }
    DiagnosticCode c = entry.get();
    System.out.println(c.code() + ": " + c.template().replaceAll("%[0-9$.a-z]*[sd]", "…"));
    System.out.println();
    System.out.println(c.explanation());
    return ExitCodes.OK;
  }
}
