package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading helpers and the comparison of Oasis's reading of a file with tshark's. */
final class CaptureChecks {

  /** The frames read before the end or the first error, and that error if any. */
  record Outcome(List<CapturedFrame> frames, CaptureFormatException error) {}

  private CaptureChecks() {}

  /** Reads a file until its end or its first format error; any other exception escapes. */
  static Outcome readUntilError(Path file) throws IOException {
    List<CapturedFrame> frames = new ArrayList<>();
    try (CaptureReader reader = CaptureReader.open(file)) {
      for (CapturedFrame frame = reader.next(); frame != null; frame = reader.next()) {
        frames.add(frame);
      }
    } catch (CaptureFormatException e) {
      return new Outcome(frames, e);
    }
    return new Outcome(frames, null);
  }

  /** Reads bytes (named "test") until their end or their first format error. */
  static Outcome readUntilError(byte[] bytes) throws IOException {
    List<CapturedFrame> frames = new ArrayList<>();
    try (CaptureReader reader = CaptureReader.open(new ByteArrayInputStream(bytes), "test")) {
      for (CapturedFrame frame = reader.next(); frame != null; frame = reader.next()) {
        frames.add(frame);
      }
    } catch (CaptureFormatException e) {
      return new Outcome(frames, e);
    }
    return new Outcome(frames, null);
  }

  /** The format error that reading {@code bytes} ends with, after checking there is one. */
  static CaptureFormatException errorOf(byte[] bytes) throws IOException {
    Outcome outcome = readUntilError(bytes);
    assertThat(outcome.error()).as("error reading bytes that should be damaged").isNotNull();
    return outcome.error();
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /**
   * Checks that Oasis reads the Ethernet packets tshark reads, in order, with the same port,
   * timestamp, bytes and original length; that it stops with an error naming the interface and link
   * type at the first packet of another link type; and that it reports damage where tshark does.
   * Returns Oasis's outcome for further checks.
   */
  static Outcome assertReadsLikeTshark(Path file) throws IOException, InterruptedException {
    Tshark.Reading tshark = Tshark.read(file);
    Outcome ours = readUntilError(file);

    List<Tshark.Record> packets = tshark.packets();
    int firstOther = 0;
    while (firstOther < packets.size() && packets.get(firstOther).isEthernet()) {
      firstOther++;
    }
    List<CapturedFrame> expected =
        packets.subList(0, firstOther).stream().map(Tshark::expectedFrame).toList();
    assertThat(ours.frames()).as("frames of %s", file).containsExactlyElementsOf(expected);

    if (firstOther < packets.size()) {
      assertThat(ours.error()).as("error for the non-Ethernet packet in %s", file).isNotNull();
      assertThat(ours.error().getMessage())
          .contains("interface " + packets.get(firstOther).interfaceId())
          .contains("has link type")
          .contains("only Ethernet (1) is supported");
    } else if (tshark.exitCode() != 0) {
      assertThat(ours.error())
          .as("tshark found %s damaged (%s); so should Oasis", file, tshark.stderr().strip())
          .isNotNull();
    } else {
      assertThat(ours.error()).as("error reading %s", file).isNull();
    }
    return ours;
  }
}
