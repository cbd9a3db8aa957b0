package dev.oasis.runtime.iface;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ethernet frames carried in UDP datagrams, one frame per datagram with nothing added, so that
 * appliances in different processes (or hosts) can be wired together like ports on a cable.
 *
 * <h2>How it works</h2>
 *
 * <p>A Netty datagram channel, on an event loop of its own, is bound to {@link
 * UdpTunnelOptions#local()}. Each datagram from the remote address is copied into a bounded queue
 * of preallocated slots ({@link UdpTunnelOptions#queueFrames()}); when the queue is full, or the
 * datagram is longer than {@link UdpTunnelOptions#maxFrameBytes()} or comes from another address,
 * it is counted as a receive drop. {@link #receive} moves queued frames into the batch and parks
 * when there are none. {@link #send} copies each frame into a pooled buffer and writes it to the
 * remote address, flushing once per batch; while the channel's outbound buffer is above its high
 * water mark (1 MiB), frames are counted as transmit drops instead.
 *
 * <p>This code allocates nothing per frame, but Netty does: one {@link DatagramPacket} message per
 * datagram in each direction (with pooled buffers), and one write task per frame sent from a thread
 * outside the event loop. UDP itself may lose datagrams when the receiving socket buffer overflows;
 * such losses happen in the kernel and are not counted here.
 */
public final class UdpTunnelInterface implements PacketInterface {

  private static final Logger LOG = LoggerFactory.getLogger(UdpTunnelInterface.class);

  private static final int SOCKET_BUFFER_BYTES = 4 << 20;
  private static final WriteBufferWaterMark WATER_MARK =
      new WriteBufferWaterMark(256 << 10, 1 << 20);

  private final UdpTunnelOptions options;
  private final EventLoopGroup group;
  private final Channel channel;
  private final InetSocketAddress local;
  private final FrameQueue queue;
  private final Counters counters = new Counters();
  private final AtomicLong sendFailures = new AtomicLong();
  private final long[] drainCounts = new long[2];
  private final CallGuard guard;
  private volatile InetSocketAddress remote;

  private UdpTunnelInterface(
      UdpTunnelOptions options, EventLoopGroup group, Channel channel, FrameQueue queue) {
    this.options = options;
    this.group = group;
    this.channel = channel;
    this.local = (InetSocketAddress) channel.localAddress();
    this.queue = queue;
    this.remote = options.remote();
    this.guard = new CallGuard("udp " + local);
  }

  /**
   * Binds a tunnel end.
   *
   * @throws IOException naming the local address and the cause when binding fails (e.g. the port is
   *     in use)
   */
  public static UdpTunnelInterface open(UdpTunnelOptions options) throws IOException {
    FrameQueue queue = new FrameQueue(options.queueFrames(), options.maxFrameBytes());
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("oasis-udp-tunnel", true), NioIoHandler.newFactory());
    Receiver receiver = new Receiver(queue, options.maxFrameBytes());
    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioDatagramChannel.class)
            .option(ChannelOption.SO_RCVBUF, SOCKET_BUFFER_BYTES)
            .option(ChannelOption.SO_SNDBUF, SOCKET_BUFFER_BYTES)
            .option(
                ChannelOption.RCVBUF_ALLOCATOR,
                new FixedRecvByteBufAllocator(options.maxFrameBytes() + 1))
            .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
            .handler(receiver);

    ChannelFuture bound = bootstrap.bind(options.local()).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      Throwable cause = bound.cause();
      throw new IOException(
          "bind of udp tunnel to " + options.local() + " failed: " + cause.getMessage(), cause);
    }
    UdpTunnelInterface tunnel = new UdpTunnelInterface(options, group, bound.channel(), queue);
    receiver.tunnel = tunnel;
    LOG.debug(
        "{} open as port {}, queue {} frames",
        tunnel.name(),
        options.port(),
        options.queueFrames());
    return tunnel;
  }

  /** The bound address, with the port the system chose when {@code local} asked for 0. */
  public InetSocketAddress localAddress() {
    return local;
  }

  /** Where sent frames go, or {@code null} when not yet set. */
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  /**
   * Sets where sent frames go and whose datagrams are accepted, e.g. once the peer's ephemeral port
   * is known.
   */
  public void connect(InetSocketAddress remote) {
    this.remote = Objects.requireNonNull(remote, "remote");
  }

  @Override
  public String name() {
    return "udp " + format(local) + "->" + (remote == null ? "(no remote)" : format(remote));
  }

  @Override
  public int receive(PacketBatch batch, long timeoutNanos) throws IOException {
    Timeouts.check(timeoutNanos);
    long stamp = guard.enter();
    try {
      long deadline = Timeouts.deadline(timeoutNanos);
      while (true) {
        drainCounts[0] = 0;
        drainCounts[1] = 0;
        int received = queue.drainTo(batch, options.port(), drainCounts);
        counters.received(received, drainCounts[0], drainCounts[1]);
        if (received > 0 || batch.isFull()) {
          return received;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return 0;
        }
        queue.awaitFrame(left);
      }
    } finally {
      guard.exit(stamp);
    }
  }

  /**
   * Sends each frame of the batch as one datagram to the remote address.
   *
   * @throws IllegalStateException if no remote address is set
   */
  @Override
  public int send(PacketBatch batch) throws IOException {
    InetSocketAddress destination = remote;
    if (destination == null) {
      throw new IllegalStateException(
          name() + " has no remote address; pass one when opening or call connect");
    }
    long stamp = guard.enter();
    try {
      int sent = 0;
      long bytes = 0;
      long dropped = 0;
      for (int i = 0; i < batch.size(); i++) {
        int length = batch.length(i);
        if (length > options.maxFrameBytes() || !channel.isWritable()) {
          dropped++;
          continue;
        }
        ByteBuf payload = channel.alloc().directBuffer(length);
        payload.writeBytes(batch.buffer(i), 0, length);
        channel.write(new DatagramPacket(payload, destination), channel.voidPromise());
        sent++;
        bytes += length;
      }
      channel.flush();
      counters.sent(sent, bytes, dropped);
      return sent;
    } finally {
      guard.exit(stamp);
    }
  }

  /**
   * Counters since the interface was opened. Receive drops include frames refused by the full
   * queue; transmit drops include writes that failed in the channel.
   */
  @Override
  public InterfaceStatistics statistics() {
    return counters.snapshot(queue.dropped(), sendFailures.get());
  }

  @Override
  public void close() throws IOException {
    guard.close(
        () -> {
          channel.close().awaitUninterruptibly();
          group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
          LOG.debug("{} closed: {}", name(), statistics());
        });
  }

  @Override
  public String toString() {
    return "UdpTunnelInterface[" + name() + ", port " + options.port() + "]";
  }

  private static String format(InetSocketAddress address) {
    return address.getAddress() == null
        ? address.getHostString() + ":" + address.getPort()
        : address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Runs on the event loop: filters datagrams and queues their payloads. */
  private static final class Receiver extends SimpleChannelInboundHandler<DatagramPacket> {

    private final FrameQueue queue;
    private final int maxFrameBytes;
    private final RealtimeClock clock = new RealtimeClock();
    private volatile UdpTunnelInterface tunnel;

    Receiver(FrameQueue queue, int maxFrameBytes) {
      this.queue = queue;
      this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, DatagramPacket packet) {
      ByteBuf payload = packet.content();
      int length = payload.readableBytes();
      UdpTunnelInterface owner = tunnel;
      InetSocketAddress expected = owner == null ? null : owner.remote;
      if (owner == null
          || length > maxFrameBytes
          || (expected != null && !expected.equals(packet.sender()))) {
        queue.drop();
        return;
      }
      queue.offer(payload, length, clock.nanos());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
      UdpTunnelInterface owner = tunnel;
      if (owner != null) {
        owner.sendFailures.incrementAndGet();
      }
      LOG.debug("udp tunnel channel error: {}", cause.toString());
    }
  }
}
