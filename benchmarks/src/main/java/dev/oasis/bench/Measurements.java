package dev.oasis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the measurements that scripts/bench collects: cold timings of whole CLI processes (a
 * tab-separated file the script writes) and JMH results ({@code -rf json}).
 */
final class Measurements {
  private Measurements() {}

  /**
   * Times of {@code runs} whole processes for one program, in milliseconds: wall clock (mean, min,
   * max) and the mean CPU time (user + system, all threads), which contention inflates less.
   *
   * @param name the program's benchmark name, or {@value #JVM_START} for the CLI without work
   * @param lines the program's main source file's line count (0 for {@value #JVM_START})
   */
  record Cold(
      String name, int lines, int runs, double meanMs, double minMs, double maxMs, double cpuMs) {}

  private static final String COLUMNS = "name lines runs mean min max cpu";

  /** The name of the cold row that times {@code oasis --version}: starting the JVM, no compile. */
  static final String JVM_START = "jvm-start";

  /**
   * One JMH result: the score, its 99.9% error half-width and JMH's unit.
   *
   * @param program the value of the {@code program} parameter, or null for none
   */
  record Warm(String benchmark, String program, double score, double error, String unit) {}

  /**
   * Reads a cold timings file: one line per program, {@code name lines runs mean min max cpu}
   * separated by tabs, times in milliseconds.
   *
   * @throws IllegalArgumentException naming the file, line and field that is malformed
   */
  static List<Cold> readCold(Path file) throws IOException {
    List<Cold> timings = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new IllegalArgumentException(
            where + ": " + f.length + " tab-separated fields; expected 7 (" + COLUMNS + ")");
      }
      timings.add(
          new Cold(
              f[0],
              (int) number(where, "lines", f[1]),
              (int) number(where, "runs", f[2]),
              number(where, "mean", f[3]),
              number(where, "min", f[4]),
              number(where, "max", f[5]),
              number(where, "cpu", f[6])));
    }
    return timings;
  }

  private static double number(String where, String field, String text) {
    try {
      double value = Double.parseDouble(text.trim());
      if (value >= 0 && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        where + ": " + field + " '" + text + "' is not a number; expected 0 or more");
  }

  /**
   * Reads a JMH JSON result file.
   *
   * @throws IllegalArgumentException naming the file if it is not a JMH result array
   */
  static List<Warm> readJmh(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of JMH results");
    }
    List<Warm> results = new ArrayList<>();
    for (JsonNode run : root) {
      JsonNode metric = run.path("primaryMetric");
      if (!run.path("benchmark").isTextual() || !metric.path("score").isNumber()) {
        throw new IllegalArgumentException(
            file
                + ": a result without 'benchmark' or 'primaryMetric.score'; expected JMH -rf json");
      }
      JsonNode program = run.path("params").path("program");
      results.add(
          new Warm(
              run.get("benchmark").asText(),
              program.isTextual() ? program.asText() : null,
              metric.get("score").asDouble(),
              metric.path("scoreError").asDouble(Double.NaN),
              metric.path("scoreUnit").asText("")));
    }
    return results;
  }
}
