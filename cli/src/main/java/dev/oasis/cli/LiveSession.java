package dev.oasis.cli;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.SchemaException;
import dev.oasis.runtime.control.ControlPlane;
import dev.oasis.runtime.control.ControlServer;
import dev.oasis.runtime.control.ControlServerOptions;
import dev.oasis.runtime.control.PipelineStateAccess;
import dev.oasis.runtime.iface.AfPacketInterface;
import dev.oasis.runtime.iface.PacketInterface;
import dev.oasis.runtime.iface.TapInterface;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.CompiledRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything around {@link LiveRun} for {@code oasis run --tap/--iface}: opens the interfaces and
 * the control server, installs a shutdown hook that stops the loop on SIGINT or SIGTERM, runs the
 * loop and prints the per-port summary. Closes everything it opened, whatever happens.
 */
final class LiveSession {
  private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

  /** How long the shutdown hook waits for the loop to finish its batch: 2 s. */
  private static final long STOP_WAIT_MILLIS = 2_000;

  /** Which kind of interface the names are. */
  enum Kind {
    TAP,
    AF_PACKET
  }

  private LiveSession() {}

  /**
   * Runs {@code pipeline} on the named interfaces until the deadline, the frame limit or a signal.
   *
   * @param control where the control API listens, or null for no API
   * @param durationNanos how long to run, or {@link Long#MAX_VALUE} for no limit
   * @param maxFrames how many frames to receive at most, or {@link Long#MAX_VALUE}
   */
  static void run(
      IrProgram program,
      CompiledPipeline pipeline,
      SlowPathBridge slowPath,
      Kind kind,
      List<String> names,
      InetSocketAddress control,
      long durationNanos,
      long maxFrames) {
    int ports = program.config().ports();
    if (names.size() > ports) {
      throw new UserError(
          String.format(
              "%d interface(s) given, but the program has %d port(s); port i is the i-th"
                  + " interface",
              names.size(), ports));
    }
    CompiledRun run = new CompiledRun(pipeline, slowPath);
    List<PacketInterface> opened = new ArrayList<>();
    ControlServer server = null;
    CountDownLatch closed = new CountDownLatch(1);
    try {
      for (int port = 0; port < names.size(); port++) {
        opened.add(open(kind, names.get(port), port));
      }
      ControlPlane plane = null;
      if (control != null) {
        plane =
            new ControlPlane(
                schema(program), new PipelineStateAccess(pipeline.state(), run::statistics));
        server = startServer(plane, control);
        System.out.println("control API listening on " + server.uri());
      }
      LiveRun loop = new LiveRun(run, slowPath, opened, plane);
      Thread hook = new Thread(() -> stopQuietly(loop, closed), "oasis-run-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        loop.run(durationNanos, maxFrames);
      } catch (IOException e) {
        throw new UserError(e.getMessage());
      } finally {
        removeHook(hook);
      }
      System.out.print(RunSummary.render(RunEngine.of(run), slowPath.hostFrames()));
    } finally {
      try {
        if (server != null) {
          server.close();
        }
        for (PacketInterface i : opened) {
          closeQuietly(i);
        }
      } finally {
        closed.countDown();
      }
    }
  }

  private static PacketInterface open(Kind kind, String name, int port) {
    try {
      return kind == Kind.TAP ? TapInterface.open(name, port) : AfPacketInterface.open(name, port);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static ControlPlaneSchema schema(IrProgram program) {
    try {
      return ControlPlaneSchema.of(program);
    } catch (SchemaException e) {
      throw new UserError(String.join("\n", e.problems()));
    }
  }

  private static ControlServer startServer(ControlPlane plane, InetSocketAddress address) {
    try {
      return ControlServer.start(
          plane,
          ControlServerOptions.defaults()
              .withBindAddress(address.getAddress())
              .withPort(address.getPort()));
    } catch (IOException e) {
      throw new UserError("--control " + address + ": " + e.getMessage());
    }
  }

  /**
   * The address of {@code --control [ADDR:]PORT}: loopback when no address is given.
   *
   * @throws IllegalArgumentException naming the value when it is not an address and port
   */
  static InetSocketAddress parseControl(String value) {
    int colon = value.lastIndexOf(':');
    String host = colon < 0 ? "127.0.0.1" : value.substring(0, colon);
    String portText = value.substring(colon + 1);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "--control " + value + ": port '" + portText + "' is not a number from 0 to 65535");
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException(
          "--control " + value + ": empty address; expected [ADDR:]PORT");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "--control " + value + ": unknown address '" + host + "'", e);
    }
  }

  /** On SIGINT or SIGTERM: stops the loop and lets the summary print and interfaces close. */
  private static void stopQuietly(LiveRun loop, CountDownLatch closed) {
    try {
      if (!loop.stop(STOP_WAIT_MILLIS) || !closed.await(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        LOG.warn("the run loop did not stop within {} ms", STOP_WAIT_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running and waits for this loop.
    }
  }

  private static void closeQuietly(PacketInterface i) {
    try {
      i.close();
    } catch (IOException e) {
      LOG.warn("closing {}: {}", i.name(), e.getMessage());
    }
  }
}
