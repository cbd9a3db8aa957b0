package dev.oasis.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void suggestsTheClosestNameForATypo() {
    assertThat(Suggestions.didYouMean("dts", List.of("src", "dst", "ethertype")))
        .isEqualTo("; did you mean 'dst'?");
    assertThat(Suggestions.didYouMean("nexthp", List.of("nexthop", "port"))).contains("nexthop");
    assertThat(Suggestions.didYouMean("Ethernt", List.of("Ethernet", "Ipv4"))).contains("Ethernet");
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(Suggestions.didYouMean("ttl", List.of("dst", "src"))).isEmpty();
    assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
  }

  @Test
  void countsTranspositionsAsOneEdit() {
    assertThat(Suggestions.distance("dts", "dst")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }
}
