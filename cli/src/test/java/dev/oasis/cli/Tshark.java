package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("tshark finished").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for tshark", e);
    }
    assertThat(p.exitValue()).as("tshark exit status on " + capture).isZero();
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
