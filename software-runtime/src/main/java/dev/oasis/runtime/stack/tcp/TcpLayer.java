package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpOptions;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.net.tcp.TcpWire;
import dev.oasis.runtime.stack.Clock;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.Seeds;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import dev.oasis.runtime.stack.ipv4.InboundDatagram;
import dev.oasis.runtime.stack.ipv4.Ipv4Layer;
import dev.oasis.runtime.stack.ipv4.Ipv4Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TCP (RFC 9293) as far as a service needs it: listeners, connections opened by either side, and
 * resets for segments nobody expects.
 *
 * <p>A segment is checked (checksum over the pseudo header, header and option lengths) and then
 * goes to its connection, to the listener on its port, or gets a reset (RFC 9293 3.10.7.1: for a
 * segment with ACK a RST with its acknowledgement number as sequence number, otherwise RST-ACK
 * acknowledging it; never for a RST). Segments sent to a broadcast address are dropped (RFC 1122
 * 4.2.3.10).
 *
 * <p>A listener turns a SYN into a connection in SYN_RECEIVED and answers with SYN-ACK and our MSS
 * (the MTU minus 40); the connection goes to its acceptor when the handshake completes. SYNs beyond
 * the listener's backlog or the connection table are dropped and counted, so a SYN flood holds
 * bounded memory. Initial sequence numbers follow RFC 6528: a 4 µs clock plus a keyed hash of the
 * connection's four numbers.
 */
public final class TcpLayer implements Ipv4Protocol {

  /** The first port {@link #connect} uses (IANA's dynamic range). */
  public static final int FIRST_EPHEMERAL_PORT = 49152;

  /** The smallest MSS the stack sends with, whatever the peer announces. */
  static final int MIN_MSS = 64;

  private final StackConfig config;
  private final TcpConfig tcp;
  private final Clock clock;
  private final StackCounters counters;
  private final Ipv4Layer ip;
  private final Map<Integer, TcpListener> listeners = new HashMap<>();
  private final Map<ConnectionId, TcpConnection> connections = new HashMap<>();
  private final long secret;
  private int nextEphemeralPort = FIRST_EPHEMERAL_PORT;

  /** The layer for {@code config}'s addresses, sending through {@code ip}. */
  public TcpLayer(StackConfig config, Clock clock, StackCounters counters, Ipv4Layer ip) {
    this.config = config;
    this.tcp = config.tcp();
    this.clock = clock;
    this.counters = counters;
    this.ip = ip;
    this.secret = Seeds.mix(config.seed() ^ 0x7463_7073_6563_7265L);
  }

  /**
   * Accepts connections on {@code port}.
   *
   * @throws IllegalArgumentException if the port is outside 1..65535
   * @throws IllegalStateException if something listens on it already
   */
  public TcpListener listen(int port, TcpAcceptor acceptor) {
    Objects.requireNonNull(acceptor, "acceptor");
    if (port < 1 || port > 0xffff) {
      throw new IllegalArgumentException(
          "tcp port " + port + " is out of range, expected 1..65535");
    }
    if (listeners.containsKey(port)) {
      throw new IllegalStateException("tcp port " + port + " has a listener already");
    }
    TcpListener listener = new TcpListener(this, port, acceptor, tcp.backlog());
    listeners.put(port, listener);
    return listener;
  }

  void unlisten(TcpListener listener) {
    listeners.remove(listener.port(), listener);
  }

  /**
   * Opens a connection to {@code remote} port {@code remotePort} from an ephemeral port: sends the
   * SYN and returns the connection in SYN_SENT ({@link TcpConnection#onConnected} runs when it is
   * established).
   *
   * @throws IllegalStateException if the connection table is full or no ephemeral port is free
   */
  public TcpConnection connect(Ipv4Address remote, int remotePort) {
    if (remotePort < 1 || remotePort > 0xffff) {
      throw new IllegalArgumentException(
          "tcp port " + remotePort + " is out of range, expected 1..65535");
    }
    makeRoom();
    if (connections.size() >= tcp.maxConnections()) {
      throw new IllegalStateException(
          "tcp connection table is full (" + tcp.maxConnections() + " connections)");
    }
    Ipv4Address local = config.sourceFor(remote);
    ConnectionId id = null;
    for (int tries = 0; tries <= 0xffff - FIRST_EPHEMERAL_PORT; tries++) {
      int port = nextEphemeralPort;
      nextEphemeralPort = port == 0xffff ? FIRST_EPHEMERAL_PORT : port + 1;
      ConnectionId candidate = new ConnectionId(local, port, remote, remotePort);
      if (!listeners.containsKey(port) && !connections.containsKey(candidate)) {
        id = candidate;
        break;
      }
    }
    if (id == null) {
      throw new IllegalStateException(
          "no tcp port in " + FIRST_EPHEMERAL_PORT + "..65535 is free for " + remote);
    }
    long now = now();
    TcpConnection connection = new TcpConnection(this, id, tcp, counters, null, TcpState.SYN_SENT);
    connection.sender.start(initialSequence(id, now));
    connections.put(id, connection);
    connection.sendSyn(now);
    connection.sender.armTimer(now);
    return connection;
  }

  @Override
  public void receive(InboundDatagram datagram) {
    Ipv4Address source = datagram.header().source();
    Ipv4Address destination = datagram.header().destination();
    if (!config.owns(destination)) {
      counters.increment(StackCounter.TCP_NOT_UNICAST);
      return;
    }
    byte[] payload = datagram.payload();
    ParseResult<TcpSegment> parsed =
        TcpSegment.parse(payload, 0, payload.length, source, destination);
    if (!parsed.isOk()) {
      boolean checksum = parsed.error().kind() == ParseError.Kind.BAD_CHECKSUM;
      counters.increment(checksum ? StackCounter.TCP_BAD_CHECKSUM : StackCounter.TCP_MALFORMED);
      return;
    }
    TcpSegment segment = parsed.value();
    ParseResult<TcpOptions> options = TcpOptions.parse(segment.header().options());
    if (!options.isOk()) {
      counters.increment(StackCounter.TCP_MALFORMED);
      return;
    }
    counters.increment(StackCounter.TCP_SEGMENTS_RECEIVED);

    TcpHeader header = segment.header();
    ConnectionId id =
        new ConnectionId(destination, header.destinationPort(), source, header.sourcePort());
    TcpConnection connection = connections.get(id);
    if (connection != null
        && (connection.state == TcpState.CLOSED || reopensTimeWait(connection, header))) {
      connections.remove(id);
      connection = null;
    }
    if (connection != null) {
      SegmentArrival.process(connection, segment, options.value(), counters, now());
      if (connection.state == TcpState.CLOSED) {
        connections.remove(id);
      }
      return;
    }
    TcpListener listener = listeners.get(header.destinationPort());
    if (listener != null) {
      listening(listener, id, segment, options.value());
    } else {
      reset(id, segment);
    }
  }

  /**
   * Whether a SYN may take over a connection in TIME_WAIT (RFC 6191, without timestamps): only if
   * its sequence number lies beyond everything the old connection received.
   */
  private static boolean reopensTimeWait(TcpConnection connection, TcpHeader header) {
    return connection.state == TcpState.TIME_WAIT
        && header.has(TcpWire.SYN)
        && !header.has(TcpWire.ACK)
        && !header.has(TcpWire.RST)
        && Seq.gt((int) header.sequenceNumber(), connection.receiver.next());
  }

  /** RFC 9293 3.10.7.2: a segment for a listening port. */
  private void listening(
      TcpListener listener, ConnectionId id, TcpSegment segment, TcpOptions options) {
    TcpHeader header = segment.header();
    if (header.has(TcpWire.RST)) {
      counters.increment(StackCounter.TCP_IGNORED);
      return;
    }
    if (header.has(TcpWire.ACK)) {
      reset(id, segment);
      return;
    }
    if (!header.has(TcpWire.SYN)) {
      counters.increment(StackCounter.TCP_IGNORED);
      return;
    }
    if (connections.size() >= tcp.maxConnections()) {
      makeRoom();
    }
    if (listener.backlogFull() || connections.size() >= tcp.maxConnections()) {
      counters.increment(StackCounter.TCP_SYN_DROPPED);
      return;
    }
    long now = now();
    TcpConnection connection =
        new TcpConnection(this, id, tcp, counters, listener, TcpState.SYN_RECEIVED);
    connection.receiver.synchronise((int) header.sequenceNumber());
    connection.sender.start(initialSequence(id, now));
    connection.sender.window = header.window();
    connection.sender.mss = effectiveMss(options, localMss());
    connections.put(id, connection);
    connection.sendSyn(now);
    connection.sender.armTimer(now);
  }

  /** RFC 9293 3.10.7.1: the answer to a segment for no connection and no listener. */
  private void reset(ConnectionId id, TcpSegment segment) {
    TcpHeader header = segment.header();
    if (header.has(TcpWire.RST)) {
      counters.increment(StackCounter.TCP_IGNORED);
      return;
    }
    TcpHeader reset;
    if (header.has(TcpWire.ACK)) {
      reset =
          new TcpHeader(
              id.localPort(),
              id.remotePort(),
              header.acknowledgementNumber(),
              0,
              TcpWire.RST,
              0,
              0,
              0,
              new byte[0]);
    } else {
      long ack = (header.sequenceNumber() + segment.sequenceLength()) & 0xffff_ffffL;
      reset =
          new TcpHeader(
              id.localPort(),
              id.remotePort(),
              0,
              ack,
              TcpWire.RST | TcpWire.ACK,
              0,
              0,
              0,
              new byte[0]);
    }
    transmit(id, new TcpSegment(reset, new byte[0]));
    counters.increment(StackCounter.TCP_RESETS_SENT);
  }

  void transmit(ConnectionId id, TcpSegment segment) {
    byte[] bytes = segment.toBytes(id.localAddress(), id.remoteAddress());
    ip.send(Ipv4Wire.PROTOCOL_TCP, id.localAddress(), id.remoteAddress(), bytes);
    counters.increment(StackCounter.TCP_SEGMENTS_SENT);
  }

  long now() {
    return clock.nanos();
  }

  /** The MSS we announce: what fits the MTU after 20 bytes of IPv4 and 20 of TCP header. */
  int localMss() {
    return config.mtu() - Ipv4Wire.MIN_HEADER_LENGTH - TcpWire.MIN_HEADER_LENGTH;
  }

  /**
   * The MSS we send with: the peer's (536 if it announced none, at least {@value #MIN_MSS}), but no
   * more than our own.
   */
  static int effectiveMss(TcpOptions options, int localMss) {
    int peer = options.maximumSegmentSize().orElse(TcpWire.DEFAULT_MSS);
    return Math.min(Math.max(peer, MIN_MSS), localMss);
  }

  /** RFC 6528: ISN = M + F(local address, local port, remote address, remote port, secret). */
  private int initialSequence(ConnectionId id, long now) {
    long hash = Seeds.mix(secret ^ Integer.toUnsignedLong(id.localAddress().bits()));
    hash = Seeds.mix(hash ^ Integer.toUnsignedLong(id.remoteAddress().bits()));
    hash = Seeds.mix(hash ^ ((long) id.localPort() << 16 | id.remotePort()));
    return (int) (now / 4000) + (int) hash;
  }

  /** Runs the connections' timers due now and forgets connections that ended. */
  public void tick() {
    long now = now();
    for (TcpConnection connection : new ArrayList<>(connections.values())) {
      if (connection.state != TcpState.CLOSED && Deadlines.due(connection.nextDeadline(), now)) {
        connection.tick(now);
      }
    }
    sweep();
  }

  /** Frees a slot: forgets ended connections, else the one in TIME_WAIT that would end first. */
  private void makeRoom() {
    sweep();
    if (connections.size() < tcp.maxConnections()) {
      return;
    }
    TcpConnection oldest = null;
    for (TcpConnection connection : connections.values()) {
      boolean earlier = oldest == null || connection.stateDeadline - oldest.stateDeadline < 0;
      if (connection.state == TcpState.TIME_WAIT && earlier) {
        oldest = connection;
      }
    }
    if (oldest != null) {
      connections.remove(oldest.id());
    }
  }

  private void sweep() {
    connections.values().removeIf(connection -> connection.state == TcpState.CLOSED);
  }

  /** The earliest time {@link #tick} has work, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    long next = Deadlines.NONE;
    for (TcpConnection connection : connections.values()) {
      next = Deadlines.earlier(next, connection.nextDeadline());
    }
    return next;
  }

  /** Connections in the table, in any state (ended ones are removed on the next tick). */
  public int connectionCount() {
    return connections.size();
  }

  /** A snapshot of the connections in the table. */
  public List<TcpConnection> connections() {
    return List.copyOf(connections.values());
  }
}
