package dev.oasis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report puts cold and warm side by side with ratios worked out by hand below. */
class BenchReportTest {

  /** Two JMH results in the shape of JMH 1.37's {@code -rf json}, trimmed to what is read. */
  private static final String COMPILE_JSON =
      """
      [ {
          "benchmark" : "dev.oasis.bench.CompileBenchmark.compile",
          "mode" : "avgt",
          "params" : { "program" : "l3-router" },
          "primaryMetric" : { "score" : 1.25, "scoreError" : 0.05, "scoreUnit" : "ms/op" }
        }, {
          "benchmark" : "dev.oasis.bench.CompileBenchmark.compile",
          "mode" : "avgt",
          "params" : { "program" : "generated-200" },
          "primaryMetric" : { "score" : 20.0, "scoreError" : "NaN", "scoreUnit" : "ms/op" }
        } ]
      """;

  private static final String INTERPRETER_JSON =
      """
      [ { "benchmark" : "dev.oasis.bench.InterpreterBenchmark.forwardIpv4", "mode" : "thrpt",
          "primaryMetric" : { "score" : 200000.0, "scoreError" : 1500.0, "scoreUnit" : "ops/s" } } ]
      """;

  @Test
  void coldAndWarmSideBySideWithTheirRatio(@TempDir Path dir) throws IOException {
    Path cold =
        write(
            dir,
            "cold.tsv",
            "jvm-start\t0\t10\t150.0\t140.0\t170.0\t210.0\n"
                + "l3-router\t198\t10\t500.0\t480.0\t530.4\t640.2\n"
                + "generated-200\t3649\t10\t900.0\t850.0\t990.0\t1200.0\n");

    String md =
        BenchReport.render(
            Measurements.readCold(cold),
            Measurements.readJmh(write(dir, "c.json", COMPILE_JSON)),
            Measurements.readJmh(write(dir, "i.json", INTERPRETER_JSON)),
            "hyperfine 1.15.0",
            "test machine");

    // 500 / 1.25 = 400; 900 / 20 = 45; 300 / 1.25 = 240; 1e6 / 200000 = 5 µs.
    assertThat(md)
        .contains("| JVM start only (`oasis --version`) | — | 150 ms (140–170) | 210 ms | — | — |")
        .contains("| l3-router | 198 | 500 ms (480–530) | 640 ms | 1.25 ± 0.050 ms | 400× |")
        .contains("| generated-200 | 3649 | 900 ms (850–990) | 1200 ms | 20.0 ms | 45× |")
        .contains("Measured 1.25 ms: met, 240× under")
        .contains("200,000 ± 1,500 packets/s (5.0 µs per packet)")
        .contains("Cold: hyperfine 1.15.0, 10 runs")
        .contains("Machine: test machine");
  }

  @Test
  void aRouterOverTheTargetIsSaidToMissIt(@TempDir Path dir) throws IOException {
    String slow = COMPILE_JSON.replace("\"score\" : 1.25", "\"score\" : 320.0");

    String md =
        BenchReport.render(
            List.of(), Measurements.readJmh(write(dir, "c.json", slow)), List.of(), "t", "m");

    assertThat(md).contains("Measured 320 ms: NOT met");
  }

  @Test
  void aColdLineWithAMissingFieldNamesTheLine(@TempDir Path dir) throws IOException {
    Path cold = write(dir, "cold.tsv", "l3-router\t198\t10\t500.0\t480.0\t530.0\n");

    assertThatThrownBy(() -> Measurements.readCold(cold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            cold + ":1: 6 tab-separated fields; expected 7 (name lines runs mean min max cpu)");
  }

  @Test
  void aColdTimeThatIsNotANumberNamesTheField(@TempDir Path dir) throws IOException {
    Path cold = write(dir, "cold.tsv", "\nl3-router\t198\t10\tfast\t480.0\t530.0\t600.0\n");

    assertThatThrownBy(() -> Measurements.readCold(cold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(cold + ":2: mean 'fast' is not a number; expected 0 or more");
  }

  @Test
  void aJsonFileThatIsNotJmhOutputIsRefused(@TempDir Path dir) throws IOException {
    Path json = write(dir, "x.json", "{\"benchmark\": 1}");

    assertThatThrownBy(() -> Measurements.readJmh(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(json + ": expected a JSON array of JMH results");
  }

  @Test
  void aWarmResultInAnotherUnitIsRefused(@TempDir Path dir) throws IOException {
    Path cold = write(dir, "cold.tsv", "l3-router\t198\t10\t500.0\t480.0\t530.0\t600.0\n");
    String seconds = COMPILE_JSON.replace("ms/op", "s/op");

    assertThatThrownBy(
            () ->
                BenchReport.render(
                    Measurements.readCold(cold),
                    Measurements.readJmh(write(dir, "c.json", seconds)),
                    List.of(),
                    "t",
                    "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dev.oasis.bench.CompileBenchmark.compile reports in 's/op'; expected 'ms/op'");
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
