package dev.oasis.hw.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Program names become legal Verilog identifiers. */
class NamesTest {

  @Test
  void programNamesAreSanitized() {
    assertThat(Names.sanitize("ipv4.ttl")).isEqualTo("ipv4_ttl");
    assertThat(Names.sanitize("fwd-table")).isEqualTo("fwd_table");
    assertThat(Names.sanitize("Meta.Flow..Src")).isEqualTo("meta_flow_src");
    assertThat(Names.sanitize("reg")).isEqualTo("reg_");
    assertThat(Names.sanitize("logic")).as("a SystemVerilog keyword").isEqualTo("logic_");
    assertThat(Names.sanitize("8021q")).isEqualTo("_8021q");
    assertThat(Names.sanitize("")).isEqualTo("_");
  }

  @Test
  void whyNotNamesTheProblem() {
    assertThat(Names.whyNot("ok_name1")).isNull();
    assertThat(Names.whyNot("wire")).isEqualTo("is a Verilog keyword");
    assertThat(Names.whyNot("a.b"))
        .isEqualTo(
            "is not an identifier, expected a letter or '_' followed by letters, digits or '_'");
    assertThat(Names.whyNot("")).isEqualTo("is empty");
  }
}
