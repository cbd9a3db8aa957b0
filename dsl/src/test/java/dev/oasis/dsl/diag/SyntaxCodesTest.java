package dev.oasis.dsl.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front end's catalog follows the catalog rules, and the documentation generated from it. */
class SyntaxCodesTest {

  @Test
  void everyEntryHasAUniqueCodeInTheFrontEndRange() {
    Set<String> codes = new HashSet<>();
    for (SyntaxCodes entry : SyntaxCodes.values()) {
      assertThat(entry.code()).as(entry.name()).matches("OAS0[01]\\d\\d");
      assertThat(codes.add(entry.code())).as("%s reuses %s", entry, entry.code()).isTrue();
    }
  }

  @Test
  void everyEntryIsExplained() {
    for (SyntaxCodes entry : SyntaxCodes.values()) {
      assertThat(entry.explanation()).as(entry.name()).isNotBlank();
      assertThat(entry.explanation()).as(entry.name()).endsWith(".");
    }
  }

  @Test
  void templatesAreLowercaseWithoutAFinalPeriod() {
    for (SyntaxCodes entry : SyntaxCodes.values()) {
      String template = entry.template();
      String firstWord = template.split("[ ,:]")[0];
      // A sentence starts with a capital and a lowercase rest; acronyms such as IPv4 may lead.
      assertThat(firstWord).as(entry.name()).doesNotMatch("[A-Z][a-z]*");
      assertThat(template).as(entry.name()).doesNotEndWith(".").isEqualTo(template.strip());
    }
  }

  @Test
  void templatesFormatWithTheirArguments() {
    assertThat(SyntaxCodes.NOT_UTF8.format("a.oasis", 0xe9, 6))
        .isEqualTo("'a.oasis' is not valid UTF-8: invalid byte 0xe9 at byte offset 6");
    assertThat(SyntaxCodes.EXPECTED_TOKEN.format("';' after the field declaration", "'bit'"))
        .isEqualTo("expected ';' after the field declaration, found 'bit'");
  }

  @Test
  void documentationListsEveryCodeWithPlaceholders() {
    String md = CatalogDoc.render(SyntaxCodes.values());

    assertThat(md).startsWith("# Oasis diagnostics\n");
    assertThat(md).contains("\n## Input and imports (OAS00xx)\n", "\n## Syntax (OAS01xx)\n");
    for (SyntaxCodes entry : SyntaxCodes.values()) {
      assertThat(md).contains("\n### " + entry.code() + "\n\n");
      assertThat(md).contains(entry.explanation());
    }
    assertThat(md).contains("`expected ‹…›, found ‹…›`");
    assertThat(md).contains("`'‹…›' is not valid UTF-8: invalid byte 0x‹…› at byte offset ‹…›`");
    assertThat(md).doesNotContain("%s", "%d");
    assertThat(md.indexOf("### OAS0001")).isLessThan(md.indexOf("### OAS0101"));
  }

  /** A second catalog, standing in for the compiler's. */
  private enum OtherCodes implements DiagnosticCode {
    NAME("OAS0201", "unknown name '%s'"),
    CLASH("OAS0102", "clash");

    private final String code;
    private final String template;

    OtherCodes(String code, String template) {
      this.code = code;
      this.template = template;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String template() {
      return template;
    }

    @Override
    public String explanation() {
      return "Explained.";
    }
  }

  @Test
  void documentationMergesCatalogsInCodeOrder() {
    String md = CatalogDoc.render(new DiagnosticCode[] {OtherCodes.NAME}, SyntaxCodes.values());

    assertThat(md).contains("\n## Names (OAS02xx)\n\n### OAS0201\n\n`unknown name '‹…›'`\n");
    assertThat(md.indexOf("### OAS0201")).isGreaterThan(md.indexOf("### OAS0115"));
  }

  @Test
  void documentationRejectsADuplicateCode() {
    assertThatThrownBy(
            () -> CatalogDoc.render(SyntaxCodes.values(), new DiagnosticCode[] {OtherCodes.CLASH}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code OAS0102 is used by both EXPECTED_TOKEN and CLASH");
  }

  @Test
  void writeCreatesTheFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("docs/errors.md");
    CatalogDoc.write(out, SyntaxCodes.values());
    assertThat(Files.readString(out)).isEqualTo(CatalogDoc.render(SyntaxCodes.values()));
  }

  @Test
  void mainTakesCatalogClassNames(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("errors.md");
    CatalogDoc.main(new String[] {out.toString(), SyntaxCodes.class.getName()});
    assertThat(Files.readString(out)).contains("### OAS0115");
  }
}
