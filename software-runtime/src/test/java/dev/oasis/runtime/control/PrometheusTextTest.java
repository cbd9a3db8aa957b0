package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The writer escapes label values as the text format requires, and refuses invalid names. */
class PrometheusTextTest {

  @Test
  void labelValuesWithQuotesBackslashesAndNewlinesReadBackExactly() throws Exception {
    String value = "a\"b\\c\nd";
    String text =
        new PrometheusText()
            .family("oasis_test_total", "counter", "A test\\ help.")
            .sample(-1L, "name", value)
            .text();

    JsonNode parsed = PrometheusParser.parse(text);

    JsonNode sample = parsed.get("families").get(0).get("samples").get(0);
    assertThat(sample.get("labels").get("name").asText()).isEqualTo(value);
    // An unsigned 64-bit count that wrapped: 2^64 - 1.
    assertThat(text).contains(" 18446744073709551615\n");
    assertThat(parsed.get("families").get(0).get("documentation").asText())
        .isEqualTo("A test\\ help.");
  }

  @Test
  void invalidNamesAreRefused() {
    assertThatThrownBy(() -> new PrometheusText().family("9lives", "gauge", "x"))
        .hasMessage("metric name '9lives' is not a valid name");
    assertThatThrownBy(
            () -> new PrometheusText().family("ok", "gauge", "x").sample(1, "bad-label", "v"))
        .hasMessage("label name 'bad-label' is not a valid name");
  }
}
