package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oasis hw}: files for a program of the hardware subset, diagnostics for the rest. */
class HwCommandTest {

  @TempDir Path dir;

  @Test
  void writesVerilogRegisterMapAndReadme() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("patch.oasis"),
            "import std.ethernet;\nconfig { ports = 2; }\nheaders { Ethernet eth; }\n"
                + "parser { state start { extract(eth); transition accept; } }\n"
                + "control { forward(packet.ingress_port ^ 1); }\n");
    Path out = dir.resolve("rtl");
    Cli.Result r = Cli.run("hw", p.toString(), "-o", out.toString(), "--data-width", "32");
    r.assertExit(0);
    assertThat(out.resolve("oasis_patch.v")).exists();
    assertThat(out.resolve("oasis_patch_regs.v")).exists();
    assertThat(out.resolve("regmap.json")).exists();
    assertThat(out.resolve("regmap.h")).exists();
    assertThat(Files.readString(out.resolve("regmap.md"))).contains("| 0x0000 | magic |");
    assertThat(Files.readString(out.resolve("README.txt"))).contains("Top module: oasis_patch");
  }

  @Test
  void unsupportedConstructsAreDiagnosticsWithExitStatusOne() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("mc.oasis"),
            "import std.ethernet;\nconfig { ports = 4; }\nheaders { Ethernet eth; }\n"
                + "parser { state start { extract(eth); transition accept; } }\n"
                + "control { broadcast(); }\n");
    Cli.Result r = Cli.run("hw", p.toString(), "-o", dir.resolve("out").toString());
    r.assertExit(1);
    assertThat(r.err())
        .contains("mc.oasis:5:11: error[OAS0801]: not yet supported in hardware: broadcast");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aBadDataWidthIsReported() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("patch.oasis"),
            "import std.ethernet;\nheaders { Ethernet eth; }\n"
                + "parser { state start { extract(eth); transition accept; } }\n"
                + "control { reply(); }\n");
    Cli.Result r =
        Cli.run("hw", p.toString(), "-o", dir.resolve("o").toString(), "--data-width", "12");
    r.assertExit(1);
    assertThat(r.err()).contains("OAS0803").contains("--data-width 12");
  }
}
