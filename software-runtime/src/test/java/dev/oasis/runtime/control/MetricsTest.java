package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /metrics in the Prometheus text format 0.0.4: read back by the Prometheus Python client's parser
 * (an independent reader) and checked line by line against the format's rules, with values equal to
 * what the JSON endpoints report.
 */
class MetricsTest {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(\\{" + LABEL + "(?:," + LABEL + ")*\\})? ([0-9]+)");
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") \\S.*");
  private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge)");

  private static TestAppliance router;
  private static Http http;

  @BeforeAll
  static void start() {
    router = TestAppliance.router();
    http = new Http(router.url());
    router.process(
        List.of(
            Frames.discarded(1),
            Frames.discarded(2),
            Frames.routed("10.0.1.2", 3),
            Frames.routed("10.0.2.2", 4)));
  }

  @AfterAll
  static void stop() {
    router.close();
  }

  @Test
  void followsTheTextFormatRules() {
    Http.Reply r = http.get("/metrics");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    assertThat(r.body()).endsWith("\n");
    Set<String> helped = new HashSet<>();
    Map<String, String> typed = new HashMap<>();
    String family = null;
    for (String line : r.body().split("\n")) {
      Matcher help = HELP.matcher(line);
      Matcher type = TYPE.matcher(line);
      Matcher sample = SAMPLE.matcher(line);
      if (help.matches()) {
        assertThat(helped.add(help.group(1))).as("one HELP per family: %s", line).isTrue();
        family = help.group(1);
      } else if (type.matches()) {
        assertThat(type.group(1)).as("TYPE follows its HELP").isEqualTo(family);
        typed.put(type.group(1), type.group(2));
      } else {
        assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
        assertThat(sample.group(1)).as("sample of the current family").isEqualTo(family);
        assertThat(typed).as("TYPE before samples").containsKey(family);
      }
    }
    typed.forEach(
        (name, type) -> {
          if (type.equals("counter")) {
            assertThat(name).as("counters end in _total").endsWith("_total");
          }
        });
  }

  @Test
  void prometheusClientReadsTheValuesTheJsonEndpointsReport() throws Exception {
    JsonNode parsed = PrometheusParser.parse(http.get("/metrics").body());

    Map<String, Double> samples = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    for (JsonNode f : parsed.get("families")) {
      types.put(f.get("name").asText(), f.get("type").asText());
      for (JsonNode s : f.get("samples")) {
        samples.put(s.get("name").asText() + s.get("labels").toString(), s.get("value").asDouble());
      }
    }
    assertThat(types)
        .containsEntry("oasis_port_packets", "counter")
        .containsEntry("oasis_table_entries", "gauge")
        .containsEntry("oasis_counter_packets", "counter");

    JsonNode ports = http.get("/ports").json().get("ports");
    assertThat(samples.get("oasis_port_packets_total{\"port\":\"0\",\"direction\":\"received\"}"))
        .isEqualTo(ports.get(0).get("received").asDouble())
        .isEqualTo(4.0);
    assertThat(samples.get("oasis_port_packets_total{\"port\":\"1\",\"direction\":\"sent\"}"))
        .isEqualTo(1.0);
    assertThat(samples.get("oasis_port_dropped_packets_total{\"port\":\"0\"}")).isEqualTo(2.0);
    assertThat(samples.get("oasis_table_entries{\"table\":\"routes\"}")).isEqualTo(5.0);
    assertThat(samples.get("oasis_table_size{\"table\":\"routes\"}")).isEqualTo(1024.0);
    assertThat(samples.get("oasis_counter_packets_total{\"counter\":\"dropped\",\"index\":\"0\"}"))
        .isEqualTo(2.0);
    assertThat(samples.get("oasis_counter_bytes_total{\"counter\":\"dropped\",\"index\":\"0\"}"))
        .isEqualTo(120.0);
    assertThat(samples.get("oasis_counter_packets_total{\"counter\":\"dropped\",\"index\":\"3\"}"))
        .isEqualTo(0.0);
    assertThat(samples.get("oasis_packets_processed_total{}")).isEqualTo(4.0);
  }
}
