package dev.oasis.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Frames written in hex with {@code *} nibble wildcards (examples/README.md). */
class HexPatternTest {

  @Test
  void digitsOfEitherCaseSpacesAndTabs() {
    HexPattern p = HexPattern.parse("0A bc\tDe", false);

    assertThat(p.length()).isEqualTo(3);
    assertThat(p.bytes()).containsExactly(0x0a, 0xbc, 0xde);
    assertThat(p.matches(new byte[] {0x0a, (byte) 0xbc, (byte) 0xde})).isTrue();
    assertThat(p.hasWildcards()).isFalse();
  }

  @Test
  void aWildcardCoversOneNibble() {
    HexPattern p = HexPattern.parse("4* *5", true);

    assertThat(p.matches(new byte[] {0x40, 0x05})).isTrue();
    assertThat(p.matches(new byte[] {0x4f, (byte) 0xf5})).isTrue();
    assertThat(p.matches(new byte[] {0x50, 0x05})).isFalse();
    assertThat(p.matches(new byte[] {0x40, 0x06})).isFalse();
    assertThat(p.hasWildcards()).isTrue();
    assertThat(p).hasToString("4**5");
  }

  @Test
  void lengthsMustBeEqual() {
    HexPattern p = HexPattern.parse("****", true);

    assertThat(p.matches(new byte[2])).isTrue();
    assertThat(p.matches(new byte[1])).isFalse();
    assertThat(p.matches(new byte[3])).isFalse();
  }

  @Test
  void columnsOfBadCharactersCountFromTheLineStart() {
    assertThatThrownBy(() -> HexPattern.parse("packet 0 00 zz", 9, false))
        .hasMessage("character 'z' at column 13; expected the frame in hex digits");
    assertThatThrownBy(() -> HexPattern.parse("\u0007", false))
        .hasMessageContaining("character '\\u0007' at column 1");
  }
}
