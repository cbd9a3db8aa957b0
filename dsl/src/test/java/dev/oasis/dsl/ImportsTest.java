package dev.oasis.dsl;

import static dev.oasis.dsl.DiagnosticMarkers.check;
import static dev.oasis.dsl.DiagnosticMarkers.checkFiles;
import static dev.oasis.dsl.DiagnosticMarkers.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a program with its imports: order, sharing, cycles and every way an import fails. */
class ImportsTest {
  @TempDir Path dir;

  private static List<String> paths(LoadedProgram loaded) {
    return loaded.modules().stream().map(p -> p.file().path()).toList();
  }

  @Test
  void standardModulesLoadAsStdPathsBeforeTheMain() {
    LoadedProgram loaded =
        check(
            """
            import std.ethernet;
            import std.ipv4;
            """);
    assertThat(paths(loaded)).containsExactly("std/ethernet.oasis", "std/ipv4.oasis", "test.oasis");
    assertThat(loaded.modules().get(2)).isSameAs(loaded.main());
    Decl first = loaded.modules().get(0).declarations().get(0);
    assertThat(first).isInstanceOf(Decl.Typedef.class);
    assertThat(((Decl.Typedef) first).name().text()).isEqualTo("MacAddress");
  }

  @Test
  void fileImportsAreRelativeToTheImportingFileAndComeFirst() throws IOException {
    LoadedProgram loaded =
        checkFiles(
            dir,
            "main.oasis",
            files(
                "main.oasis", "import \"lib/a.oasis\";\nconst bit<8> M = A;\n",
                "lib/a.oasis", "import \"b.oasis\";\nconst bit<8> A = B;\n",
                "lib/b.oasis", "const bit<8> B = 1;\n"));
    assertThat(paths(loaded))
        .containsExactly(
            dir.resolve("lib/b.oasis").toString(),
            dir.resolve("lib/a.oasis").toString(),
            dir.resolve("main.oasis").toString());
  }

  @Test
  void diamondImportsParseEachFileOnce() throws IOException {
    LoadedProgram loaded =
        checkFiles(
            dir,
            "main.oasis",
            files(
                "main.oasis", "import \"left.oasis\";\nimport \"right.oasis\";\n",
                "left.oasis", "import \"base.oasis\";\nimport std.udp;\n",
                "right.oasis", "import \"./base.oasis\";\nimport std.udp;\n",
                "base.oasis", "const bit<8> BASE = 1;\n"));
    assertThat(paths(loaded))
        .containsExactly(
            dir.resolve("base.oasis").toString(),
            "std/udp.oasis",
            dir.resolve("left.oasis").toString(),
            dir.resolve("right.oasis").toString(),
            dir.resolve("main.oasis").toString());
  }

  @Test
  void importCycleIsReportedWithTheChain() throws IOException {
    String a = dir.resolve("a.oasis").toString();
    String b = dir.resolve("b.oasis").toString();
    LoadedProgram loaded =
        checkFiles(
            dir,
            "a.oasis",
            files(
                "a.oasis",
                "import \"b.oasis\";\n",
                "b.oasis",
                "// error[OAS0006]: import cycle: "
                    + a
                    + " -> "
                    + b
                    + " -> "
                    + a
                    + "\nimport \"a.oasis\";\n"));
    assertThat(paths(loaded)).containsExactly(b, a);
  }

  @Test
  void selfImportIsACycle() throws IOException {
    String self = dir.resolve("self.oasis").toString();
    checkFiles(
        dir,
        "self.oasis",
        files(
            "self.oasis",
            "// error[OAS0006]: import cycle: "
                + self
                + " -> "
                + self
                + "\nimport \"self.oasis\";\n"));
  }

  @Test
  void cycleMessageUsesThePathsAsWrittenRelativeToTheMainFile() {
    LoadedProgram loaded = Frontend.load(Path.of("src/test/resources/cycle/a.oasis"));
    List<Diagnostic> all = loaded.diagnostics().all();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).message())
        .isEqualTo(
            "import cycle: src/test/resources/cycle/a.oasis -> src/test/resources/cycle/sub/b.oasis"
                + " -> src/test/resources/cycle/a.oasis");
    assertThat(all.get(0).span().file().path()).isEqualTo("src/test/resources/cycle/sub/b.oasis");
  }

  @Test
  void missingImportedFile() throws IOException {
    checkFiles(
        dir,
        "main.oasis",
        files(
            "main.oasis",
            "// error[OAS0005]: cannot read imported file '"
                + dir.resolve("x.oasis")
                + "': no such file\nimport \"x.oasis\";\n"));
  }

  @Test
  void importedDirectory() throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    checkFiles(
        dir,
        "main.oasis",
        files(
            "main.oasis",
            "// error[OAS0005]: cannot read imported file '"
                + dir.resolve("lib")
                + "': it is a directory\nimport \"lib\";\n"));
  }

  @Test
  void unknownStandardModuleListsTheAvailableOnes() {
    check(
        """
        // error[OAS0003]: import of unknown standard module 'std.foo', expected one of std.arp, std.dns, std.ethernet, std.icmp, std.icmpv6, std.ipv4, std.ipv6, std.punt, std.tcp, std.udp, std.vlan, std.vxlan
        import std.foo;
        """);
  }

  @Test
  void unquotedImportOutsideTheStandardLibrary() {
    check(
        """
        // error[OAS0004]: import of unknown module 'foo.bar', expected a standard module 'std.<name>' or a quoted file path
        import foo.bar;
        """);
  }

  @Test
  void duplicateImportIsAWarning() {
    LoadedProgram loaded =
        check(
            """
            import std.udp;
            // warning[OAS0007]: 'std.udp' is already imported on line 1
            import std.udp;
            """);
    assertThat(loaded.hasErrors()).isFalse();
    assertThat(paths(loaded)).containsExactly("std/udp.oasis", "test.oasis");
  }

  @Test
  void syntaxErrorsInAnImportedFileAreReportedInThatFile() throws IOException {
    LoadedProgram loaded =
        checkFiles(
            dir,
            "main.oasis",
            files(
                "main.oasis",
                "import \"lib.oasis\";\nconst bit<8> M = 1;\n",
                "lib.oasis",
                "// error[OAS0102]: expected ';' after the constant declaration, found"
                    + " end of file\nconst bit<8> L = 1"));
    assertThat(loaded.modules()).hasSize(2);
  }

  @Test
  void missingMainFile() {
    LoadedProgram loaded = Frontend.load(dir.resolve("nothing.oasis"));
    List<Diagnostic> all = loaded.diagnostics().all();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).code()).isEqualTo(SyntaxCodes.CANNOT_READ_FILE);
    assertThat(all.get(0).message())
        .isEqualTo("cannot read source file '" + dir.resolve("nothing.oasis") + "': no such file");
    assertThat(loaded.main().declarations()).isEmpty();
  }

  @Test
  void fileThatIsNotUtf8NamesTheByteOffset() throws IOException {
    Path file = dir.resolve("latin1.oasis");
    // "// caf\xe9\n": Latin-1 e-acute at byte offset 6, which is no UTF-8 sequence.
    Files.write(file, new byte[] {'/', '/', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n'});
    LoadedProgram loaded = Frontend.load(file);
    List<Diagnostic> all = loaded.diagnostics().all();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).code()).isEqualTo(SyntaxCodes.NOT_UTF8);
    assertThat(all.get(0).message())
        .isEqualTo("'" + file + "' is not valid UTF-8: invalid byte 0xe9 at byte offset 6");
    assertThat(all.get(0).span().line()).isEqualTo(1);
    assertThat(all.get(0).span().column()).isEqualTo(7);
  }

  @Test
  void truncatedUtf8SequenceAtTheEnd() throws IOException {
    Path file = dir.resolve("cut.oasis");
    // The first two bytes of the three-byte sequence for U+20AC (e2 82 ac).
    Files.write(file, new byte[] {'/', '/', (byte) 0xe2, (byte) 0x82});
    LoadedProgram loaded = Frontend.load(file);
    assertThat(loaded.diagnostics().all())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("'" + file + "' is not valid UTF-8: invalid byte 0xe2 at byte offset 2");
  }

  @Test
  void byteOrderMarkIsIgnored() throws IOException {
    Path file = dir.resolve("bom.oasis");
    byte[] text = "const bit<8> A = 1;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Files.write(file, bytes);
    LoadedProgram loaded = Frontend.load(file);
    assertThat(loaded.diagnostics().all()).isEmpty();
    Program program = loaded.main();
    assertThat(program.declarations().get(0).span().start()).isZero();
  }
}
