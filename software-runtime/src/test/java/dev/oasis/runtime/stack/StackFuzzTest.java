package dev.oasis.runtime.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.stack.arp.ArpLimits;
import dev.oasis.runtime.stack.ipv4.ReassemblyLimits;
import dev.oasis.runtime.stack.tcp.TcpConfig;
import dev.oasis.runtime.stack.tcp.TcpState;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.VirtualClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every frame is untrusted: 200,000 generated frames, valid and broken, go into a stack with an
 * echo service on UDP and TCP. Nothing may throw, every structure stays within its limits after
 * every frame, and what the stack sends in answer is well formed by tshark.
 */
class StackFuzzTest {

  private static final int FRAMES = 200_000;
  private static final long SECOND = 1_000_000_000L;

  private static final ArpLimits ARP = new ArpLimits(32, 3, 60 * SECOND, SECOND, 3);
  private static final ReassemblyLimits REASSEMBLY = new ReassemblyLimits(64 * 1024, 16, SECOND);
  private static final TcpConfig TCP =
      TcpConfig.DEFAULT.withConnectionLimits(64, 16).withTimeWaitNanos(SECOND);

  private final VirtualClock clock = new VirtualClock(SECOND);
  private final MalformedFrames generator = new MalformedFrames(20240607);
  private final List<byte[]> sample = new ArrayList<>();
  private long sent;
  private final Stack stack =
      new Stack(
          Hosts.a().arp(ARP).reassembly(REASSEMBLY).tcp(TCP).build(),
          clock,
          frame -> {
            sent++;
            generator.answer(frame);
            if (sample.size() < 400 && sent % 50 == 0) {
              sample.add(frame);
            }
          });

  private void echoServices() {
    stack.udp().bind(7, (socket, m) -> socket.send(m.source(), m.sourcePort(), m.data()));
    stack
        .tcp()
        .listen(
            80,
            connection -> {
              connection.onData(
                  data -> {
                    if (connection.writableBytes() >= data.length) {
                      connection.write(data);
                    }
                  });
              connection.onPeerClosed(connection::close);
            });
  }

  /** Checks every bound; cheap enough to run after each of 200,000 frames. */
  private void assertWithinLimits(IntSupplier frame) {
    long bytes = stack.ipv4().reassembler().bytesHeld();
    boolean within =
        bytes >= 0
            && bytes <= REASSEMBLY.maxBytes()
            && stack.ipv4().reassembler().datagramsHeld() <= REASSEMBLY.maxDatagrams()
            && stack.arp().cache().size() <= ARP.maxEntries()
            && stack.arp().cache().maxPendingCount() <= ARP.maxPendingPerAddress()
            && stack.tcp().connectionCount() <= TCP.maxConnections();
    if (!within) {
      fail(
          "after frame %d: reassembly %d bytes in %d datagrams, arp %d entries with up to %d"
              + " waiting, %d tcp connections",
          frame.getAsInt(),
          bytes,
          stack.ipv4().reassembler().datagramsHeld(),
          stack.arp().cache().size(),
          stack.arp().cache().maxPendingCount(),
          stack.tcp().connectionCount());
    }
  }

  private void feed(byte[] frame) {
    stack.receive(frame);
    clock.advanceBy(new Random(frame.length).nextInt(1_000_000));
    if (Deadlines.due(stack.nextDeadline(), clock.nanos())) {
      stack.tick();
    }
  }

  @Test
  void everyTruncationOfEveryKindOfFrameIsHandled() {
    echoServices();

    for (byte[] template : generator.templates()) {
      for (int length = 0; length <= template.length; length++) {
        feed(Arrays.copyOf(template, length));
        int cut = length;
        assertWithinLimits(() -> cut);
      }
    }

    assertThat(stack.counters().get(StackCounter.CALLBACK_FAILED)).isZero();
  }

  @Test
  void twoHundredThousandGeneratedFramesBreakNothing() {
    echoServices();

    for (int i = 0; i < FRAMES; i++) {
      feed(generator.next());
      int number = i;
      assertWithinLimits(() -> number);
    }

    StackCounters counters = stack.counters();
    assertThat(counters.get(StackCounter.FRAMES_RECEIVED)).isEqualTo(FRAMES);
    assertThat(counters.get(StackCounter.CALLBACK_FAILED)).isZero();
    // the frames reached every layer and every defence
    for (StackCounter reached :
        List.of(
            StackCounter.ARP_REQUESTS_ANSWERED,
            StackCounter.IPV4_BAD_CHECKSUM,
            StackCounter.IPV4_MALFORMED,
            StackCounter.IPV4_BAD_OPTIONS,
            StackCounter.IPV4_REASSEMBLED,
            StackCounter.IPV4_REASSEMBLY_OVERLAP,
            StackCounter.IPV4_REASSEMBLY_OVERSIZED,
            StackCounter.IPV4_REASSEMBLY_TIMEOUT,
            StackCounter.UDP_DELIVERED,
            StackCounter.UDP_MALFORMED,
            StackCounter.TCP_CONNECTIONS_ACCEPTED,
            StackCounter.TCP_RESETS_SENT,
            StackCounter.TCP_MALFORMED,
            StackCounter.ICMP_ECHO_ANSWERED,
            StackCounter.ICMP_ERRORS_SENT)) {
      assertThat(counters.get(reached)).as("%s after fuzzing: %s", reached, counters).isPositive();
    }

    // once the timers have run, nothing is left waiting but idle open connections (TCP has no
    // idle timeout: they stay until the application closes them)
    for (int minute = 0; minute < 30; minute++) {
      clock.advanceBy(60 * SECOND);
      stack.tick();
    }
    assertThat(stack.ipv4().reassembler().bytesHeld()).isZero();
    assertThat(stack.ipv4().reassembler().datagramsHeld()).isZero();
    assertThat(stack.arp().cache().maxPendingCount()).isZero();
    assertThat(stack.tcp().connections())
        .allSatisfy(c -> assertThat(c.state()).isEqualTo(TcpState.ESTABLISHED))
        .allSatisfy(c -> assertThat(c.unacknowledgedBytes()).isZero());

    // and what the stack sent in answer to all that is well formed
    List<Tshark.Frame> dissected =
        Tshark.dissect(
            sample,
            "ip.proto",
            "icmp.type",
            "ip.checksum.status",
            "udp.checksum.status",
            "tcp.checksum.status",
            "icmp.checksum.status");
    assertThat(dissected).hasSizeGreaterThan(300);
    for (Tshark.Frame frame : dissected) {
      // an ICMP error quotes whatever it is about, so tshark may find fault with the quote
      List<String> icmpType = frame.all("icmp.type");
      boolean quotes = !icmpType.isEmpty() && List.of("3", "11").contains(icmpType.get(0));
      if (!quotes) {
        assertThat(frame.problems())
            .as("frame %d", frame.number())
            .allSatisfy(p -> assertThat(p).doesNotContain("Bad checksum", "Malformed"));
      }
      if (frame.get("ip.proto").isEmpty()) {
        continue; // ARP
      }
      // the first occurrence of each header is ours; later ones are quoted in an ICMP error
      String transport =
          switch (frame.all("ip.proto").get(0)) {
            case "1" -> "icmp.checksum.status";
            case "6" -> "tcp.checksum.status";
            default -> "udp.checksum.status";
          };
      for (String field : List.of("ip.checksum.status", transport)) {
        List<String> occurrences = frame.all(field);
        boolean fragment = occurrences.isEmpty() && !field.startsWith("ip");
        if (!fragment) {
          assertThat(occurrences.get(0))
              .as("%s of frame %d", field, frame.number())
              .isEqualTo(Tshark.CHECKSUM_GOOD);
        }
      }
    }
  }
}
