package dev.oasis.runtime.control;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the control API listens.
 *
 * @param bindAddress the address to listen on; loopback ({@code 127.0.0.1}) by default. Any other
 *     address exposes the API, which can change the dataplane, to whoever reaches it
 * @param port the TCP port, 0 for an ephemeral one ({@link ControlServer#port()} tells which)
 * @param maxBodyBytes the largest request body; larger ones are answered with 413
 * @param dataplaneTimeout how long a request waits for the dataplane thread before 503
 */
public record ControlServerOptions(
    InetAddress bindAddress, int port, int maxBodyBytes, Duration dataplaneTimeout) {

  /** The port of the control API unless told otherwise; {@code oasis ctl} uses it too. */
  public static final int DEFAULT_PORT = 7341;

  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  public static final Duration DEFAULT_DATAPLANE_TIMEOUT = Duration.ofSeconds(5);

  public ControlServerOptions {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range; expected 0 to 65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException(
          "body limit " + maxBodyBytes + " bytes is too small; expected 1 or more");
    }
    if (dataplaneTimeout.isNegative() || dataplaneTimeout.isZero()) {
      throw new IllegalArgumentException(
          "dataplane timeout " + dataplaneTimeout + " is not positive");
    }
  }

  /** Loopback, {@link #DEFAULT_PORT}, 1 MiB bodies, 5 s for the dataplane. */
  public static ControlServerOptions defaults() {
    return new ControlServerOptions(
        InetAddress.getLoopbackAddress(),
        DEFAULT_PORT,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_DATAPLANE_TIMEOUT);
  }

  public ControlServerOptions withBindAddress(InetAddress address) {
    return new ControlServerOptions(address, port, maxBodyBytes, dataplaneTimeout);
  }

  public ControlServerOptions withPort(int newPort) {
    return new ControlServerOptions(bindAddress, newPort, maxBodyBytes, dataplaneTimeout);
  }

  public ControlServerOptions withMaxBodyBytes(int bytes) {
    return new ControlServerOptions(bindAddress, port, bytes, dataplaneTimeout);
  }

  public ControlServerOptions withDataplaneTimeout(Duration timeout) {
    return new ControlServerOptions(bindAddress, port, maxBodyBytes, timeout);
  }
}
