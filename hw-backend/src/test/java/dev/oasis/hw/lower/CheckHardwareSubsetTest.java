package dev.oasis.hw.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.dsl.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructs outside the hardware subset are diagnostics with a code and a span, never a crash. */
class CheckHardwareSubsetTest {

  private static List<Diagnostic> lower(String source, int dataWidth) {
    CompileResult r = new Compiler().compileSource("t.oasis", source);
    assertThat(r.ok()).as(r.render()).isTrue();
    LoweringResult result = HardwareLowering.lower(r.program(), new HwOptions(dataWidth));
    assertThat(result.ok()).isFalse();
    assertThat(result.top()).isNull();
    return result.diagnostics();
  }

  private static List<String> messages(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code().code() + " " + d.message()).toList();
  }

  @Test
  void everyUnsupportedConstructIsNamedWithItsSpan() {
    String source =
        """
        import std.ethernet;
        import std.ipv4;
        config { ports = 4; }
        headers { Ethernet eth; Ipv4 ip; Ethernet inner[2]; }
        register<bit<32>> r[100];
        map<bit<32>, bit<16>> m { sets = 4; ways = 2; }
        action to(bit<16> p) { forward(p); }
        table routes { key { ip.dst: lpm; } actions { to; } size = 8; }
        table big { key { eth.dst: exact; } actions { to; } }
        parser {
            state start {
                extract(eth);
                transition select (eth.ethertype) { 0x0800: v4; default: accept; }
            }
            state v4 { extract(ip); transition accept; }
        }
        control {
            routes.apply();
            if (eth.isValid() && big.apply().hit) { drop(); }
            r.write(0, 1);
            ip.hdr_checksum = csum16(ip, payload);
            multicast(4w5);
        }
        """;
    List<Diagnostic> ds = lower(source, 64);
    assertThat(messages(ds))
        .contains(
            "OAS0801 not yet supported in hardware: header stacks ('inner')",
            "OAS0801 not yet supported in hardware: variable-length fields ('Ipv4.options')",
            "OAS0801 not yet supported in hardware: maps ('m')",
            "OAS0801 not yet supported in hardware: a table apply behind &&, || or ?: (apply it"
                + " before the condition)",
            "OAS0801 not yet supported in hardware: checksums over header stacks, byte strings or"
                + " the payload",
            "OAS0801 not yet supported in hardware: broadcast and multicast (a frame sent to"
                + " several ports)",
            "OAS0802 register 'r' of 100 cells exceeds a hardware limit: at most 64 cells per"
                + " register array",
            "OAS0802 table 'big' of size 1024 exceeds a hardware limit: at most 64 entries per"
                + " table (declare 'size = N;')");
    for (Diagnostic d : ds) {
      assertThat(d.span().line()).as(d.message()).isPositive();
    }
  }

  @Test
  void aDataWidthThatIsNotAPowerOfTwoIsAnOptionError() {
    List<Diagnostic> ds = lower(LoweringLintTest.PORT_PATCH, 24);
    assertThat(messages(ds))
        .containsExactly(
            "OAS0803 invalid hardware option --data-width 24, expected a power of two from 8 to"
                + " 512");
  }

  @Test
  void theCatalogCodesAreStable() {
    assertThat(HardwareCodes.UNSUPPORTED_CONSTRUCT.code()).isEqualTo("OAS0801");
    assertThat(HardwareCodes.RESOURCE_LIMIT.code()).isEqualTo("OAS0802");
    assertThat(HardwareCodes.BAD_OPTION.code()).isEqualTo("OAS0803");
  }
}
