package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The receiving half of a connection: RCV.NXT, the window, and in-order delivery.
 *
 * <p>Data is handed to the application as soon as it is in order, so the window advertised is
 * always the configured one. Segments ahead of a gap are queued (up to a window's worth) and
 * delivered when the gap fills; data before RCV.NXT or beyond the window is trimmed off.
 */
final class TcpReceiver {

  private final int window;
  private final OutOfOrderQueue outOfOrder;
  private final StackCounters counters;
  private int irs;
  private int next;
  private long nextOffset;

  TcpReceiver(int window, StackCounters counters) {
    this.window = window;
    this.outOfOrder = new OutOfOrderQueue(window);
    this.counters = counters;
  }

  /** Starts the receive sequence at the peer's SYN. */
  void synchronise(int initialSequence) {
    irs = initialSequence;
    next = initialSequence + 1;
    nextOffset = 0;
  }

  /** RCV.NXT. */
  int next() {
    return next;
  }

  /** The peer's initial sequence number. */
  int initialSequence() {
    return irs;
  }

  /** RCV.WND. */
  int window() {
    return window;
  }

  /** Bytes held out of order. */
  int queuedBytes() {
    return outOfOrder.bytes();
  }

  /** Accounts for the peer's FIN, which takes one sequence number. */
  void consumeFin() {
    next++;
  }

  /**
   * Whether a segment is acceptable (RFC 9293 3.10.7.4, first check), {@code length} counting SYN
   * and FIN.
   *
   * <p>One leniency, as in Linux: a segment without data may sit exactly at the right edge of the
   * window. A peer that has filled our window sends its ACKs there (its SND.NXT), and the strict
   * test would refuse every one of them.
   */
  boolean acceptable(int seq, int length) {
    int end = next + window;
    if (length == 0) {
      return Seq.le(next, seq) && Seq.le(seq, end);
    }
    return window > 0
        && (Seq.inWindow(seq, next, end) || Seq.inWindow(seq + length - 1, next, end));
  }

  /**
   * Takes the data of an acceptable segment; returns what is now deliverable in order (possibly
   * nothing, possibly more than this segment when it filled a gap).
   */
  List<byte[]> accept(int seq, byte[] data) {
    // trim what we already have and what lies beyond the window
    int skip = Seq.lt(seq, next) ? next - seq : 0;
    int limit = Math.min(data.length, (next + window) - seq);
    if (skip >= limit) {
      return List.of();
    }
    byte[] piece = skip == 0 && limit == data.length ? data : Arrays.copyOfRange(data, skip, limit);
    int start = seq + skip;

    if (start != next) {
      long offset = nextOffset + (start - next);
      boolean queued = outOfOrder.add(offset, piece);
      counters.increment(
          queued ? StackCounter.TCP_OUT_OF_ORDER_QUEUED : StackCounter.TCP_OUT_OF_ORDER_DROPPED);
      return List.of();
    }
    List<byte[]> delivered = new ArrayList<>();
    delivered.add(piece);
    advance(piece.length);
    for (byte[] later : outOfOrder.takeFrom(nextOffset)) {
      delivered.add(later);
      advance(later.length);
    }
    return delivered;
  }

  private void advance(int count) {
    next += count;
    nextOffset += count;
  }
}
