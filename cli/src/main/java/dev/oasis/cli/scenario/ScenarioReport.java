package dev.oasis.cli.scenario;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The outcome of a scenario run: every mismatch, and how many packets' expectations held. A packet
 * fails when a frame it caused is unexpected or differs from its expectation, or when an
 * expectation written after it (before the next packet) is not met.
 */
public final class ScenarioReport {
  private final String source;
  private final List<Integer> packetLines;
  private final List<Mismatch> mismatches;
  private final BitSet failed = new BitSet();

  ScenarioReport(String source, List<Integer> packetLines, List<Mismatch> mismatches) {
    this.source = source;
    this.packetLines = List.copyOf(packetLines);
    List<Mismatch> sorted = new ArrayList<>(mismatches);
    sorted.sort(Comparator.comparingInt(this::reportLine));
    this.mismatches = List.copyOf(sorted);
    for (Mismatch m : mismatches) {
      if (m.expected() != null) {
        failed.set(m.expected().packet());
      }
      if (m.actual() != null) {
        failed.set(m.actual().packet());
      }
    }
  }

  /** Every mismatch, in the order of the lines they are reported at. */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  /** Packets whose expectations held. */
  public int passed() {
    return packetLines.size() - failed();
  }

  /** Packets whose expectations did not hold. */
  public int failed() {
    return failed.cardinality();
  }

  /** Whether every queue's frames equal its expectations. */
  public boolean ok() {
    return mismatches.isEmpty();
  }

  /**
   * The report as {@code oasis test} prints it: the mismatches, then {@code N passed, M failed}.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (Mismatch m : mismatches) {
      for (String line : describe(m)) {
        out.append(line).append(System.lineSeparator());
      }
    }
    out.append(passed())
        .append(" passed, ")
        .append(failed())
        .append(" failed")
        .append(System.lineSeparator());
    return out.toString();
  }

  /** The headline of a mismatch (starting with {@code file:line:}), then the frames. */
  List<String> describe(Mismatch m) {
    List<String> lines = new ArrayList<>();
    String where = source + ":" + reportLine(m) + ": " + m.queue() + ": ";
    switch (m.kind()) {
      case DIFFERENT -> {
        Mismatch.Expected e = m.expected();
        byte[] actual = m.actual().frame();
        List<String> what = new ArrayList<>();
        if (e.reason() != m.actual().reason()) {
          what.add("punted with reason " + m.actual().reason() + ", expected " + e.reason());
        }
        if (actual.length != e.frame().length()) {
          what.add(actual.length + " bytes long, expected " + e.frame().length());
        }
        int differing = FrameDiff.differences(e.frame(), actual).size();
        if (differing > 0) {
          what.add(differing + " byte(s) differ");
        }
        lines.add(where + "frame " + sentFor(m.actual()) + " differs: " + String.join("; ", what));
        lines.addAll(FrameDiff.diff(e.frame(), actual));
      }
      case MISSING -> {
        lines.add(where + "expected frame never came out" + " (" + e(m) + ")");
        lines.addAll(FrameDiff.dump("expected", m.expected().frame().toString()));
      }
      case UNEXPECTED -> {
        Mismatch.Actual a = m.actual();
        String reason = a.reason() >= 0 ? " (punted with reason " + a.reason() + ")" : "";
        lines.add(
            where + "unexpected frame " + sentFor(a) + reason + "; no expect line is left for it");
        lines.addAll(FrameDiff.dump("actual", HexFormat.of().formatHex(a.frame())));
      }
    }
    return lines;
  }

  private String e(Mismatch m) {
    return "after the packet at line " + packetLines.get(m.expected().packet());
  }

  private String sentFor(Mismatch.Actual a) {
    return "sent for the packet at line " + packetLines.get(a.packet());
  }

  /** The expectation's line; for an unexpected frame, the line of the packet that caused it. */
  private int reportLine(Mismatch m) {
    return m.expected() != null ? m.expected().line() : packetLines.get(m.actual().packet());
  }
}
