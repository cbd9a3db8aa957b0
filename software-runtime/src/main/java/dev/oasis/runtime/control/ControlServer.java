package dev.oasis.runtime.control;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's control API: HTTP/1.1 with JSON bodies on Netty, one event-loop thread, serving
 * one {@link ControlPlane}. docs/control-api.md lists the endpoints.
 *
 * <pre>{@code
 * ControlPlane control = new ControlPlane(schema, new DataplaneStateAccess(state, run::statistics));
 * try (ControlServer server = ControlServer.start(control, ControlServerOptions.defaults())) {
 *   ... run packets, calling control.drainPendingWrites() between them ...
 * }
 * }</pre>
 *
 * <p>It listens on loopback unless given another address; then it logs that the API is exposed.
 * Bodies are limited ({@link ControlServerOptions#maxBodyBytes}), connections idle for a minute are
 * closed, and no response ever carries a stack trace.
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

  private static final int IDLE_SECONDS = 60;

  private final EventLoopGroup group;
  private final Channel channel;
  private final InetSocketAddress address;

  private ControlServer(EventLoopGroup group, Channel channel) {
    this.group = group;
    this.channel = channel;
    this.address = (InetSocketAddress) channel.localAddress();
  }

  /**
   * Starts listening.
   *
   * @throws IOException naming the address when it cannot be bound (in use, not local)
   */
  public static ControlServer start(ControlPlane plane, ControlServerOptions options)
      throws IOException {
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("oasis-control", true), NioIoHandler.newFactory());
    ControlApi api = new ControlApi(plane, group, options.dataplaneTimeout());
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                        .addLast(new HttpServerCodec())
                        .addLast(new BodyLimitAggregator(options.maxBodyBytes()))
                        .addLast(new HttpApiHandler(api));
                  }
                });
    InetSocketAddress wanted = new InetSocketAddress(options.bindAddress(), options.port());
    Channel channel;
    try {
      channel = bootstrap.bind(wanted).sync().channel();
    } catch (Exception e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IOException(
          "cannot listen on "
              + wanted.getAddress().getHostAddress()
              + ":"
              + options.port()
              + " for the control API: "
              + e.getMessage(),
          e);
    }
    ControlServer server = new ControlServer(group, channel);
    LOG.info("control API of '{}' listening on {}", plane.schema().program(), server.uri());
    if (!options.bindAddress().isLoopbackAddress()) {
      LOG.info(
          "the control API is bound to {}, not loopback: whoever reaches it can change the"
              + " dataplane",
          options.bindAddress().getHostAddress());
    }
    LOG.debug(
        "control API body limit {} bytes, dataplane timeout {}",
        options.maxBodyBytes(),
        options.dataplaneTimeout());
    return server;
  }

  /** The address listened on (with the port chosen when 0 was asked for). */
  public InetSocketAddress address() {
    return address;
  }

  public int port() {
    return address.getPort();
  }

  /** {@code http://HOST:PORT} of the API. */
  public URI uri() {
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** Stops listening, closes connections and the event loop; waits at most a few seconds. */
  @Override
  public void close() {
    channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
  }
}
