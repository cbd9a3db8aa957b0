package dev.oasis.runtime.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shortcuts for whole capture files. */
public final class Captures {

  /** The largest pcap record or pcapng block a reader accepts: 16 MiB. */
  public static final int MAX_READ_BYTES = CaptureLimits.MAX_READ_BYTES;

  /**
   * The largest frame the writers accept, 262144 bytes: the largest that libpcap and Wireshark read
   * back.
   */
  public static final int MAX_WRITTEN_FRAME_BYTES = CaptureLimits.MAX_WRITTEN_FRAME_BYTES;

  private static final int MAGIC_BYTES = 4;

  private Captures() {}

  /**
   * Reads every frame of a pcap or pcapng file.
   *
   * @throws CaptureFormatException if the file is damaged anywhere; use {@link CaptureReader} to
   *     keep the frames before the damage
   */
  public static List<CapturedFrame> readAll(Path path) throws IOException {
    List<CapturedFrame> frames = new ArrayList<>();
    try (CaptureReader reader = CaptureReader.open(path)) {
      for (CapturedFrame frame = reader.next(); frame != null; frame = reader.next()) {
        frames.add(frame);
      }
    }
    return frames;
  }

  /** Tells the format by the magic number and opens the matching reader. */
  static CaptureReader open(ByteInput in) throws IOException {
    byte[] magicBytes = new byte[MAGIC_BYTES];
    int read = in.peek(magicBytes);
    if (read == 0) {
      throw in.error(0, "empty file; expected a pcap or pcapng header");
    }
    if (read < MAGIC_BYTES) {
      throw in.error(
          0,
          "file of " + read + " bytes is too short for the " + MAGIC_BYTES + "-byte magic number");
    }

    int magic = ByteBuffer.wrap(magicBytes).getInt();
    if (magic == PcapngReader.SECTION_HEADER) {
      return PcapngReader.open(in);
    }
    for (int known : new int[] {PcapReader.MAGIC_MICROSECONDS, PcapReader.MAGIC_NANOSECONDS}) {
      if (magic == known || magic == Integer.reverseBytes(known)) {
        return PcapReader.open(in);
      }
    }
    throw in.error(
        0,
        String.format(
            "unknown magic number 0x%08x; expected pcap (0x%08x or 0x%08x, either byte order)"
                + " or pcapng (0x%08x)",
            magic,
            PcapReader.MAGIC_MICROSECONDS,
            PcapReader.MAGIC_NANOSECONDS,
            PcapngReader.SECTION_HEADER));
  }
}
