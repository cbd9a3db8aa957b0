package dev.oasis.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.check.SemanticCodes;
import dev.oasis.dsl.diag.CatalogDoc;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.hw.lower.HardwareCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md is generated from the diagnostics catalogs ({@code ./oasis explain >
 * docs/errors.md}); this test fails when a catalog changed and the document was not regenerated.
 */
class ErrorsDocTest {

  @Test
  void errorsDocumentMatchesTheCatalogs() throws Exception {
    Path doc = Path.of("..", "docs", "errors.md");
    String expected =
        CatalogDoc.render(SyntaxCodes.values(), SemanticCodes.values(), HardwareCodes.values());
    assertThat(doc).exists();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/errors.md is stale: regenerate it with ./oasis explain > docs/errors.md")
        .isEqualTo(expected);
  }
}
