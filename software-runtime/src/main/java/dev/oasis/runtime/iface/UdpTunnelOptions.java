package dev.oasis.runtime.iface;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How a {@link UdpTunnelInterface} is opened.
 *
 * @param port the port every received frame carries, 0..65535
 * @param local the address to bind, e.g. {@code 127.0.0.1:0} for an ephemeral port
 * @param remote where sent frames go, or {@code null} to set it later with {@link
 *     UdpTunnelInterface#connect}; when set, datagrams from any other source are dropped
 * @param queueFrames how many received frames wait for {@code receive} before more are dropped,
 *     1..65536
 * @param maxFrameBytes the longest frame carried, 14..65507 (the largest UDP payload over IPv4);
 *     longer datagrams are dropped
 */
public record UdpTunnelOptions(
    int port,
    InetSocketAddress local,
    InetSocketAddress remote,
    int queueFrames,
    int maxFrameBytes) {

  /** The largest UDP payload in an IPv4 datagram. */
  public static final int MAX_FRAME_BYTES = 65_507;

  /** The largest queue. */
  public static final int MAX_QUEUE_FRAMES = 65_536;

  /** Checks the ranges. */
  public UdpTunnelOptions {
    TapInterface.checkPort(port);
    Objects.requireNonNull(local, "local");
    if (queueFrames < 1 || queueFrames > MAX_QUEUE_FRAMES) {
      throw new IllegalArgumentException(
          "udp tunnel queue of "
              + queueFrames
              + " frames is out of range; expected 1 to "
              + MAX_QUEUE_FRAMES);
    }
    if (maxFrameBytes < 14 || maxFrameBytes > MAX_FRAME_BYTES) {
      throw new IllegalArgumentException(
          "udp tunnel frame limit "
              + maxFrameBytes
              + " is out of range; expected 14 to "
              + MAX_FRAME_BYTES
              + " bytes");
    }
  }

  /** Port {@code port}, 1024 queued frames of up to 2048 bytes. */
  public static UdpTunnelOptions defaults(
      int port, InetSocketAddress local, InetSocketAddress remote) {
    return new UdpTunnelOptions(port, local, remote, 1024, PacketBatch.DEFAULT_BUFFER_BYTES);
  }

  /** These options with another queue size. */
  public UdpTunnelOptions withQueueFrames(int queueFrames) {
    return new UdpTunnelOptions(port, local, remote, queueFrames, maxFrameBytes);
  }
}
