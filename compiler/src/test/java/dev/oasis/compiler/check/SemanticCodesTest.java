package dev.oasis.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog is well formed: the rules that docs/errors.md and every message rely on. */
class SemanticCodesTest {

  @Test
  void codesAreUniqueAndInTheSemanticGroups() {
    Set<String> seen = new HashSet<>();
    for (SemanticCodes c : SemanticCodes.values()) {
      assertThat(seen.add(c.code())).as("code %s is used twice", c.code()).isTrue();
      assertThat(c.code()).matches("OAS0[2-7]\\d\\d|OAS09\\d\\d");
    }
  }

  @Test
  void templatesAreLowercaseWithoutFinalPeriod() {
    for (SemanticCodes c : SemanticCodes.values()) {
      String t = c.template();
      char first = t.charAt(0);
      assertThat(Character.isUpperCase(first)).as("%s starts uppercase: %s", c, t).isFalse();
      assertThat(t).as("%s", c).doesNotEndWith(".").doesNotEndWith(" ").isNotBlank();
    }
  }

  @Test
  void explanationsAreSentences() {
    for (SemanticCodes c : SemanticCodes.values()) {
      assertThat(c.explanation()).as("%s", c).isNotBlank().endsWith(".");
    }
  }

  @Test
  void templatesFormatWithTheirPlaceholders() {
    for (SemanticCodes c : SemanticCodes.values()) {
      long placeholders = c.template().split("%s|%d", -1).length - 1;
      Object[] args = new Object[(int) placeholders];
      Arrays.fill(args, 7);
      assertThatCode(() -> c.format(args)).as("%s", c).doesNotThrowAnyException();
      assertThat(c.format(args)).doesNotContain("%");
    }
  }
}
