package dev.oasis.hw.regmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.print.IrPrinter;
import dev.oasis.hw.testing.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register map's three forms, read back by tools that did not write them. */
class RegisterMapWriterTest {

  static final String PROGRAM =
      """
      import std.ethernet;
      config { ports = 4; }
      headers { Ethernet eth; }
      counter rx[2];
      action to(bit<16> p, bit<48> mac) { eth.dst = mac; forward(p); }
      table fwd { key { eth.dst: exact; packet.ingress_port: exact; } actions { to; } size = 8; }
      parser { state start { extract(eth); transition accept; } }
      control { rx.count(0); fwd.apply(); }
      """;

  @TempDir Path dir;

  private static IrProgram program() {
    CompileResult r = new Compiler().compileSource("fwd.oasis", PROGRAM);
    assertThat(r.ok()).as(r.render()).isTrue();
    return r.program();
  }

  @Test
  void layoutFollowsTheTablesAndCounters() {
    RegisterMap map = RegisterMap.of(program());
    // key 48 + 16 = 64 bits: two words; parameters 16 + 48 = 64 bits: two words
    assertThat(map.registers().stream().map(r -> r.name()).toList())
        .startsWith(
            "fwd_index",
            "fwd_key_0",
            "fwd_key_1",
            "fwd_action",
            "fwd_param_0",
            "fwd_param_1",
            "fwd_valid",
            "fwd_commit",
            "fwd_default_commit",
            "rx_0_packets_lo",
            "rx_0_packets_hi",
            "rx_0_bytes_lo");
    assertThat(map.offset("fwd_index")).isEqualTo(0x10);
    assertThat(map.offset("rx_1_bytes_hi")).isEqualTo(0x10 + 4 * 9 + 4 * 7);
    assertThat(map.register("fwd_index").width()).isEqualTo(3);

    CRC32 crc = new CRC32();
    crc.update(IrPrinter.print(program()).getBytes(StandardCharsets.UTF_8));
    assertThat(map.programHash()).isEqualTo(crc.getValue());
  }

  @Test
  void jsonIsReadByPython() {
    RegisterMap map = RegisterMap.of(program());
    ExternalTool.write(dir, "map.json", RegisterMapWriter.json(map));
    ExternalTool.Result r =
        ExternalTool.run(
            dir,
            Duration.ofSeconds(30),
            List.of(
                "/usr/bin/python3",
                "-c",
                "import json; m = json.load(open('map.json')); r = {x['name']: x for x in"
                    + " m['registers']}; print(r['magic']['offset'], r['fwd_commit']['offset'],"
                    + " r['fwd_commit']['access'], len(m['registers']))"));
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output().trim()).isEqualTo("0x0000 0x002c wo-strobe " + (4 + 9 + 8));
  }

  @Test
  void cHeaderCompilesAndGivesTheOffsets() {
    RegisterMap map = RegisterMap.of(program());
    ExternalTool.write(dir, "regmap.h", RegisterMapWriter.cHeader(map));
    ExternalTool.write(
        dir,
        "probe.c",
        "#include <stdio.h>\n#include \"regmap.h\"\n#include \"regmap.h\"\n"
            + "int main(void) { printf(\"%x %x\\n\", OASIS_REG_FWD_COMMIT, OASIS_REG_RX_1_BYTES_HI);"
            + " return 0; }\n");
    ExternalTool.Result cc =
        ExternalTool.run(
            dir,
            Duration.ofSeconds(60),
            List.of("gcc", "-Wall", "-Werror", "-o", "probe", "probe.c"));
    assertThat(cc.exitCode()).as(cc.output()).isZero();
    ExternalTool.Result run =
        ExternalTool.run(dir, Duration.ofSeconds(10), List.of(dir.resolve("probe").toString()));
    assertThat(run.output().trim()).isEqualTo("2c 50");
  }

  @Test
  void markdownHasARowPerRegister() {
    String md = RegisterMapWriter.markdown(RegisterMap.of(program()));
    assertThat(md.lines().filter(l -> l.startsWith("| 0x")).count()).isEqualTo(4 + 9 + 8);
    assertThat(md).contains("| 0x0000 | magic | const | 32 |");
  }
}
