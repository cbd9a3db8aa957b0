package dev.oasis.runtime.iface;

import dev.oasis.runtime.capture.CaptureReader;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.PcapngWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Capture files as an interface: frames are received from a pcap or pcapng file, as fast as they
 * are asked for, and sent frames are appended to a pcapng file.
 *
 * <p>A received frame's port is its pcapng interface id (0 for classic pcap) and its timestamp the
 * capture's. When the input is exhausted {@link #receive} returns {@link
 * PacketInterface#END_OF_INPUT}; it never waits. A frame longer than the batch buffer is counted as
 * dropped. A frame the capture truncated to its snap length is received as captured.
 *
 * <p>A sent frame is written on the output interface of its batch port, so the port must be below
 * the port count given when opening. Capture files are not the zero-allocation path: the capture
 * package reads and writes one {@link CapturedFrame} per frame.
 */
public final class PcapFileInterface implements PacketInterface {

  private static final Logger LOG = LoggerFactory.getLogger(PcapFileInterface.class);

  private final String name;
  private final CaptureReader reader;
  private final PcapngWriter writer;
  private final Counters counters = new Counters();
  private final CallGuard guard;
  private boolean exhausted;

  private PcapFileInterface(String name, CaptureReader reader, PcapngWriter writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
    this.exhausted = reader == null;
    this.guard = new CallGuard(name);
  }

  /**
   * An interface that receives the frames of {@code input} and cannot send.
   *
   * @throws IOException if the file cannot be opened or its header is damaged (a {@link
   *     dev.oasis.runtime.capture.CaptureFormatException} naming the offset)
   */
  public static PcapFileInterface reader(Path input) throws IOException {
    return new PcapFileInterface("capture " + input, CaptureReader.open(input), null);
  }

  /**
   * An interface that writes sent frames to {@code output} (created or truncated) with {@code
   * ports} interfaces, and receives nothing ({@link #receive} returns {@link #END_OF_INPUT}).
   */
  public static PcapFileInterface writer(Path output, int ports) throws IOException {
    return new PcapFileInterface("capture " + output, null, new PcapngWriter(output, ports, false));
  }

  /** An interface that reads {@code input} and writes {@code output}; see the two above. */
  public static PcapFileInterface open(Path input, Path output, int ports) throws IOException {
    CaptureReader reader = CaptureReader.open(input);
    try {
      PcapngWriter writer = new PcapngWriter(output, ports, false);
      return new PcapFileInterface("capture " + input + " -> " + output, reader, writer);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Appends the next frames of the input, as many as fit; never waits.
   *
   * @return the frames appended, or {@link #END_OF_INPUT} once the input is exhausted
   * @throws dev.oasis.runtime.capture.CaptureFormatException when the file is damaged; frames
   *     appended before the damage stay in the batch
   */
  @Override
  public int receive(PacketBatch batch, long timeoutNanos) throws IOException {
    Timeouts.check(timeoutNanos);
    long stamp = guard.enter();
    try {
      if (exhausted) {
        return END_OF_INPUT;
      }
      int received = 0;
      long bytes = 0;
      long dropped = 0;
      try {
        while (!batch.isFull()) {
          CapturedFrame frame = reader.next();
          if (frame == null) {
            exhausted = true;
            break;
          }
          byte[] data = frame.data();
          if (data.length > batch.bufferBytes()) {
            dropped++;
            continue;
          }
          batch.add(data, 0, data.length, frame.port(), frame.timestampNanos());
          received++;
          bytes += data.length;
        }
      } finally {
        counters.received(received, bytes, dropped);
      }
      return received == 0 && exhausted ? END_OF_INPUT : received;
    } finally {
      guard.exit(stamp);
    }
  }

  /**
   * Writes each frame of the batch on the output interface of its port.
   *
   * @throws UnsupportedOperationException if the interface has no output file
   * @throws IllegalArgumentException if a port has no output interface
   */
  @Override
  public int send(PacketBatch batch) throws IOException {
    if (writer == null) {
      throw new UnsupportedOperationException(name + " only receives; open it with an output file");
    }
    long stamp = guard.enter();
    try {
      int sent = 0;
      long bytes = 0;
      try {
        for (int i = 0; i < batch.size(); i++) {
          byte[] data = Arrays.copyOf(batch.buffer(i), batch.length(i));
          writer.write(new CapturedFrame(batch.port(i), batch.timestampNanos(i), data));
          sent++;
          bytes += data.length;
        }
      } finally {
        counters.sent(sent, bytes, 0);
      }
      return sent;
    } finally {
      guard.exit(stamp);
    }
  }

  /** Pushes written frames to the file. */
  public void flush() throws IOException {
    long stamp = guard.enter();
    try {
      if (writer != null) {
        writer.flush();
      }
    } finally {
      guard.exit(stamp);
    }
  }

  @Override
  public InterfaceStatistics statistics() {
    return counters.snapshot(0, 0);
  }

  @Override
  public void close() throws IOException {
    guard.close(
        () -> {
          try {
            if (writer != null) {
              writer.close();
            }
          } finally {
            if (reader != null) {
              reader.close();
            }
          }
          LOG.debug("{} closed: {}", name, counters.snapshot(0, 0));
        });
  }

  @Override
  public String toString() {
    return "PcapFileInterface[" + name + "]";
  }
}
