package dev.oasis.runtime.iface;

import static dev.oasis.runtime.iface.linux.IfPacket.SOL_PACKET;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.oasis.runtime.iface.linux.Errno;
import dev.oasis.runtime.iface.linux.IfPacket;
import dev.oasis.runtime.iface.linux.LibC;
import dev.oasis.runtime.iface.linux.PacketMreq;
import dev.oasis.runtime.iface.linux.PollFd;
import dev.oasis.runtime.iface.linux.Posix;
import dev.oasis.runtime.iface.linux.SockaddrLl;
import dev.oasis.runtime.iface.linux.SystemCallException;
import dev.oasis.runtime.iface.linux.TpacketReq;
import dev.oasis.runtime.iface.linux.TpacketStats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An existing Linux network interface (a NIC, a veth end, a bridge port) driven through an {@code
 * AF_PACKET} socket with memory-mapped TPACKET_V2 rings: the kernel and the appliance exchange
 * frames through shared memory, without a system call per frame.
 *
 * <h2>Setting up</h2>
 *
 * <p>{@link #open} follows the {@code packet_mmap} recipe, one call each:
 *
 * <ol>
 *   <li>{@code if_nametoindex(name)}: the interface must exist;
 *   <li>{@code socket(AF_PACKET, SOCK_RAW, 0)}: protocol 0, so the socket sees no frame before it
 *       is bound to the interface (with {@code htons(ETH_P_ALL)} it would see every interface's
 *       frames until {@code bind});
 *   <li>{@code setsockopt(PACKET_VERSION, TPACKET_V2)}, {@code PACKET_IGNORE_OUTGOING} (frames the
 *       host sends on the interface are not received; a kernel before 4.20 lacks it, and the
 *       receive ring then skips {@code PACKET_OUTGOING} frames itself) and {@code PACKET_LOSS} (the
 *       kernel skips a transmit slot it refuses instead of stopping the ring);
 *   <li>{@code setsockopt(PACKET_RX_RING)} and {@code setsockopt(PACKET_TX_RING)} with the same
 *       {@link RingGeometry};
 *   <li>one {@code mmap} of both rings, receive ring first;
 *   <li>{@code bind} to the interface index with {@code htons(ETH_P_ALL)};
 *   <li>optionally {@code setsockopt(PACKET_ADD_MEMBERSHIP, PACKET_MR_PROMISC)}.
 * </ol>
 *
 * <h2>Steady state</h2>
 *
 * <p>{@link #receive} walks the receive ring ({@link RxRing}) and calls {@code poll(POLLIN)} only
 * when it is empty. {@link #send} fills transmit slots ({@link TxRing}) and kicks the kernel with
 * one {@code send(fd, NULL, 0, MSG_DONTWAIT)} per batch; when the ring is full it kicks, waits with
 * {@code poll(POLLOUT)} up to {@link AfPacketOptions#sendWaitMillis()} and counts what still does
 * not fit as dropped. Frames the kernel dropped because the receive ring was full are read with
 * {@code getsockopt(PACKET_STATISTICS)} when {@link #statistics()} is called.
 *
 * <p>Opening needs root or {@code CAP_NET_RAW} (and {@code CAP_NET_ADMIN} for promiscuous mode).
 * Sending while the interface is down fails with {@code send(PACKET_TX_RING) on interface eth1
 * failed: ENETDOWN (Network is down)}; the frames already in the ring then leave once the link is
 * up again, with the next batch.
 */
public final class AfPacketInterface implements PacketInterface {

  private static final Logger LOG = LoggerFactory.getLogger(AfPacketInterface.class);

  /** The shortest frame the kernel sends: an Ethernet header. */
  static final int MIN_FRAME_BYTES = 14;

  private final String name;
  private final String target;
  private final AfPacketOptions options;
  private final int fd;
  private final Pointer rings;
  private final long mappedBytes;
  private final RxRing rx;
  private final TxRing tx;
  private final PollFd rxPoll;
  private final PollFd txPoll;
  private final Counters counters = new Counters();
  private final AtomicLong kernelDrops = new AtomicLong();
  private final CallGuard guard;

  private AfPacketInterface(
      String name, AfPacketOptions options, int fd, Pointer rings, long mappedBytes) {
    this.name = name;
    this.target = "interface " + name;
    this.options = options;
    this.fd = fd;
    this.rings = rings;
    this.mappedBytes = mappedBytes;
    RingGeometry geometry = options.ring();
    int ringBytes = (int) geometry.ringBytes();
    ByteBuffer rxBytes = rings.getByteBuffer(0, ringBytes);
    ByteBuffer txBytes = rings.getByteBuffer(ringBytes, ringBytes);
    this.rx = new RxRing(rxBytes, geometry, options.port(), counters);
    this.tx = new TxRing(txBytes, geometry);
    this.rxPoll = new PollFd(fd, target);
    this.txPoll = new PollFd(fd, target);
    this.guard = new CallGuard(name);
  }

  /**
   * Opens {@code name} with {@link AfPacketOptions#defaults(int)}.
   *
   * @see #open(String, AfPacketOptions)
   */
  public static AfPacketInterface open(String name, int port) throws IOException {
    return open(name, AfPacketOptions.defaults(port));
  }

  /**
   * Opens the existing interface {@code name}.
   *
   * @throws IllegalArgumentException if the name is not a valid interface name (at most 15
   *     characters) or the ring's block size is not a multiple of the page size
   * @throws SystemCallException naming the call that failed and the errno, e.g. {@code
   *     if_nametoindex} with ENODEV when there is no such interface, {@code socket(AF_PACKET)} with
   *     EPERM without root
   */
  public static AfPacketInterface open(String name, AfPacketOptions options) throws IOException {
    InterfaceNames.check(name);
    Posix.requireLinux64();
    RingGeometry geometry = options.ring().validate(Posix.pageSize());
    String target = "interface " + name;
    int ifindex = Posix.ifNameToIndex(name);

    int fd =
        Posix.socket(
            IfPacket.AF_PACKET,
            IfPacket.SOCK_RAW | IfPacket.SOCK_CLOEXEC,
            0,
            "socket(AF_PACKET, SOCK_RAW)",
            target,
            "CAP_NET_RAW");
    Pointer rings = null;
    long mappedBytes = 2 * geometry.ringBytes();
    try {
      configureSocket(fd, geometry, target);
      rings = Posix.mmapShared(fd, mappedBytes, target);
      Posix.bind(fd, SockaddrLl.bindAll(ifindex), target);
      if (options.promiscuous()) {
        Posix.setsockopt(
            fd,
            SOL_PACKET,
            IfPacket.PACKET_ADD_MEMBERSHIP,
            "PACKET_ADD_MEMBERSHIP, PACKET_MR_PROMISC",
            new PacketMreq(ifindex, IfPacket.PACKET_MR_PROMISC),
            target);
      }
    } catch (IOException | RuntimeException e) {
      if (rings != null) {
        LibC.munmap(rings, mappedBytes);
      }
      LibC.close(fd);
      throw e;
    }

    LOG.debug(
        "af_packet {} (ifindex {}) open as port {}: {} frames of {} bytes per ring, promiscuous {}",
        name,
        ifindex,
        options.port(),
        geometry.frameCount(),
        geometry.frameSize(),
        options.promiscuous());
    return new AfPacketInterface(name, options, fd, rings, mappedBytes);
  }

  private static void configureSocket(int fd, RingGeometry geometry, String target)
      throws SystemCallException {
    Posix.setsockopt(
        fd,
        SOL_PACKET,
        IfPacket.PACKET_VERSION,
        "PACKET_VERSION, TPACKET_V2",
        IfPacket.TPACKET_V2,
        0,
        target);
    int ignoreOutgoing =
        Posix.setsockopt(
            fd,
            SOL_PACKET,
            IfPacket.PACKET_IGNORE_OUTGOING,
            "PACKET_IGNORE_OUTGOING",
            1,
            Errno.ENOPROTOOPT,
            target);
    if (ignoreOutgoing != 0) {
      LOG.debug("{}: kernel lacks PACKET_IGNORE_OUTGOING; outgoing frames are skipped", target);
    }
    Posix.setsockopt(fd, SOL_PACKET, IfPacket.PACKET_LOSS, "PACKET_LOSS", 1, 0, target);

    TpacketReq request =
        new TpacketReq(
            geometry.blockSize(),
            geometry.blockCount(),
            geometry.frameSize(),
            geometry.frameCount());
    Posix.setsockopt(fd, SOL_PACKET, IfPacket.PACKET_RX_RING, "PACKET_RX_RING", request, target);
    Posix.setsockopt(fd, SOL_PACKET, IfPacket.PACKET_TX_RING, "PACKET_TX_RING", request, target);
  }

  @Override
  public String name() {
    return name;
  }

  /** The options the interface was opened with. */
  public AfPacketOptions options() {
    return options;
  }

  @Override
  public int receive(PacketBatch batch, long timeoutNanos) throws IOException {
    Timeouts.check(timeoutNanos);
    long stamp = guard.enter();
    try {
      long deadline = Timeouts.deadline(timeoutNanos);
      while (true) {
        int received = rx.drain(batch);
        if (received > 0 || batch.isFull()) {
          return received;
        }
        int millis = Timeouts.pollMillis(deadline);
        if (millis == 0) {
          return 0;
        }
        if (!rx.hasFrame()) {
          awaitOrFail(rxPoll, Posix.POLLIN, millis);
        }
      }
    } finally {
      guard.exit(stamp);
    }
  }

  @Override
  public int send(PacketBatch batch) throws IOException {
    long stamp = guard.enter();
    try {
      int sent = 0;
      long bytes = 0;
      long dropped = 0;
      int maxBytes = options.ring().maxSendBytes();
      for (int i = 0; i < batch.size(); i++) {
        int length = batch.length(i);
        if (length < MIN_FRAME_BYTES || length > maxBytes) {
          dropped++;
          continue;
        }
        if (!tx.offer(batch.buffer(i), length)
            && !(awaitRoom() && tx.offer(batch.buffer(i), length))) {
          dropped += batch.size() - i;
          break;
        }
        sent++;
        bytes += length;
      }
      if (sent > 0) {
        kick();
      }
      counters.sent(sent, bytes, dropped);
      return sent;
    } finally {
      guard.exit(stamp);
    }
  }

  /** Kicks the kernel and waits up to the send wait for the next slot; false if none came. */
  private boolean awaitRoom() throws SystemCallException {
    kick();
    long deadline = Timeouts.deadline(options.sendWaitMillis() * 1_000_000L);
    while (!tx.hasRoom()) {
      int millis = Timeouts.pollMillis(deadline);
      if (millis == 0) {
        return false;
      }
      awaitOrFail(txPoll, Posix.POLLOUT, millis);
    }
    return true;
  }

  /** {@code send(fd, NULL, 0, MSG_DONTWAIT)}: transmit every slot that requests it. */
  private void kick() throws SystemCallException {
    while (LibC.send(fd, null, 0, Posix.MSG_DONTWAIT) < 0) {
      int errno = Native.getLastError();
      if (errno == Errno.EINTR) {
        continue;
      }
      if (errno == Errno.EAGAIN || errno == Errno.ENOBUFS) {
        return;
      }
      throw new SystemCallException("send(PACKET_TX_RING)", target, errno, null);
    }
  }

  private void awaitOrFail(PollFd pollFd, short events, int millis) throws SystemCallException {
    int revents = pollFd.await(events, millis);
    if ((revents & Posix.POLLNVAL) != 0) {
      throw new SystemCallException("poll", target, Errno.EBADF, null);
    }
    if ((revents & Posix.POLLERR) != 0 && (revents & events) == 0) {
      throw new SystemCallException("poll (POLLERR)", target, Errno.EIO, null);
    }
  }

  /**
   * Counters since the interface was opened. Receive drops include the frames the kernel dropped
   * because the receive ring was full (read now with {@code getsockopt(PACKET_STATISTICS)});
   * transmit drops include the frames the kernel refused.
   */
  @Override
  public InterfaceStatistics statistics() {
    readKernelDrops();
    return counters.snapshot(kernelDrops.get(), tx.refused());
  }

  private void readKernelDrops() {
    long stamp;
    try {
      stamp = guard.enter();
    } catch (IllegalStateException closed) {
      return;
    }
    try {
      TpacketStats stats = new TpacketStats();
      Posix.getsockopt(
          fd, SOL_PACKET, IfPacket.PACKET_STATISTICS, "PACKET_STATISTICS", stats, target);
      kernelDrops.addAndGet(stats.tp_drops & 0xffff_ffffL);
    } catch (SystemCallException e) {
      LOG.debug("{}: kernel drop count unavailable: {}", target, e.getMessage());
    } finally {
      guard.exit(stamp);
    }
  }

  @Override
  public void close() throws IOException {
    readKernelDrops();
    guard.close(
        () -> {
          rxPoll.close();
          txPoll.close();
          int unmapped = LibC.munmap(rings, mappedBytes);
          int munmapErrno = unmapped == 0 ? 0 : Native.getLastError();
          Posix.close(fd, target);
          if (unmapped != 0) {
            throw new SystemCallException("munmap", target, munmapErrno, null);
          }
          LOG.debug("af_packet {} closed: {}", name, counters.snapshot(kernelDrops.get(), 0));
        });
  }

  @Override
  public String toString() {
    return "AfPacketInterface[" + name + ", port " + options.port() + "]";
  }
}
