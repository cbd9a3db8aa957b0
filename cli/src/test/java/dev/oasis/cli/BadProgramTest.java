package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that cannot be compiled: exit status 1, every error reported as {@code file:line:col:
 * error[OASnnnn]: message} with the source line, and no stack trace.
 */
class BadProgramTest {
  @TempDir Path tmp;

  private Path write(String name, String text) throws Exception {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String error(Path file, int line, int column) {
    return file + ":" + line + ":" + column + ": error[OAS";
  }

  @Test
  void syntaxError() throws Exception {
    Path p =
        write(
            "p.oasis", TestPrograms.PATCH.replace("config { ports = 2; }", "config { ports = 2 }"));

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err())
        .contains(error(p, 3, 19))
        .contains("expected ';'")
        .contains("    3 | config { ports = 2 }")
        .contains("1 error");
  }

  @Test
  void typeError() throws Exception {
    Path p =
        write(
            "p.oasis",
            TestPrograms.PATCH.replace(
                "if (packet.ingress_port == 0) {",
                "bit<8> small = eth.dst;\n    if (packet.ingress_port == 0) {"));

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err())
        .contains(error(p, 15, 20))
        .contains("expected bit<8>, found bit<48>")
        .contains("bit<8> small = eth.dst;");
  }

  @Test
  void everyErrorIsReported() throws Exception {
    Path p =
        write(
            "p.oasis",
            TestPrograms.PATCH
                .replace("forward(1);", "forward(one);")
                .replace("forward(0);", "forward(zero);\n        undefined_call();"));

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err())
        .contains(error(p, 16, 17))
        .contains("'one'")
        .contains(error(p, 18, 17))
        .contains("'zero'")
        .contains(error(p, 19, 9))
        .contains("'undefined_call'")
        .contains("3 errors");
    assertThat(r.err().lines().filter(l -> l.contains(": error[OAS"))).hasSize(3);
  }

  @Test
  void unknownStandardModule() throws Exception {
    Path p = write("p.oasis", TestPrograms.PATCH.replace("std.ethernet", "std.ethernett"));

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err())
        .contains(error(p, 1, 1))
        .contains("unknown standard module 'std.ethernett'")
        .contains("std.ethernet");
  }

  @Test
  void missingImportedFile() throws Exception {
    Path p = write("p.oasis", "import \"lib/tunnels.oasis\";\n" + TestPrograms.PATCH);

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err())
        .contains(error(p, 1, 1))
        .contains("cannot read imported file '")
        .contains("lib/tunnels.oasis': no such file");
  }

  @Test
  void importedFileWithAnErrorIsNamed() throws Exception {
    Path lib = write("lib/consts.oasis", "const bit<8> TEN = 10\n");
    Path p = write("p.oasis", "import \"lib/consts.oasis\";\n" + TestPrograms.PATCH);

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err()).contains("consts.oasis:1:").contains("error[OAS");
    assertThat(Files.exists(lib)).isTrue();
  }

  @Test
  void aDirectoryIsNotAProgram() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("prog.oasis"));

    Cli.Result r = Cli.run("check", dir.toString()).assertExit(1);

    assertThat(r.err()).contains(dir.toString()).contains("not a regular file");
  }

  @Test
  void aBinaryFileIsNotAProgram() throws Exception {
    Path p = tmp.resolve("p.oasis");
    Files.write(p, new byte[] {'i', 'm', 'p', (byte) 0xc3, (byte) 0x28, 0, 1, 2, (byte) 0xff});

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err()).contains(p.toString()).contains("not valid UTF-8").contains("offset 3");
  }

  @Test
  void anEmptyFileIsReported() throws Exception {
    Path p = write("p.oasis", "");

    Cli.Result r = Cli.run("check", p.toString()).assertExit(1);

    assertThat(r.err()).contains(p.toString()).contains("error[OAS");
  }

  @Test
  void runWithABadProgramWritesNothing() throws Exception {
    Path p = write("p.oasis", TestPrograms.PATCH.replace("forward(1);", "forward(one);"));
    Path out = tmp.resolve("out.pcapng");

    Cli.Result r =
        Cli.run(
                "run",
                p.toString(),
                "--in",
                Examples.SWITCH.capture().toString(),
                "--out",
                out.toString())
            .assertExit(1);

    assertThat(r.err()).contains(error(p, 16, 17));
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }
}
