package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.net.tcp.TcpWire;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;

/**
 * The sending half of a connection: the send sequence variables, the buffer of unacknowledged data,
 * segmentation to the MSS, and retransmission.
 *
 * <h2>Retransmission</h2>
 *
 * <p>One timer per connection (RFC 6298 5): armed when something is in flight, restarted when an
 * acknowledgement advances SND.UNA, stopped when everything is acknowledged. On expiry the timeout
 * doubles ({@link RetransmissionTimeout}) and sending restarts from SND.UNA (go-back-N: the
 * receiver keeps what it already has and acknowledges past it). SND.NXT may so move back; the
 * highest sequence number sent ({@code max}) bounds what an acknowledgement may cover. One segment
 * at a time is timed for round-trip measurements, and a measurement is dropped when that segment is
 * sent again (Karn). Three duplicate acknowledgements retransmit the first unacknowledged segment
 * at once (RFC 5681 3.2, without its congestion control). A segment retransmitted {@link
 * TcpConfig#maxRetransmissions()} times without progress makes the connection give up. With a zero
 * window and data waiting, the same timer sends a one-byte window probe.
 *
 * <p>There is no congestion control: the peer's window is the only limit. That is enough for the
 * control endpoint of an appliance on a LAN, not for bulk transfers across the Internet.
 */
final class TcpSender {

  private final TcpConnection connection;
  private final TcpConfig config;
  private final StackCounters counters;
  private final SendBuffer buffer;
  private final RetransmissionTimeout rto;

  int iss;
  int una;
  int next;
  int max;
  int window;
  int windowUpdateSeq;
  int windowUpdateAck;
  int mss = TcpWire.DEFAULT_MSS;

  private int bufferStart;
  private boolean finQueued;
  private int finSeq;
  private long deadline = Deadlines.NONE;
  private int retries;
  private boolean timing;
  private int timedSeq;
  private long timedAt;
  private int duplicateAcks;

  TcpSender(TcpConnection connection, TcpConfig config, StackCounters counters) {
    this.connection = connection;
    this.config = config;
    this.counters = counters;
    this.buffer = new SendBuffer(config.sendBufferBytes());
    this.rto = new RetransmissionTimeout(config);
  }

  /** Starts the send sequence at our SYN: {@code next} is after it, nothing is acknowledged. */
  void start(int initialSequence) {
    iss = initialSequence;
    una = initialSequence;
    next = initialSequence + 1;
    max = next;
    bufferStart = initialSequence + 1;
  }

  /** Bytes the application may still write. */
  int free() {
    return finQueued ? 0 : buffer.free();
  }

  /** Bytes written and not yet acknowledged. */
  int buffered() {
    return buffer.length();
  }

  int write(byte[] data, int offset, int count) {
    return buffer.append(data, offset, count);
  }

  /** Queues our FIN after everything written so far. */
  void queueFin() {
    if (!finQueued) {
      finQueued = true;
      finSeq = bufferStart + buffer.length();
    }
  }

  boolean finQueued() {
    return finQueued;
  }

  /** Whether our FIN was sent and acknowledged. */
  boolean finAcknowledged() {
    return finQueued && Seq.gt(una, finSeq);
  }

  long deadline() {
    return deadline;
  }

  void stopTimer() {
    deadline = Deadlines.NONE;
  }

  /** (Re)starts the timer for the handshake or after an expiry. */
  void armTimer(long now) {
    deadline = now + rto.current();
  }

  /** Counts an expiry in the handshake; false when the SYN retries are used up. */
  boolean retryHandshake(long now) {
    if (retries >= config.maxSynRetransmissions()) {
      return false;
    }
    retries++;
    rto.backOff();
    armTimer(now);
    counters.increment(StackCounter.TCP_RETRANSMISSIONS);
    return true;
  }

  /** Records the handshake's acknowledgement and the peer's window (RFC 9293 3.10.7.3). */
  void handshakeAcknowledged(int ack, int seq, int peerWindow, long now) {
    una = ack;
    window = peerWindow;
    windowUpdateSeq = seq;
    windowUpdateAck = ack;
    retries = 0;
    if (timing) {
      rto.measure(now - timedAt);
      timing = false;
    }
    stopTimer();
  }

  /** Starts timing the handshake segment just sent (not for retransmissions, by Karn's rule). */
  void timeHandshake(long now) {
    if (retries == 0) {
      timing = true;
      timedSeq = iss;
      timedAt = now;
    } else {
      timing = false;
    }
  }

  /**
   * Processes an acknowledgement in a synchronised state. Returns false if it acknowledges
   * something never sent (the caller answers with an ACK and drops the segment).
   *
   * @param duplicateCandidate whether the segment carries no data, SYN or FIN
   */
  boolean onAck(int ack, int seq, int peerWindow, boolean duplicateCandidate, long now) {
    if (Seq.gt(ack, max)) {
      return false;
    }
    if (Seq.lt(ack, una)) {
      return true; // old: neither progress nor a window update
    }
    boolean windowChanged = peerWindow != window;
    if (Seq.lt(windowUpdateSeq, seq) || (windowUpdateSeq == seq && Seq.le(windowUpdateAck, ack))) {
      window = peerWindow;
      windowUpdateSeq = seq;
      windowUpdateAck = ack;
    }
    if (ack == una) {
      boolean duplicate = duplicateCandidate && !windowChanged && una != max;
      duplicateAcks = duplicate ? duplicateAcks + 1 : 0;
      if (duplicateAcks == 3) {
        fastRetransmit(now);
      }
      return true;
    }

    // progress: drop acknowledged data, measure, restart the timer
    int dataAcked = Math.min(ack - bufferStart, buffer.length());
    if (dataAcked > 0) {
      buffer.consume(dataAcked);
      bufferStart += dataAcked;
    }
    una = ack;
    if (Seq.lt(next, una)) {
      next = una;
    }
    if (timing && Seq.gt(ack, timedSeq)) {
      rto.measure(now - timedAt);
      timing = false;
    } else {
      rto.endBackOff();
    }
    retries = 0;
    duplicateAcks = 0;
    if (una == max && !hasUnsent()) {
      stopTimer();
    } else {
      armTimer(now);
    }
    return true;
  }

  private boolean hasUnsent() {
    return Seq.lt(next, bufferStart + buffer.length()) || (finQueued && Seq.le(next, finSeq));
  }

  /**
   * Sends what the window allows: data in MSS-sized segments, then the FIN once all data is sent.
   * With {@code probe}, a closed window still lets one byte out. Returns whether anything was sent.
   */
  boolean output(long now, boolean probe) {
    boolean sent = false;
    while (true) {
      int dataEnd = bufferStart + buffer.length();
      if (Seq.lt(next, dataEnd)) {
        int usable = una + window - next;
        if (probe && !sent && usable <= 0) {
          usable = 1;
        }
        int length = Math.min(Math.min(mss, dataEnd - next), usable);
        if (length <= 0) {
          break;
        }
        boolean fin = finQueued && next + length == finSeq;
        int flags = TcpWire.ACK | (next + length == dataEnd ? TcpWire.PSH : 0);
        send(flags | (fin ? TcpWire.FIN : 0), buffer.copy(next - bufferStart, length), now);
        next += length + (fin ? 1 : 0);
        sent = true;
      } else if (finQueued && next == finSeq) {
        send(TcpWire.FIN | TcpWire.ACK, new byte[0], now);
        next = finSeq + 1;
        sent = true;
      } else {
        break;
      }
    }
    boolean blocked = Seq.lt(next, bufferStart + buffer.length()) && una == next;
    if ((sent || blocked) && deadline == Deadlines.NONE) {
      armTimer(now);
    }
    return sent;
  }

  private void send(int flags, byte[] data, long now) {
    int end = next + data.length + ((flags & TcpWire.FIN) != 0 ? 1 : 0);
    if (Seq.lt(next, max)) {
      counters.increment(StackCounter.TCP_RETRANSMISSIONS);
      if (timing && Seq.le(next, timedSeq) && Seq.lt(timedSeq, end)) {
        timing = false; // Karn: the timed segment went twice, its acknowledgement is ambiguous
      }
    } else if (!timing) {
      timing = true;
      timedSeq = next;
      timedAt = now;
    }
    connection.transmit(flags, next, data);
    max = Seq.max(max, end);
  }

  private void fastRetransmit(long now) {
    int saved = next;
    next = una;
    int dataEnd = bufferStart + buffer.length();
    if (Seq.lt(una, dataEnd)) {
      int length = Math.min(mss, dataEnd - una);
      boolean fin = finQueued && una + length == finSeq;
      send(TcpWire.ACK | (fin ? TcpWire.FIN : 0), buffer.copy(una - bufferStart, length), now);
    } else if (finQueued && una == finSeq) {
      send(TcpWire.FIN | TcpWire.ACK, new byte[0], now);
    }
    next = Seq.max(saved, next);
  }

  /**
   * Handles an expiry of the timer in a synchronised state; false when the retries are used up and
   * the connection must give up.
   */
  boolean onTimeout(long now) {
    if (retries >= config.maxRetransmissions()) {
      return false;
    }
    retries++;
    rto.backOff();
    timing = false;
    deadline = Deadlines.NONE;
    next = una;
    output(now, window == 0);
    if (deadline == Deadlines.NONE && una != max) {
      armTimer(now);
    }
    return true;
  }
}
