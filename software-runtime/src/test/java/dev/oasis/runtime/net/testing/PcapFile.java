package dev.oasis.runtime.net.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the classic libpcap format (microsecond timestamps, link type 1 = Ethernet), written here
 * independently of the runtime's capture code so that tests of that code can use it too.
 *
 * <p>Global header (24 bytes): magic 0xa1b2c3d4, version 2.4, thiszone 0, sigfigs 0, snaplen 65535,
 * link type. Record header (16 bytes): seconds, microseconds, captured length, original length.
 * Written little-endian, which readers recognise from the magic.
 */
public final class PcapFile {

  /** Link type of Ethernet frames. */
  public static final int LINKTYPE_ETHERNET = 1;

  private PcapFile() {}

  /**
   * Reads the frames of a classic pcap file (either byte order, micro- or nanosecond magic), as
   * captured (possibly shorter than on the wire).
   */
  public static List<byte[]> read(Path file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int magic = in.getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
      in.order(ByteOrder.BIG_ENDIAN);
      magic = in.getInt(0);
      if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
        throw new IOException(file + " is not a classic pcap file (magic " + magic + ")");
      }
    }
    List<byte[]> frames = new java.util.ArrayList<>();
    in.position(24);
    while (in.remaining() >= 16) {
      in.getInt();
      in.getInt();
      int captured = in.getInt();
      in.getInt();
      byte[] frame = new byte[captured];
      in.get(frame);
      frames.add(frame);
    }
    return frames;
  }

  /** Writes {@code frames} to {@code file}, frame i stamped at i seconds. */
  public static void write(Path file, List<byte[]> frames) throws IOException {
    int size = 24;
    for (byte[] frame : frames) {
      size += 16 + frame.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0);
    out.putInt(65535).putInt(LINKTYPE_ETHERNET);
    int seconds = 0;
    for (byte[] frame : frames) {
      out.putInt(seconds++).putInt(0).putInt(frame.length).putInt(frame.length).put(frame);
    }
    Files.write(file, out.array());
  }
}
