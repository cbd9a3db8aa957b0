package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpOptions;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.net.tcp.TcpWire;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import java.util.List;

/**
 * What a segment for an existing connection does: RFC 9293 3.10.7.3 (SYN-SENT) and 3.10.7.4 (the
 * other states), with the RFC 5961 defences against blind resets and SYNs.
 *
 * <p>The steps for a synchronised state, in order: the sequence number must fall in the receive
 * window (else an ACK is sent back and the segment dropped); a RST closes the connection only if
 * its sequence number is exactly RCV.NXT (else a challenge ACK); a SYN is answered with a challenge
 * ACK; a segment without ACK is dropped; the acknowledgement moves the send side and may complete a
 * close; data is delivered; a FIN in order closes the peer's direction.
 *
 * <p>The ACKs that answer unacceptable segments, resets and SYNs are limited to one per {@value
 * TcpConnection#INVALID_ANSWER_INTERVAL_NANOS} ns per connection (Linux's tcp_invalid_ratelimit;
 * RFC 5961 7), so that two ends that disagree cannot trade ACKs forever.
 *
 * <p>A FIN that arrives ahead of a gap is not remembered: the peer retransmits it with the data
 * before it. Application callbacks run after the connection's state is updated, in the order
 * accepted (the listener's acceptor) or connected, data, peer closed, writable; the segments this
 * causes are sent after them, so that what a callback writes can ride along.
 */
final class SegmentArrival {

  private final TcpConnection connection;
  private final TcpSender sender;
  private final TcpReceiver receiver;
  private final StackCounters counters;
  private final long now;

  private boolean ackNeeded;
  private boolean accepted;
  private boolean connected;
  private List<byte[]> delivered = List.of();
  private boolean peerClosed;
  private boolean madeRoom;

  private SegmentArrival(TcpConnection connection, StackCounters counters, long now) {
    this.connection = connection;
    this.sender = connection.sender;
    this.receiver = connection.receiver;
    this.counters = counters;
    this.now = now;
  }

  /** Processes {@code segment} for {@code connection} at {@code now}. */
  static void process(
      TcpConnection connection,
      TcpSegment segment,
      TcpOptions options,
      StackCounters counters,
      long now) {
    SegmentArrival arrival = new SegmentArrival(connection, counters, now);
    if (connection.state == TcpState.SYN_SENT) {
      arrival.synSent(segment, options);
    } else {
      arrival.synchronised(segment);
    }
    arrival.finish();
  }

  private void synSent(TcpSegment segment, TcpOptions options) {
    TcpHeader header = segment.header();
    int seq = (int) header.sequenceNumber();
    int ack = (int) header.acknowledgementNumber();
    boolean hasAck = header.has(TcpWire.ACK);
    boolean ackAcceptable = hasAck && Seq.gt(ack, sender.iss) && Seq.le(ack, sender.max);
    if (hasAck && !ackAcceptable) {
      if (!header.has(TcpWire.RST)) {
        connection.transmitRaw(TcpWire.RST, ack, 0, new byte[0]);
        counters.increment(StackCounter.TCP_RESETS_SENT);
      }
      return;
    }
    if (header.has(TcpWire.RST)) {
      if (ackAcceptable) {
        counters.increment(StackCounter.TCP_RESETS_RECEIVED);
        connection.end(TcpCloseReason.RESET);
      }
      return;
    }
    if (!header.has(TcpWire.SYN)) {
      counters.increment(StackCounter.TCP_IGNORED);
      return;
    }
    receiver.synchronise(seq);
    sender.mss = TcpLayer.effectiveMss(options, connection.localMss());
    if (ackAcceptable) {
      sender.handshakeAcknowledged(ack, seq, header.window(), now);
      connection.state = TcpState.ESTABLISHED;
      counters.increment(StackCounter.TCP_CONNECTIONS_OPENED);
      connected = true;
      ackNeeded = true;
    } else {
      // simultaneous open: answer with SYN-ACK from our ISN
      connection.state = TcpState.SYN_RECEIVED;
      connection.sendSyn(now);
      sender.armTimer(now);
    }
  }

  private void synchronised(TcpSegment segment) {
    TcpHeader header = segment.header();
    int seq = (int) header.sequenceNumber();
    TcpState state = connection.state;

    // first: the sequence number
    if (!receiver.acceptable(seq, segment.sequenceLength())) {
      boolean retransmittedSyn =
          state == TcpState.SYN_RECEIVED
              && header.has(TcpWire.SYN)
              && seq == receiver.initialSequence();
      if (retransmittedSyn) {
        connection.sendSyn(now);
      } else if (!header.has(TcpWire.RST)) {
        counters.increment(StackCounter.TCP_OUT_OF_WINDOW);
        ackNeeded = connection.mayAnswerInvalid(now);
        if (state == TcpState.TIME_WAIT && header.has(TcpWire.FIN)) {
          connection.enterTimeWait(now);
        }
      }
      return;
    }

    // second: reset, only at exactly RCV.NXT (RFC 5961 3.2)
    if (header.has(TcpWire.RST)) {
      if (seq != receiver.next()) {
        ackNeeded = connection.mayAnswerInvalid(now); // challenge ACK
        return;
      }
      counters.increment(StackCounter.TCP_RESETS_RECEIVED);
      if (state == TcpState.SYN_RECEIVED && connection.listener() != null) {
        connection.discard();
      } else {
        connection.end(TcpCloseReason.RESET);
      }
      return;
    }

    // fourth: a SYN in a synchronised state gets a challenge ACK (RFC 5961 4.2)
    if (header.has(TcpWire.SYN)) {
      ackNeeded = connection.mayAnswerInvalid(now);
      return;
    }

    // fifth: the acknowledgement
    if (!header.has(TcpWire.ACK)) {
      counters.increment(StackCounter.TCP_IGNORED);
      return;
    }
    int ack = (int) header.acknowledgementNumber();
    if (state == TcpState.SYN_RECEIVED) {
      if (!Seq.gt(ack, sender.iss) || !Seq.le(ack, sender.max)) {
        connection.transmitRaw(TcpWire.RST, ack, 0, new byte[0]);
        counters.increment(StackCounter.TCP_RESETS_SENT);
        return;
      }
      sender.handshakeAcknowledged(ack, seq, header.window(), now);
      connection.state = TcpState.ESTABLISHED;
      accepted = connection.listener() != null;
      connected = !accepted;
    } else {
      int freeBefore = sender.free();
      boolean bare = segment.payloadLength() == 0 && !header.has(TcpWire.FIN);
      if (!sender.onAck(ack, seq, header.window(), bare, now)) {
        ackNeeded = true; // it acknowledges what we never sent
        return;
      }
      madeRoom = sender.free() > freeBefore;
      if (!acknowledgementClosed()) {
        return;
      }
    }

    // seventh: the data
    state = connection.state;
    boolean receiving =
        state == TcpState.ESTABLISHED
            || state == TcpState.FIN_WAIT_1
            || state == TcpState.FIN_WAIT_2;
    if (segment.payloadLength() > 0) {
      if (receiving) {
        delivered = receiver.accept(seq, segment.payload());
      }
      ackNeeded = true;
    }

    // eighth: the FIN, if everything before it has arrived
    if (header.has(TcpWire.FIN)) {
      ackNeeded = true;
      if (receiving && seq + segment.payloadLength() == receiver.next()) {
        receiver.consumeFin();
        peerClosed = true;
        switch (state) {
          case ESTABLISHED -> connection.state = TcpState.CLOSE_WAIT;
          case FIN_WAIT_1 -> {
            if (sender.finAcknowledged()) {
              connection.enterTimeWait(now);
            } else {
              connection.state = TcpState.CLOSING;
            }
          }
          case FIN_WAIT_2 -> connection.enterTimeWait(now);
          default -> {}
        }
      }
    }
  }

  /**
   * Moves the close along when our FIN is acknowledged; returns false when processing stops here
   * (the connection ended).
   */
  private boolean acknowledgementClosed() {
    if (!sender.finAcknowledged()) {
      return true;
    }
    switch (connection.state) {
      case FIN_WAIT_1 -> connection.enterFinWait2(now);
      case CLOSING -> connection.enterTimeWait(now);
      case LAST_ACK -> {
        connection.end(TcpCloseReason.CLOSED);
        return false;
      }
      default -> {}
    }
    return true;
  }

  private void finish() {
    long sentBefore = connection.segmentsSent();
    if (accepted) {
      connection.accepted();
    }
    if (connected) {
      connection.reportConnected();
    }
    if (connection.state != TcpState.CLOSED) {
      for (byte[] data : delivered) {
        connection.deliver(data);
      }
      if (peerClosed) {
        connection.reportPeerClosed();
      }
      if (madeRoom) {
        connection.reportWritable();
      }
    }

    // send what the state allows, and a bare ACK if one is owed and nothing else carried it
    // (what the callbacks wrote, or their close, went out with an ACK already)
    if (connection.state != TcpState.CLOSED && connection.sendsData()) {
      sender.output(now, false);
    }
    boolean sent = connection.segmentsSent() != sentBefore;
    if (ackNeeded && !sent && connection.state != TcpState.CLOSED) {
      connection.sendAck();
    }
  }
}
