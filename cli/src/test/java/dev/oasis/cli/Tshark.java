package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** tshark as an independent reader of capture files. */
public final class Tshark {
  private Tshark() {}

  private static final Path TSHARK = Path.of("/usr/bin/tshark");

  /** Skips the calling test, saying why, when tshark is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(TSHARK),
        "tshark is not installed (scripts/install-deps installs it); skipping the tshark checks");
  }

  /**
   * What tshark reads of a capture that may be damaged.
   *
   * @param ethernetFrames the frames with Ethernet encapsulation it read (pcapng custom blocks,
   *     which it shows as frames too, are not counted)
   * @param damaged whether it stopped with an error (such as a file cut short)
   */
  public record Reading(long ethernetFrames, boolean damaged) {}

  /** Readings of files that do not change (Debian's captures), by path. */
  private static final Map<Path, Reading> READINGS = new ConcurrentHashMap<>();

  /** Reads {@code capture} to its end or its damage, once per run of the tests. */
  public static Reading read(Path capture) throws IOException {
    Reading known = READINGS.get(capture);
    if (known != null) {
      return known;
    }
    Reading reading = readNow(capture);
    READINGS.put(capture, reading);
    return reading;
  }

  private static Reading readNow(Path capture) throws IOException {
    Process p =
        new ProcessBuilder(
                TSHARK.toString(),
                "-r",
                capture.toString(),
                "-T",
                "fields",
                "-e",
                "frame.encap_type")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = waitFor(p);
    long ethernet = text.lines().filter(l -> l.strip().equals("1")).count();
    return new Reading(ethernet, exit != 0);
  }

  private static int waitFor(Process p) throws IOException {
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("tshark finished").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for tshark", e);
    }
    return p.exitValue();
  }

  /**
   * The given fields of every frame, tab-separated, every occurrence of a field joined by commas,
   * with checksum verification on for IPv4, UDP and TCP.
   */
  public static List<String[]> fields(Path capture, String... fields) throws IOException {
    return matching(capture, null, fields);
  }

  /** Like {@link #fields}, for the frames that match the display filter {@code filter}. */
  public static List<String[]> matching(Path capture, String filter, String... fields)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                TSHARK.toString(),
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
                "occurrence=a",
                "-E",
                "aggregator=,"));
    if (filter != null) {
      command.add("-Y");
      command.add(filter);
    }
    for (String f : fields) {
      command.add("-e");
      command.add(f);
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(waitFor(p)).as("tshark exit status on " + capture).isZero();
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
