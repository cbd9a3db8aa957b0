package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The table {@code oasis run} prints, read back by a test. */
public record RunSummaryTable(Map<String, long[]> rows, Map<String, Long> drops) {

  /** Column indexes of a port row. */
  public static final int IN = 0;

  public static final int OUT = 1;
  public static final int DROPPED = 2;
  public static final int PUNTED = 3;
  public static final int PARSE_ERRORS = 4;

  private static final Pattern ROW =
      Pattern.compile("^(\\d+|total)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$");
  private static final Pattern HOST = Pattern.compile("^host\\s+(\\d+)\\s*$");
  private static final Pattern DROP = Pattern.compile("([a-z-]+)=(\\d+)");

  /** Parses stdout of {@code oasis run}; fails the test if a line is not part of the table. */
  public static RunSummaryTable parse(String stdout) {
    Map<String, long[]> rows = new HashMap<>();
    Map<String, Long> drops = new HashMap<>();
    for (String line : stdout.split("\\R")) {
      Matcher m = ROW.matcher(line);
      Matcher h = HOST.matcher(line);
      if (m.matches()) {
        long[] v = new long[5];
        for (int i = 0; i < 5; i++) {
          v[i] = Long.parseLong(m.group(i + 2));
        }
        rows.put(m.group(1), v);
      } else if (h.matches()) {
        rows.put("host", new long[] {0, Long.parseLong(h.group(1)), 0, 0, 0});
      } else if (line.startsWith("dropped by reason:")) {
        Matcher d = DROP.matcher(line);
        while (d.find()) {
          drops.put(d.group(1), Long.parseLong(d.group(2)));
        }
      } else {
        assertThat(line).as("a line of the run summary").matches("^port\\s+in\\s+out.*|^$");
      }
    }
    assertThat(rows).as("summary rows").containsKeys("total", "host");
    return new RunSummaryTable(rows, drops);
  }

  /** A count of port {@code port} ("0", "host", "total"). */
  public long get(String port, int column) {
    assertThat(rows).as("summary rows").containsKey(port);
    return rows.get(port)[column];
  }

  /** Packets dropped for {@code reason} (parse-error, oversize, explicit, ...), 0 if absent. */
  public long dropped(String reason) {
    return drops.getOrDefault(reason, 0L);
  }
}
