package dev.oasis.runtime.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a little-endian pcapng file: one Section Header Block, one Interface Description Block per
 * port (Ethernet, named "port0", "port1", ..., nanosecond timestamps through if_tsresol 9),
 * optionally one more named "host" for the slow path, and one Enhanced Packet Block per frame.
 *
 * <p>The interface id of a frame's block is its port. The file holds nothing but what the caller
 * writes, so the same frames always give the same bytes. The header blocks are written by the
 * constructor, so a writer closed without frames leaves a valid empty capture.
 */
public final class PcapngWriter implements Closeable {

  /** The if_name of the slow-path interface. */
  public static final String HOST_INTERFACE_NAME = "host";

  /** The if_name of port N is this prefix followed by N. */
  public static final String PORT_INTERFACE_PREFIX = "port";

  /** The largest port count a writer accepts. */
  public static final int MAX_PORTS = 65_535;

  private static final String APPLICATION = "Oasis";

  private static final int SECTION_HEADER = 0x0A0D0D0A;
  private static final int INTERFACE_DESCRIPTION = 1;
  private static final int ENHANCED_PACKET = 6;
  private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

  private static final int OPTION_END = 0;
  private static final int OPTION_SHB_USERAPPL = 4;
  private static final int OPTION_IF_NAME = 2;
  private static final int OPTION_IF_TSRESOL = 9;
  private static final int NANOSECOND_RESOLUTION = 9;

  /** Type, length, interface id, timestamp (2), captured and original length; then trailer. */
  private static final int EPB_HEADER_BYTES = 28;

  private static final int EPB_OVERHEAD_BYTES = EPB_HEADER_BYTES + 4;
  private static final byte[] PADDING = new byte[3];

  private final OutputStream out;
  private final int interfaceCount;
  private final int hostPort;
  private final ByteBuffer header =
      ByteBuffer.allocate(EPB_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /**
   * Creates (or truncates) a file and writes the header blocks.
   *
   * @param ports how many Oasis ports, 0 to {@link #MAX_PORTS}
   * @param withHostInterface whether to add the "host" interface after the ports
   */
  public PcapngWriter(Path path, int ports, boolean withHostInterface) throws IOException {
    this(Files.newOutputStream(path), ports, withHostInterface);
  }

  /**
   * Writes the header blocks to a stream, which the writer then owns and closes.
   *
   * @param ports how many Oasis ports, 0 to {@link #MAX_PORTS}
   * @param withHostInterface whether to add the "host" interface after the ports
   */
  public PcapngWriter(OutputStream out, int ports, boolean withHostInterface) throws IOException {
    if (ports < 0 || ports > MAX_PORTS) {
      out.close();
      throw new IllegalArgumentException(
          "port count " + ports + " is out of range; expected 0 to " + MAX_PORTS);
    }
    this.out = new BufferedOutputStream(out);
    this.interfaceCount = ports + (withHostInterface ? 1 : 0);
    this.hostPort = withHostInterface ? ports : -1;

    writeSectionHeader();
    for (int port = 0; port < ports; port++) {
      writeInterface(PORT_INTERFACE_PREFIX + port);
    }
    if (withHostInterface) {
      writeInterface(HOST_INTERFACE_NAME);
    }
  }

  /**
   * The port (interface id) of the "host" interface: the number of ports.
   *
   * @throws IllegalStateException if the writer was made without a host interface
   */
  public int hostPort() {
    if (hostPort < 0) {
      throw new IllegalStateException("this writer was created without a host interface");
    }
    return hostPort;
  }

  /**
   * Appends one frame as an Enhanced Packet Block on the interface of its port.
   *
   * @throws IllegalArgumentException if the port has no interface or the frame is longer than
   *     {@link Captures#MAX_WRITTEN_FRAME_BYTES}
   */
  public void write(CapturedFrame frame) throws IOException {
    if (frame.port() >= interfaceCount) {
      throw new IllegalArgumentException(
          "port "
              + frame.port()
              + " has no interface; this capture has "
              + (interfaceCount == 0 ? "none" : "interfaces 0.." + (interfaceCount - 1)));
    }
    byte[] data = frame.data();
    if (data.length > CaptureLimits.MAX_WRITTEN_FRAME_BYTES) {
      throw new IllegalArgumentException(
          "frame of "
              + data.length
              + " bytes exceeds the "
              + CaptureLimits.MAX_WRITTEN_FRAME_BYTES
              + "-byte limit of capture files");
    }
    int padding = padding(data.length);
    int length = EPB_OVERHEAD_BYTES + data.length + padding;
    long nanos = frame.timestampNanos();

    header.clear();
    header.putInt(ENHANCED_PACKET).putInt(length).putInt(frame.port());
    header.putInt((int) (nanos >>> 32)).putInt((int) nanos);
    header.putInt(data.length).putInt(frame.originalLength());
    out.write(header.array(), 0, header.position());
    out.write(data);
    out.write(PADDING, 0, padding);
    writeInt(length);
  }

  /** Pushes buffered blocks to the underlying stream. */
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void writeSectionHeader() throws IOException {
    byte[] options =
        options(option(OPTION_SHB_USERAPPL, APPLICATION.getBytes(StandardCharsets.UTF_8)));
    ByteBuffer block = startBlock(SECTION_HEADER, 16 + options.length);
    block.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L);
    finishBlock(block.put(options));
  }

  private void writeInterface(String name) throws IOException {
    byte[] options =
        options(
            option(OPTION_IF_NAME, name.getBytes(StandardCharsets.UTF_8)),
            option(OPTION_IF_TSRESOL, new byte[] {NANOSECOND_RESOLUTION}));
    ByteBuffer block = startBlock(INTERFACE_DESCRIPTION, 8 + options.length);
    block.putShort((short) CaptureLimits.LINKTYPE_ETHERNET).putShort((short) 0);
    block.putInt(CaptureLimits.MAX_WRITTEN_FRAME_BYTES);
    finishBlock(block.put(options));
  }

  /** One option: code, length, the value and padding to 4 bytes. */
  private static byte[] option(int code, byte[] value) {
    ByteBuffer option = ByteBuffer.allocate(4 + value.length + padding(value.length));
    option.order(ByteOrder.LITTLE_ENDIAN).putShort((short) code).putShort((short) value.length);
    return option.put(value).array();
  }

  /** Options one after the other, closed by the end-of-options marker. */
  private static byte[] options(byte[]... options) {
    ByteBuffer all = ByteBuffer.allocate(4 + Arrays.stream(options).mapToInt(o -> o.length).sum());
    for (byte[] option : options) {
      all.put(option);
    }
    return all.order(ByteOrder.LITTLE_ENDIAN)
        .putShort((short) OPTION_END)
        .putShort((short) 0)
        .array();
  }

  private static ByteBuffer startBlock(int type, int bodyLength) {
    int length = 12 + bodyLength;
    return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(type).putInt(length);
  }

  private void finishBlock(ByteBuffer block) throws IOException {
    block.putInt(block.capacity());
    out.write(block.array());
  }

  private void writeInt(int value) throws IOException {
    header.clear();
    header.putInt(value);
    out.write(header.array(), 0, 4);
  }

  private static int padding(int length) {
    return -length & 3;
  }
}
