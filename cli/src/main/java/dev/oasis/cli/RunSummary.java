package dev.oasis.cli;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.PortCounters;
import java.util.Locale;
import java.util.Map;

/** The table {@code oasis run} prints: per port and in total, then drops by reason. */
final class RunSummary {
  private RunSummary() {}

  private static final String ROW = "%-6s %10s %10s %10s %10s %13s%n";

  static String render(RunEngine run, long hostFrames) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(Locale.ROOT, ROW, "port", "in", "out", "dropped", "punted", "parse-errors"));
    long in = 0;
    long sent = 0;
    long dropped = 0;
    long punted = 0;
    long parseErrors = 0;
    for (PortCounters c : run.statistics()) {
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              c.port(),
              c.received(),
              c.sent(),
              c.dropped(),
              c.punted(),
              c.parseErrors()));
      in += c.received();
      sent += c.sent();
      dropped += c.dropped();
      punted += c.punted();
      parseErrors += c.parseErrors();
    }
    out.append(String.format(Locale.ROOT, ROW, "host", "", hostFrames, "", "", ""));
    out.append(
        String.format(
            Locale.ROOT, ROW, "total", in, sent + hostFrames, dropped, punted, parseErrors));

    Map<DropReason, Long> reasons = run.dropsByReason();
    if (!reasons.isEmpty()) {
      out.append("dropped by reason:");
      reasons.forEach(
          (reason, count) ->
              out.append(' ')
                  .append(reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                  .append('=')
                  .append(count));
      out.append(System.lineSeparator());
    }
    return out.toString();
  }
}
