package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpOptions;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.net.tcp.TcpWire;
import dev.oasis.runtime.stack.Callbacks;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One TCP connection, as an application sees it: write bytes, receive them through a callback,
 * close or abort.
 *
 * <pre>{@code
 * stack.tcp().listen(8080, connection -> {
 *   connection.onData(bytes -> connection.write(bytes));   // echo
 *   connection.onPeerClosed(connection::close);
 * });
 * }</pre>
 *
 * <p>Everything happens on the stack's thread: callbacks are called from {@code Stack.receive},
 * {@code Stack.tick} or another call into the stack, and the methods here must be called from there
 * too (or from wherever the caller serialises calls into the stack). An exception thrown by a
 * callback is counted and logged, not propagated.
 *
 * <p>Received data is delivered as soon as it is in order; there is no read call and no receive
 * buffer to fill, so the advertised window never shrinks. {@link #write} takes as much as the send
 * buffer has room for and returns how much; {@link #onWritable} says when there is room again.
 */
public final class TcpConnection {

  /** The least time between two ACKs that answer unacceptable segments (500 ms, as Linux). */
  static final long INVALID_ANSWER_INTERVAL_NANOS = 500_000_000L;

  private final TcpLayer layer;
  private final ConnectionId id;
  private final TcpConfig config;
  private final StackCounters counters;
  private final TcpListener listener;
  final TcpSender sender;
  final TcpReceiver receiver;

  TcpState state;
  long stateDeadline = Deadlines.NONE;
  private boolean closeReported;
  private boolean inBacklog;
  private boolean answeredInvalid;
  private long lastInvalidAnswer;
  private long segmentsSent;

  private Consumer<byte[]> onData = data -> {};
  private Runnable onWritable = () -> {};
  private Runnable onPeerClosed = () -> {};
  private Runnable onConnected = () -> {};
  private Consumer<TcpCloseReason> onClosed = reason -> {};

  TcpConnection(
      TcpLayer layer,
      ConnectionId id,
      TcpConfig config,
      StackCounters counters,
      TcpListener listener,
      TcpState initialState) {
    this.layer = layer;
    this.id = id;
    this.config = config;
    this.counters = counters;
    this.listener = listener;
    this.state = initialState;
    this.sender = new TcpSender(this, config, counters);
    this.receiver = new TcpReceiver(config.receiveWindow(), counters);
    if (listener != null) {
      listener.enterBacklog();
      inBacklog = true;
    }
  }

  /** Our address and port and the peer's. */
  public ConnectionId id() {
    return id;
  }

  /** The current state. */
  public TcpState state() {
    return state;
  }

  /** Bytes written and not yet acknowledged by the peer. */
  public int unacknowledgedBytes() {
    return sender.buffered();
  }

  /** The listener that accepted this connection, or null if it was opened by connect. */
  TcpListener listener() {
    return listener;
  }

  /** Sets what receives data, in order, as it arrives. */
  public TcpConnection onData(Consumer<byte[]> callback) {
    onData = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /** Sets what runs when acknowledged data has made room in the send buffer. */
  public TcpConnection onWritable(Runnable callback) {
    onWritable = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /** Sets what runs when the peer has closed its direction (its FIN arrived in order). */
  public TcpConnection onPeerClosed(Runnable callback) {
    onPeerClosed = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /** Sets what runs when a connection opened by connect completes its handshake. */
  public TcpConnection onConnected(Runnable callback) {
    onConnected = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /** Sets what runs, once, when the connection ends, with the reason. */
  public TcpConnection onClosed(Consumer<TcpCloseReason> callback) {
    onClosed = Objects.requireNonNull(callback, "callback");
    return this;
  }

  /**
   * Queues as much of {@code data} as the send buffer has room for and sends what the peer's window
   * allows.
   *
   * @return the number of bytes taken, 0..data.length
   * @throws IllegalStateException if the connection was closed for writing (by {@link #close}, or
   *     because it ended)
   */
  public int write(byte[] data) {
    return write(data, 0, data.length);
  }

  /** {@link #write(byte[])} of {@code count} bytes from {@code offset}. */
  public int write(byte[] data, int offset, int count) {
    Objects.checkFromIndexSize(offset, count, data.length);
    boolean writable =
        (state == TcpState.SYN_SENT
                || state == TcpState.SYN_RECEIVED
                || state == TcpState.ESTABLISHED
                || state == TcpState.CLOSE_WAIT)
            && !sender.finQueued();
    if (!writable) {
      throw new IllegalStateException(
          "tcp connection "
              + id
              + " is "
              + state
              + (sender.finQueued() ? " and closed for writing" : "")
              + ", writing needs ESTABLISHED or CLOSE_WAIT");
    }
    int taken = sender.write(data, offset, count);
    output();
    return taken;
  }

  /** Bytes {@link #write} would take now. */
  public int writableBytes() {
    return sender.free();
  }

  /**
   * Closes our direction: a FIN follows the data already written. The connection ends when both
   * directions are closed (see {@link #onClosed}). Does nothing if already closing or closed.
   */
  public void close() {
    switch (state) {
      case SYN_SENT -> end(TcpCloseReason.CLOSED);
      case SYN_RECEIVED, ESTABLISHED -> {
        sender.queueFin();
        state = TcpState.FIN_WAIT_1;
        output();
      }
      case CLOSE_WAIT -> {
        sender.queueFin();
        state = TcpState.LAST_ACK;
        output();
      }
      default -> {}
    }
  }

  /** Ends the connection at once, sending a reset if the peer knows of it. */
  public void abort() {
    if (state == TcpState.CLOSED) {
      return;
    }
    if (state.synchronised()) {
      transmitRaw(TcpWire.RST, sender.max, 0, new byte[0]);
      counters.increment(StackCounter.TCP_RESETS_SENT);
    }
    end(TcpCloseReason.ABORTED);
  }

  // ---- used by the layer and the segment processing ----

  /** Sends data and FIN as the state allows. */
  void output() {
    if (sendsData()) {
      sender.output(layer.now(), false);
    }
  }

  boolean sendsData() {
    return switch (state) {
      case ESTABLISHED, CLOSE_WAIT, FIN_WAIT_1, CLOSING, LAST_ACK -> true;
      default -> false;
    };
  }

  /** Sends a segment with ACK = RCV.NXT (when the ACK flag is set) and our window. */
  void transmit(int flags, int seq, byte[] data) {
    transmitRaw(flags, seq, (flags & TcpWire.ACK) != 0 ? receiver.next() : 0, data);
  }

  void transmitRaw(int flags, int seq, int ack, byte[] data) {
    byte[] options = new byte[0];
    if ((flags & TcpWire.SYN) != 0) {
      options = TcpOptions.maximumSegmentSizeOption(layer.localMss());
    }
    TcpHeader header =
        new TcpHeader(
            id.localPort(),
            id.remotePort(),
            Seq.unsigned(seq),
            Seq.unsigned(ack),
            flags,
            receiver.window(),
            0,
            0,
            options);
    layer.transmit(id, new TcpSegment(header, data));
    segmentsSent++;
  }

  /** Segments this connection has sent, for telling whether an ACK already went out. */
  long segmentsSent() {
    return segmentsSent;
  }

  /**
   * Whether an ACK may answer an unacceptable segment now; if so, the time is noted. At most one in
   * {@link #INVALID_ANSWER_INTERVAL_NANOS}.
   */
  boolean mayAnswerInvalid(long now) {
    if (answeredInvalid && now - lastInvalidAnswer < INVALID_ANSWER_INTERVAL_NANOS) {
      return false;
    }
    answeredInvalid = true;
    lastInvalidAnswer = now;
    return true;
  }

  /** The MSS we announce. */
  int localMss() {
    return layer.localMss();
  }

  /**
   * Sends a bare acknowledgement of what we have received. Its sequence number is the highest we
   * have sent, not SND.NXT, which a retransmission may have moved back: the peer accepts a bare ACK
   * only at or after its RCV.NXT, and answers any other with an ACK of its own.
   */
  void sendAck() {
    transmit(TcpWire.ACK, sender.max, new byte[0]);
  }

  /** Sends (or resends) our SYN, or SYN-ACK in SYN_RECEIVED. */
  void sendSyn(long now) {
    int flags = state == TcpState.SYN_SENT ? TcpWire.SYN : TcpWire.SYN | TcpWire.ACK;
    transmit(flags, sender.iss, new byte[0]);
    sender.timeHandshake(now);
  }

  /** Enters TIME_WAIT, reporting the orderly close. */
  void enterTimeWait(long now) {
    state = TcpState.TIME_WAIT;
    sender.stopTimer();
    stateDeadline = now + config.timeWaitNanos();
    reportClosed(TcpCloseReason.CLOSED);
  }

  /** Enters FIN_WAIT_2 with its timeout. */
  void enterFinWait2(long now) {
    state = TcpState.FIN_WAIT_2;
    stateDeadline = now + config.finWait2TimeoutNanos();
  }

  /** Ends the connection: CLOSED, timers off, the reason reported once. */
  void end(TcpCloseReason reason) {
    leaveBacklog();
    state = TcpState.CLOSED;
    sender.stopTimer();
    stateDeadline = Deadlines.NONE;
    reportClosed(reason);
  }

  /** Completes a passive open: leaves the listener's backlog and runs its acceptor. */
  void accepted() {
    leaveBacklog();
    counters.increment(StackCounter.TCP_CONNECTIONS_ACCEPTED);
    Callbacks.run(counters, "tcp acceptor", () -> listener.acceptor().accept(this));
  }

  private void leaveBacklog() {
    if (inBacklog) {
      inBacklog = false;
      listener.leaveBacklog();
    }
  }

  /** Ends a connection that was never handed to the application: no callback. */
  void discard() {
    leaveBacklog();
    state = TcpState.CLOSED;
    sender.stopTimer();
    stateDeadline = Deadlines.NONE;
    closeReported = true;
  }

  private void reportClosed(TcpCloseReason reason) {
    if (!closeReported) {
      closeReported = true;
      Callbacks.run(counters, "tcp closed callback", () -> onClosed.accept(reason));
    }
  }

  void deliver(byte[] data) {
    Callbacks.run(counters, "tcp data callback", () -> onData.accept(data));
  }

  void reportPeerClosed() {
    Callbacks.run(counters, "tcp peer closed callback", onPeerClosed);
  }

  void reportWritable() {
    Callbacks.run(counters, "tcp writable callback", onWritable);
  }

  void reportConnected() {
    Callbacks.run(counters, "tcp connected callback", onConnected);
  }

  /** The earliest time {@link #tick} has work. */
  long nextDeadline() {
    return Deadlines.earlier(sender.deadline(), stateDeadline);
  }

  /** Runs the timers due at {@code now}. */
  void tick(long now) {
    if (Deadlines.due(stateDeadline, now)) {
      stateDeadline = Deadlines.NONE;
      if (state == TcpState.TIME_WAIT || state == TcpState.FIN_WAIT_2) {
        end(TcpCloseReason.CLOSED);
        return;
      }
    }
    if (!Deadlines.due(sender.deadline(), now)) {
      return;
    }
    if (state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED) {
      if (sender.retryHandshake(now)) {
        sendSyn(now);
      } else if (state == TcpState.SYN_RECEIVED && listener != null) {
        discard();
      } else {
        counters.increment(StackCounter.TCP_CONNECTIONS_TIMED_OUT);
        end(TcpCloseReason.TIMED_OUT);
      }
      return;
    }
    if (!sender.onTimeout(now)) {
      counters.increment(StackCounter.TCP_CONNECTIONS_TIMED_OUT);
      end(TcpCloseReason.TIMED_OUT);
    }
  }

  @Override
  public String toString() {
    return "TcpConnection[" + id + ", " + state + "]";
  }
}
