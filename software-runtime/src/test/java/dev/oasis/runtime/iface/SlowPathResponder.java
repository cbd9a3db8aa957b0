package dev.oasis.runtime.iface;

import dev.oasis.runtime.slowpath.ApplianceInterfaces;
import dev.oasis.runtime.slowpath.Emission;
import dev.oasis.runtime.slowpath.PuntReason;
import dev.oasis.runtime.slowpath.PuntedPacket;
import dev.oasis.runtime.slowpath.SlowPathResult;
import dev.oasis.runtime.slowpath.StandardSlowPath;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A minimal appliance for the TAP tests: a thread that receives from an interface, punts ARP and
 * ICMP echo requests to the runtime's {@link StandardSlowPath} (reasons 1 and 6) and sends what it
 * emits back out of the same interface. Every other frame is ignored.
 */
final class SlowPathResponder implements AutoCloseable {

  private static final int ETHERTYPE_ARP = 0x0806;
  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int PROTOCOL_ICMP = 1;
  private static final int ICMP_ECHO_REQUEST = 8;

  private final PacketInterface iface;
  private final StandardSlowPath slowPath;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicInteger arpFrames = new AtomicInteger();
  private final AtomicInteger echoRequests = new AtomicInteger();
  private volatile boolean running = true;

  SlowPathResponder(PacketInterface iface, ApplianceInterfaces addresses) {
    this.iface = iface;
    this.slowPath = new StandardSlowPath(addresses);
    this.thread = new Thread(this::serve, "slow-path-responder");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    PacketBatch in = new PacketBatch(32, PacketBatch.DEFAULT_BUFFER_BYTES);
    PacketBatch out = new PacketBatch(32, PacketBatch.DEFAULT_BUFFER_BYTES);
    try {
      while (running) {
        in.clear();
        out.clear();
        iface.receive(in, 50_000_000L);
        for (int i = 0; i < in.size(); i++) {
          int reason = puntReason(in.buffer(i), in.length(i));
          if (reason < 0) {
            continue;
          }
          PuntedPacket packet =
              new PuntedPacket(in.copyOf(i), in.port(i), reason, in.timestampNanos(i));
          SlowPathResult result = slowPath.handle(packet);
          for (Emission emission : result.emissions()) {
            if (!out.isFull()) {
              out.add(emission.frame(), emission.port());
            }
          }
        }
        if (!out.isEmpty()) {
          iface.send(out);
        }
      }
    } catch (Throwable e) {
      failure.set(e);
    }
  }

  /** The punt reason a simple parser would give, or -1 for frames the test ignores. */
  private int puntReason(byte[] frame, int length) {
    if (length < 14) {
      return -1;
    }
    int etherType = TestFrames.getShort(frame, 12);
    if (etherType == ETHERTYPE_ARP) {
      arpFrames.incrementAndGet();
      return PuntReason.ARP.code();
    }
    if (etherType == ETHERTYPE_IPV4 && length >= 34 && (frame[23] & 0xff) == PROTOCOL_ICMP) {
      int icmp = 14 + (frame[14] & 0x0f) * 4;
      if (length > icmp && (frame[icmp] & 0xff) == ICMP_ECHO_REQUEST) {
        echoRequests.incrementAndGet();
        return PuntReason.ICMP_ECHO.code();
      }
    }
    return -1;
  }

  int arpFrames() {
    return arpFrames.get();
  }

  int echoRequests() {
    return echoRequests.get();
  }

  StandardSlowPath slowPath() {
    return slowPath;
  }

  /** Stops the thread and rethrows what made it fail, if anything. */
  @Override
  public void close() throws Exception {
    running = false;
    thread.join(5_000);
    Throwable e = failure.get();
    if (e != null) {
      throw new AssertionError("the responder failed", e);
    }
  }
}
