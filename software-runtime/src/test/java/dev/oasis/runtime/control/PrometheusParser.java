package dev.oasis.runtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The text parser of the Prometheus Python client (Debian's python3-prometheus-client, run by
 * /usr/bin/python3) as an independent reader of the metrics format. It prints every sample as JSON:
 * {"families": [{"name", "type", "samples": [{"name", "labels", "value"}]}]}.
 */
final class PrometheusParser {
  private PrometheusParser() {}

  private static final String PYTHON = "/usr/bin/python3";
  private static final String SCRIPT =
      "import sys, json\n"
          + "try:\n"
          + "    from prometheus_client.parser import text_string_to_metric_families\n"
          + "except ImportError:\n"
          + "    print('NO-PROMETHEUS-CLIENT'); sys.exit(3)\n"
          + "out = []\n"
          + "for f in text_string_to_metric_families(sys.stdin.read()):\n"
          + "    out.append({'name': f.name, 'type': f.type, 'documentation': f.documentation,\n"
          + "        'samples': [{'name': s.name, 'labels': s.labels, 'value': s.value}\n"
          + "                    for s in f.samples]})\n"
          + "print(json.dumps({'families': out}))\n";

  /** Parses {@code text}; skips the test (with the reason) if the client is not installed. */
  static JsonNode parse(String text) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(PYTHON, "-c", SCRIPT).redirectErrorStream(true).start();
    p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the prometheus_client parser did not finish within 60 s");
    }
    Assumptions.assumeFalse(
        out.contains("NO-PROMETHEUS-CLIENT"),
        "python3-prometheus-client is not installed (apt-get install python3-prometheus-client);"
            + " the metrics format is then checked by the rules in MetricsTest only");
    if (p.exitValue() != 0) {
      throw new AssertionError("prometheus_client refused the metrics text:\n" + out);
    }
    return new ObjectMapper().readTree(out);
  }
}
