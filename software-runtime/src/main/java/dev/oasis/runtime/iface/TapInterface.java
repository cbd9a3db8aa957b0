package dev.oasis.runtime.iface;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.oasis.runtime.iface.linux.Errno;
import dev.oasis.runtime.iface.linux.IfTun;
import dev.oasis.runtime.iface.linux.Ifreq;
import dev.oasis.runtime.iface.linux.LibC;
import dev.oasis.runtime.iface.linux.PollFd;
import dev.oasis.runtime.iface.linux.Posix;
import dev.oasis.runtime.iface.linux.SystemCallException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Linux TAP device: the appliance is the far end of a virtual Ethernet link whose near end is an
 * ordinary kernel interface.
 *
 * <h2>How it works</h2>
 *
 * <p>{@link #open} opens {@code /dev/net/tun} with {@code O_RDWR | O_NONBLOCK | O_CLOEXEC} and
 * attaches it with {@code ioctl(TUNSETIFF)} to the TAP of that name ({@code IFF_TAP | IFF_NO_PI}:
 * plain Ethernet frames, no packet-information prefix), creating it when it does not exist. A
 * device created this way lives as long as the descriptor: closing the interface removes it.
 *
 * <p>The tun driver moves one frame per {@code read} or {@code write}, so {@link #receive} reads
 * until the device is empty ({@code EAGAIN}) or the batch is full, and calls {@code poll} only when
 * nothing was read; {@link #send} writes each frame of the batch. Frames go through two native
 * buffers allocated once (one for each direction), so nothing is allocated per frame.
 *
 * <h2>Namespaces</h2>
 *
 * <p>The device is created in the network namespace of the calling process. To put it in another
 * one, open it and then move it, e.g. {@code ip link set tap0 netns NS}; the descriptor stays
 * attached, and the address and link state are set inside that namespace ({@code ip -n NS addr add
 * 10.0.0.1/24 dev tap0}, {@code ip -n NS link set tap0 up}). Frames read here are those the kernel
 * sends through the TAP; frames written here arrive at the kernel as if received on it.
 *
 * <h2>Errors</h2>
 *
 * <p>Creating a TAP needs root or {@code CAP_NET_ADMIN}; without it {@link #open} throws {@code
 * ioctl(TUNSETIFF) on /dev/net/tun for tap0 failed: EPERM (Operation not permitted); this needs
 * root or CAP_NET_ADMIN}. A write that the kernel refuses because the link is down ({@code EIO})
 * counts as a drop.
 */
public final class TapInterface implements PacketInterface {

  private static final Logger LOG = LoggerFactory.getLogger(TapInterface.class);

  /** The largest frame a TAP carries: a 65535-byte MTU plus an Ethernet and a VLAN header. */
  static final int MAX_FRAME_BYTES = 65_535 + 18;

  /** The shortest frame a TAP accepts: an Ethernet header. */
  static final int MIN_FRAME_BYTES = 14;

  private final String name;
  private final String target;
  private final int port;
  private final int fd;
  private final Memory rxBuffer = new Memory(MAX_FRAME_BYTES);
  private final Memory txBuffer = new Memory(MAX_FRAME_BYTES);
  private final PollFd poll;
  private final RealtimeClock clock = new RealtimeClock();
  private final Counters counters = new Counters();
  private final CallGuard guard;

  private TapInterface(String name, int port, int fd) {
    this.name = name;
    this.target = "interface " + name;
    this.port = port;
    this.fd = fd;
    this.poll = new PollFd(fd, target);
    this.guard = new CallGuard(name);
  }

  /**
   * Attaches to (creating if needed) the TAP device {@code name}; its frames carry {@code port}. A
   * name with {@code %d}, e.g. {@code oasis%d}, lets the kernel pick the number; {@link #name()}
   * tells the name it chose.
   *
   * @throws IllegalArgumentException if the name is not a valid interface name (at most 15
   *     characters) or the port is outside 0..65535
   * @throws SystemCallException naming {@code open} or {@code ioctl(TUNSETIFF)} and the errno, e.g.
   *     EPERM without root, EBUSY when another process holds the device, EINVAL when {@code name}
   *     is an interface that is not a TAP
   */
  public static TapInterface open(String name, int port) throws IOException {
    InterfaceNames.check(name);
    checkPort(port);
    Posix.requireLinux64();

    int fd =
        Posix.open(
            IfTun.CLONE_DEVICE, Posix.O_RDWR | Posix.O_NONBLOCK | Posix.O_CLOEXEC, "CAP_NET_ADMIN");
    Ifreq request = new Ifreq(name, IfTun.IFF_TAP | IfTun.IFF_NO_PI);
    request.write();
    if (LibC.ioctl(fd, IfTun.TUNSETIFF, request.getPointer()) < 0) {
      int errno = Native.getLastError();
      LibC.close(fd);
      throw new SystemCallException(
          "ioctl(TUNSETIFF)", IfTun.CLONE_DEVICE + " for " + name, errno, "CAP_NET_ADMIN");
    }
    request.read();

    TapInterface tap = new TapInterface(request.name(), port, fd);
    LOG.debug("tap {} attached as port {} (fd {})", tap.name, port, fd);
    return tap;
  }

  @Override
  public String name() {
    return name;
  }

  /** The port every received frame carries. */
  public int port() {
    return port;
  }

  @Override
  public int receive(PacketBatch batch, long timeoutNanos) throws IOException {
    Timeouts.check(timeoutNanos);
    long stamp = guard.enter();
    try {
      long deadline = Timeouts.deadline(timeoutNanos);
      while (true) {
        int received = readAvailable(batch);
        if (received > 0 || batch.isFull()) {
          return received;
        }
        int millis = Timeouts.pollMillis(deadline);
        if (millis == 0) {
          return 0;
        }
        poll.await(Posix.POLLIN, millis);
      }
    } finally {
      guard.exit(stamp);
    }
  }

  /** Reads frames until the device is empty or the batch is full. */
  private int readAvailable(PacketBatch batch) throws SystemCallException {
    int received = 0;
    long bytes = 0;
    long dropped = 0;
    long now = clock.nanos();
    while (!batch.isFull()) {
      long length = LibC.read(fd, rxBuffer, MAX_FRAME_BYTES);
      if (length < 0) {
        int errno = Native.getLastError();
        if (errno == Errno.EINTR) {
          continue;
        }
        if (errno == Errno.EAGAIN) {
          break;
        }
        throw new SystemCallException("read", target, errno, null);
      }
      if (length == 0) {
        break;
      }
      if (length > batch.bufferBytes()) {
        dropped++;
        continue;
      }
      rxBuffer.read(0, batch.nextBuffer(), 0, (int) length);
      batch.commit((int) length, port, now);
      received++;
      bytes += length;
    }
    counters.received(received, bytes, dropped);
    return received;
  }

  @Override
  public int send(PacketBatch batch) throws IOException {
    long stamp = guard.enter();
    try {
      int sent = 0;
      long bytes = 0;
      long dropped = 0;
      for (int i = 0; i < batch.size(); i++) {
        int length = batch.length(i);
        if (length < MIN_FRAME_BYTES || length > MAX_FRAME_BYTES) {
          dropped++;
          continue;
        }
        txBuffer.write(0, batch.buffer(i), 0, length);
        if (writeFrame(length)) {
          sent++;
          bytes += length;
        } else {
          dropped++;
        }
      }
      counters.sent(sent, bytes, dropped);
      return sent;
    } finally {
      guard.exit(stamp);
    }
  }

  /** Writes one frame from the transmit buffer; false when the kernel dropped it. */
  private boolean writeFrame(int length) throws SystemCallException {
    while (true) {
      long written = LibC.write(fd, txBuffer, length);
      if (written >= 0) {
        return true;
      }
      int errno = Native.getLastError();
      if (errno == Errno.EINTR) {
        continue;
      }
      if (errno == Errno.EAGAIN || errno == Errno.EIO || errno == Errno.ENOBUFS) {
        return false;
      }
      throw new SystemCallException("write", target, errno, null);
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
          poll.close();
          rxBuffer.close();
          txBuffer.close();
          Posix.close(fd, target);
          LOG.debug("tap {} closed: {}", name, counters.snapshot(0, 0));
        });
  }

  @Override
  public String toString() {
    return "TapInterface[" + name + ", port " + port + "]";
  }

  static void checkPort(int port) {
    if (port < 0 || port > PacketBatch.MAX_PORT) {
      throw new IllegalArgumentException(
          "port " + port + " is out of range; expected 0 to " + PacketBatch.MAX_PORT);
    }
  }
}
