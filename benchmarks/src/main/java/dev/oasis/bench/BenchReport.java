package dev.oasis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the measurements of one scripts/bench run into the Markdown that docs/performance.md shows:
 * per program, the cold time of a whole {@code oasis check} process beside the warm in-process
 * compile time and their ratio; the l3-router against its target; the interpreter's packets per
 * second; and the machine it ran on.
 *
 * <pre>{@code
 * java -cp oasis-benchmarks.jar dev.oasis.bench.BenchReport COLD.tsv COMPILE.json INTERP.json TIMER
 * }</pre>
 */
public final class BenchReport {
  private BenchReport() {}

  /** The warm compile time that the l3-router must stay under, in milliseconds. */
  static final double L3_ROUTER_TARGET_MS = 300;

  /** Arguments: the cold timings, the JMH results of both benchmarks, the cold timer's name. */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: BenchReport COLD.tsv COMPILE.json INTERPRETER.json TIMER");
      System.exit(2);
    }
    try {
      System.out.print(
          render(
              Measurements.readCold(Path.of(args[0])),
              Measurements.readJmh(Path.of(args[1])),
              Measurements.readJmh(Path.of(args[2])),
              args[3],
              machine()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      System.err.println("BenchReport: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The report: tables of compile time and interpreter throughput, then the machine. */
  static String render(
      List<Measurements.Cold> cold,
      List<Measurements.Warm> compile,
      List<Measurements.Warm> interpreter,
      String timer,
      String machine) {
    StringBuilder md = new StringBuilder();
    md.append("| program | lines | cold: `oasis check` process, mean (min–max) | cold CPU time |")
        .append(" warm: in-process compile, mean ± 99.9% CI | cold / warm |\n")
        .append("|---|--:|--:|--:|--:|--:|\n");
    for (Measurements.Cold c : cold) {
      Optional<Measurements.Warm> warm =
          compile.stream().filter(w -> c.name().equals(w.program())).findFirst();
      warm.ifPresent(w -> requireUnit(w, "ms/op"));
      md.append("| ")
          .append(label(c))
          .append(" | ")
          .append(c.lines() == 0 ? "—" : String.valueOf(c.lines()))
          .append(" | ")
          .append(
              String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f)", c.meanMs(), c.minMs(), c.maxMs()))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.0f ms", c.cpuMs()))
          .append(" | ")
          .append(
              warm.map(w -> ms(w.score()) + plusMinus(w.error(), ms(w.error())) + " ms")
                  .orElse("—"))
          .append(" | ")
          .append(warm.map(w -> ratio(c.meanMs() / w.score())).orElse("—"))
          .append(" |\n");
    }
    md.append('\n').append(target(compile)).append('\n');

    for (Measurements.Warm w : interpreter) {
      requireUnit(w, "ops/s");
      md.append(
          String.format(
              Locale.ROOT,
              "Reference interpreter, l3-router forwarding one IPv4/UDP frame: %,.0f%s packets/s"
                  + " (%.1f µs per packet).\n",
              w.score(),
              plusMinus(w.error(), String.format(Locale.ROOT, "%,.0f", w.error())),
              1e6 / w.score()));
    }
    int runs = cold.isEmpty() ? 0 : cold.get(0).runs();
    md.append('\n')
        .append("Cold: ")
        .append(timer)
        .append(", ")
        .append(runs)
        .append(" runs per row after warm-up runs; CPU time is user + system of all the")
        .append(" process's threads. Warm: JMH average time, one fork.\n")
        .append("Machine: ")
        .append(machine)
        .append('\n');
    return md.toString();
  }

  /** " ± error", or nothing when JMH gave no error (a single measurement iteration). */
  private static String plusMinus(double error, String formatted) {
    return Double.isNaN(error) ? "" : " ± " + formatted;
  }

  private static String label(Measurements.Cold c) {
    if (c.name().equals(Measurements.JVM_START)) {
      return "JVM start only (`oasis --version`)";
    }
    return c.name();
  }

  private static String target(List<Measurements.Warm> compile) {
    Optional<Measurements.Warm> router =
        compile.stream().filter(w -> "l3-router".equals(w.program())).findFirst();
    if (router.isEmpty()) {
      return "Target (l3-router under 300 ms warm): not measured in this run.\n";
    }
    double ms = router.get().score();
    return String.format(
        Locale.ROOT,
        "Target: check the l3-router in under %.0f ms warm. Measured %s ms: %s.\n",
        L3_ROUTER_TARGET_MS,
        ms(ms),
        ms < L3_ROUTER_TARGET_MS
            ? "met, " + ratio(L3_ROUTER_TARGET_MS / ms) + " under"
            : "NOT met");
  }

  private static void requireUnit(Measurements.Warm w, String unit) {
    if (!w.unit().equals(unit)) {
      throw new IllegalArgumentException(
          w.benchmark() + " reports in '" + w.unit() + "'; expected '" + unit + "'");
    }
  }

  /** Milliseconds with three significant digits or whole milliseconds. */
  static String ms(double value) {
    if (Double.isNaN(value)) {
      return "?";
    }
    String pattern = value < 1 ? "%.3f" : value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.1f×" : "%.0f×", value);
  }

  /** Processors, CPU model, JVM and OS of this machine, and how busy it was. */
  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse(cpu);
    } catch (IOException e) {
      // not Linux: leave the model unknown
    }
    String load = "";
    try {
      String[] avg = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      load = "; load average at the end of the run " + avg[0] + " (1 min), " + avg[1] + " (5 min)";
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      // not Linux: say nothing about the load
    }
    return String.format(
        Locale.ROOT,
        "%d processors (%s), %s %s, %s%s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        load);
  }
}
