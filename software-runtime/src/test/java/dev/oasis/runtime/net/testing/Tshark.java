package dev.oasis.runtime.net.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dissects frames with tshark, checksum validation on for IPv4, UDP and TCP (ICMP checksums are
 * always checked), and returns the requested fields of each frame.
 *
 * <pre>{@code
 * List<Tshark.Frame> frames = Tshark.dissect(emitted, "icmp.type", "icmp.checksum.status");
 * assertThat(frames.get(0).problems()).isEmpty();
 * assertThat(frames.get(0).get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
 * }</pre>
 *
 * <p>Find field names with {@code tshark -G fields | grep ...}. With {@code -T fields} tshark
 * prints numbers, not value names: a checksum status is "1" for good, "0" for bad and "2" for
 * unverified. A field that occurs more than once (ip.src of an ICMP error and of the datagram it
 * quotes) comes back as all occurrences joined by {@code |}; see {@link Frame#all}.
 */
public final class Tshark {

  /** The tshark binary (Debian package tshark). */
  public static final String TSHARK = "/usr/bin/tshark";

  /** The value of a {@code *.checksum.status} field that verified. */
  public static final String CHECKSUM_GOOD = "1";

  /** The value of a {@code *.checksum.status} field that did not verify. */
  public static final String CHECKSUM_BAD = "0";

  /** Expert-info severity of warnings (PI_WARN); warnings and errors count as problems. */
  public static final long SEVERITY_WARNING = 0x00600000L;

  private static final String OCCURRENCE_SEPARATOR = "|";

  private static final List<String> CHECK_FIELDS =
      List.of("_ws.expert.severity", "_ws.expert.message", "_ws.malformed");

  private Tshark() {}

  /**
   * One dissected frame.
   *
   * @param number the frame number, from 1
   * @param fields each requested field's value, "" where absent
   * @param problems expert warnings and errors and malformed-packet markers, empty if none
   */
  public record Frame(int number, Map<String, String> fields, List<String> problems) {

    /** The value of a requested field ("" if the frame lacks it). */
    public String get(String field) {
      String value = fields.get(field);
      if (value == null) {
        throw new IllegalArgumentException(
            "field " + field + " was not requested; requested " + fields.keySet());
      }
      return value;
    }

    /** Every occurrence of a requested field, outermost first. */
    public List<String> all(String field) {
      String value = get(field);
      return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|", -1));
    }
  }

  /** Dissects {@code frames} (written to a temporary pcap file) and returns {@code fields}. */
  public static List<Frame> dissect(List<byte[]> frames, String... fields) {
    Path file = null;
    try {
      file = Files.createTempFile("oasis-tshark-", ".pcap");
      PcapFile.write(file, frames);
      List<Frame> result = dissect(file, fields);
      if (result.size() != frames.size()) {
        throw new AssertionError(
            "tshark dissected " + result.size() + " frames of " + frames.size());
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  /** Dissects one frame. */
  public static Frame dissect(byte[] frame, String... fields) {
    return dissect(List.of(frame), fields).get(0);
  }

  /** Dissects a capture file and returns {@code fields} of each frame. */
  public static List<Frame> dissect(Path capture, String... fields) {
    List<String> command =
        new ArrayList<>(
            List.of(
                TSHARK,
                "-n",
                "-r",
                capture.toString(),
                "-o",
                "ip.check_checksum:TRUE",
                "-o",
                "udp.check_checksum:TRUE",
                "-o",
                "tcp.check_checksum:TRUE",
                "-T",
                "fields",
                "-E",
                "separator=/t",
                "-E",
                "occurrence=a",
                "-E",
                "aggregator=" + OCCURRENCE_SEPARATOR,
                "-E",
                "quote=n"));
    List<String> requested = new ArrayList<>(Arrays.asList(fields));
    requested.addAll(CHECK_FIELDS);
    for (String field : requested) {
      command.add("-e");
      command.add(field);
    }
    String output = ExternalTool.run(command, "tshark");

    List<Frame> frames = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] values = line.split("\t", -1);
      if (values.length != requested.size()) {
        throw new AssertionError(
            "tshark printed " + values.length + " columns for " + requested.size() + ": " + line);
      }
      Map<String, String> byField = new LinkedHashMap<>();
      for (int i = 0; i < fields.length; i++) {
        byField.put(fields[i], values[i]);
      }
      frames.add(new Frame(frames.size() + 1, byField, problems(values, fields.length)));
    }
    return frames;
  }

  private static List<String> problems(String[] values, int checkStart) {
    String severities = values[checkStart];
    String messages = values[checkStart + 1];
    String malformed = values[checkStart + 2];
    List<String> problems = new ArrayList<>();
    if (!severities.isEmpty()) {
      String[] levels = severities.split("\\|");
      String[] texts = messages.split("\\|", -1);
      for (int i = 0; i < levels.length; i++) {
        if (Long.decode(levels[i]) >= SEVERITY_WARNING) {
          problems.add(i < texts.length ? texts[i] : "expert info of severity " + levels[i]);
        }
      }
    }
    if (!malformed.isEmpty()) {
      problems.add("malformed: " + malformed);
    }
    return List.copyOf(problems);
  }
}
