package dev.oasis.cli.scenario;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders frames for mismatch reports, 16 bytes to a row with the row's offset in hex. A diff shows
 * only the rows where the expected and actual frames differ, the expected row above the actual one
 * and {@code ^^} under every byte that differs; bytes past the end of the shorter frame show as
 * {@code --}.
 */
final class FrameDiff {
  private FrameDiff() {}

  private static final int ROW = 16;

  /** Rows shown at most, so that a wrong 9000-byte frame does not fill the terminal. */
  static final int MAX_ROWS = 8;

  private static final String INDENT = "    ";

  /** The offsets of the bytes that differ (all offsets past the shorter frame included). */
  static List<Integer> differences(HexPattern expected, byte[] actual) {
    List<Integer> out = new ArrayList<>();
    int length = Math.max(expected.length(), actual.length);
    for (int i = 0; i < length; i++) {
      if (i >= expected.length() || i >= actual.length || !expected.matchesByte(i, actual[i])) {
        out.add(i);
      }
    }
    return out;
  }

  /** Three lines per differing row: expected, actual, markers. */
  static List<String> diff(HexPattern expected, byte[] actual) {
    List<String> lines = new ArrayList<>();
    int length = Math.max(expected.length(), actual.length);
    int shown = 0;
    int skipped = 0;
    for (int row = 0; row < length; row += ROW) {
      int end = Math.min(row + ROW, length);
      StringBuilder want = new StringBuilder();
      StringBuilder got = new StringBuilder();
      StringBuilder marks = new StringBuilder();
      boolean differs = false;
      for (int i = row; i < end; i++) {
        String e = i < expected.length() ? expected.byteText(i) : "--";
        String a = i < actual.length ? HexFormat.of().toHexDigits(actual[i]) : "--";
        boolean same =
            i < expected.length() && i < actual.length && expected.matchesByte(i, actual[i]);
        differs |= !same;
        want.append(' ').append(e);
        got.append(' ').append(a);
        marks.append(same ? "   " : " ^^");
      }
      if (!differs) {
        continue;
      }
      if (shown == MAX_ROWS) {
        skipped++;
        continue;
      }
      shown++;
      String offset = String.format(Locale.ROOT, "%04x", row);
      lines.add(INDENT + "expected " + offset + ":" + want);
      lines.add(INDENT + "actual   " + offset + ":" + got);
      lines.add(INDENT + "              " + marks.toString().stripTrailing());
    }
    if (skipped > 0) {
      lines.add(INDENT + "... " + skipped + " more row(s) differ");
    }
    return lines;
  }

  /** One line per row of {@code hex} (pairs of characters), labelled. */
  static List<String> dump(String label, String hex) {
    List<String> lines = new ArrayList<>();
    int bytes = hex.length() / 2;
    for (int row = 0; row < bytes; row += ROW) {
      if (lines.size() == MAX_ROWS) {
        lines.add(INDENT + "... " + (bytes - row) + " more byte(s)");
        break;
      }
      StringBuilder s = new StringBuilder();
      for (int i = row; i < Math.min(row + ROW, bytes); i++) {
        s.append(' ').append(hex, 2 * i, 2 * i + 2);
      }
      lines.add(String.format(Locale.ROOT, "%s%-8s %04x:%s", INDENT, label, row, s));
    }
    return lines;
  }
}
