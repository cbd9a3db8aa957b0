package dev.oasis.hw.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell counts of a yosys {@code stat} report, summed into look-up tables, flip-flops, block
 * RAMs and LUT RAMs for one target family.
 */
public record SynthesisReport(
    String target,
    int luts,
    int flipFlops,
    int blockRams,
    int lutRams,
    Map<String, Integer> cells) {

  private static final Pattern CELL = Pattern.compile("^\\s+(\\S+)\\s+(\\d+)\\s*$");

  /** Parses the report of {@code stat} after {@code synth_ice40} or {@code synth_xilinx}. */
  public static SynthesisReport parse(String target, String stat) {
    Map<String, Integer> cells = new LinkedHashMap<>();
    boolean inCells = false;
    for (String line : stat.split("\n")) {
      if (line.contains("Number of cells:")) {
        inCells = true;
        continue;
      }
      Matcher m = CELL.matcher(line);
      if (inCells && m.matches()) {
        cells.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
      } else if (inCells && line.isBlank()) {
        inCells = false;
      }
    }
    int luts = 0;
    int ffs = 0;
    int brams = 0;
    int lutrams = 0;
    for (var e : cells.entrySet()) {
      String c = e.getKey();
      int n = e.getValue();
      if (c.equals("SB_LUT4") || c.matches("LUT[1-6]")) {
        luts += n;
      } else if (c.startsWith("SB_DFF") || c.matches("FD[CPRS]E?(_1)?")) {
        ffs += n;
      } else if (c.startsWith("SB_RAM40") || c.startsWith("RAMB")) {
        brams += n;
      } else if (c.matches("RAM(32|64|128|256)[MX].*") || c.matches("RAM\\d+[SD].*")) {
        lutrams += n;
      }
    }
    return new SynthesisReport(target, luts, ffs, brams, lutrams, cells);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%-7s LUT %5d  FF %5d  BRAM %3d  LUTRAM %3d",
        target,
        luts,
        flipFlops,
        blockRams,
        lutRams);
  }
}
