package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.capture.CaptureReader;
import dev.oasis.runtime.capture.CapturedFrame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Linux peers the interface tests talk to: scapy (Debian's python3-scapy under {@code
 * /usr/bin/python3}) to send frames and tshark to capture them, each optionally inside a test
 * namespace.
 */
final class PeerTools {

  static final String PYTHON = "/usr/bin/python3";

  private static final String SEND_SCRIPT =
      String.join(
          "\n",
          "import sys, logging",
          "logging.getLogger('scapy').setLevel(logging.ERROR)",
          "from scapy.all import Raw, sendp",
          "frames = [bytes.fromhex(l) for l in open(sys.argv[2]) if l.strip()]",
          "sendp([Raw(load=f) for f in frames], iface=sys.argv[1], verbose=False)",
          "print(len(frames))");

  private PeerTools() {}

  /**
   * Starts scapy sending {@code frames} out of {@code iface}, in order, in one process; {@code
   * prefix} is e.g. {@code ip netns exec NS} or empty for the root namespace.
   */
  static Process startScapySend(List<String> prefix, String iface, List<byte[]> frames, Path dir)
      throws IOException {
    assertThat(Path.of(PYTHON)).as("python3-scapy under " + PYTHON).isExecutable();
    Path hex = Files.createTempFile(dir, "frames", ".hex");
    List<String> lines = new ArrayList<>();
    for (byte[] frame : frames) {
      lines.add(HexFormat.of().formatHex(frame));
    }
    Files.write(hex, lines);
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(List.of(PYTHON, "-c", SEND_SCRIPT, iface, hex.toString()));
    Process process = Command.start(argv);
    process.getOutputStream().close();
    return process;
  }

  /** Waits for a scapy sender and fails the test unless it sent everything. */
  static void awaitScapy(Process scapy, int frames) throws Exception {
    CompletableFuture<String> out = Command.drain(scapy.getInputStream());
    CompletableFuture<String> err = Command.drain(scapy.getErrorStream());
    if (!scapy.waitFor(30, TimeUnit.SECONDS)) {
      scapy.destroyForcibly();
      throw new AssertionError("scapy did not finish sending " + frames + " frames in 30 s");
    }
    assertThat(scapy.exitValue()).as("scapy exit code; stderr: " + err.join()).isZero();
    assertThat(out.join().strip()).isEqualTo(Integer.toString(frames));
  }

  /** A running tshark capture that stops after a number of frames. */
  static final class TsharkCapture {
    private final Process process;
    private final Path file;
    private final CompletableFuture<String> stderr;

    private TsharkCapture(Process process, Path file, CompletableFuture<String> stderr) {
      this.process = process;
      this.file = file;
      this.stderr = stderr;
    }

    /**
     * Starts {@code tshark -i IFACE -f "ether proto 0x88b5" -c COUNT -w FILE} in {@code namespace}
     * and returns once tshark says it is capturing.
     */
    static TsharkCapture start(TestNamespace namespace, String iface, int count, Path dir)
        throws Exception {
      Path file = dir.resolve("tshark-" + iface + "-" + System.nanoTime() + ".pcapng");
      Process process =
          Command.start(
              namespace.inside(
                  "tshark",
                  "-i",
                  iface,
                  "-f",
                  "ether proto 0x" + Integer.toHexString(TestFrames.ETHERTYPE),
                  "-c",
                  Integer.toString(count),
                  "-w",
                  file.toString()));
      process.getOutputStream().close();
      Command.drain(process.getInputStream());
      CompletableFuture<Void> capturing = new CompletableFuture<>();
      CompletableFuture<String> stderr =
          CompletableFuture.supplyAsync(
              () -> {
                StringBuilder text = new StringBuilder();
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    text.append(line).append('\n');
                    if (line.contains("Capture started")) {
                      capturing.complete(null);
                    }
                  }
                } catch (IOException e) {
                  text.append(e);
                }
                capturing.complete(null);
                return text.toString();
              },
              Command::startDaemon);
      capturing.get(15, TimeUnit.SECONDS);
      assertThat(process.isAlive())
          .as("tshark is capturing; stderr: " + stderr.getNow(""))
          .isTrue();
      return new TsharkCapture(process, file, stderr);
    }

    /** Waits for tshark to stop (after its frame count) and returns the frames it captured. */
    List<byte[]> await(Duration timeout) throws Exception {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
        throw new AssertionError(
            "tshark did not capture its frame count in " + timeout + "; stderr: " + stderr.join());
      }
      assertThat(process.exitValue()).as("tshark exit code; stderr: " + stderr.join()).isZero();
      return framesIn(file);
    }

    /** Stops tshark if it is still running. */
    void stop() throws InterruptedException {
      if (process.isAlive()) {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  /** The frames of a capture file, read with the capture package's reader. */
  static List<byte[]> framesIn(Path file) throws IOException {
    List<byte[]> frames = new ArrayList<>();
    if (!Files.exists(file) || Files.size(file) == 0) {
      return frames;
    }
    try (CaptureReader reader = CaptureReader.open(file)) {
      for (CapturedFrame frame = reader.next(); frame != null; frame = reader.next()) {
        frames.add(frame.data());
      }
    }
    return frames;
  }

  /** Hex strings, so that assertion failures show which bytes differ. */
  static List<String> hex(List<byte[]> frames) {
    List<String> hex = new ArrayList<>();
    for (byte[] frame : frames) {
      hex.add(HexFormat.of().formatHex(frame));
    }
    return hex;
  }
}
