package dev.oasis.runtime.stack.tcp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.util.ArrayList;
import java.util.List;

/** A scripted TCP peer at P, port 40000 by default, talking to stack A. */
final class TcpPeer {

  static final int PORT = 40000;

  private final InMemoryNetwork network;
  private final ScriptedPeer peer;
  private final List<Long> arrivalTimes = new ArrayList<>();
  private int window = 65535;

  /** Attaches the peer and introduces it to A by ARP, so A's segments need no resolution. */
  TcpPeer(InMemoryNetwork network) {
    this.network = network;
    this.peer = network.attachPeer();
    peer.respond(frame -> arrivalTimes.add(network.clock().nanos()));
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(1_000_000);
    peer.take();
    arrivalTimes.clear();
  }

  /** Sends a segment from port {@code from} to A's port {@code to}, with options. */
  void send(int from, int to, int flags, long seq, long ack, byte[] options, byte[] data) {
    TcpHeader header =
        new TcpHeader(
            from, to, seq & 0xffff_ffffL, ack & 0xffff_ffffL, flags, window, 0, 0, options);
    peer.send(Frames.tcp(A_MAC, P_MAC, P_IP, A_IP, new TcpSegment(header, data)));
  }

  /** Sets the window the peer advertises from now on. */
  void window(int bytes) {
    window = bytes;
  }

  /** Sends a segment from port 40000 to port 80 without options. */
  void send(int flags, long seq, long ack, byte[] data) {
    send(PORT, 80, flags, seq, ack, new byte[0], data);
  }

  /** Sends a segment without data. */
  void send(int flags, long seq, long ack) {
    send(flags, seq, ack, new byte[0]);
  }

  /** Sends a raw frame. */
  void sendFrame(byte[] frame) {
    peer.send(frame);
  }

  /** Lets the network run for {@code nanos} of virtual time. */
  void run(long nanos) {
    network.runFor(nanos);
  }

  /** The TCP segments received since the last call (frames that are not TCP fail the test). */
  List<TcpSegment> take() {
    List<TcpSegment> segments = new ArrayList<>();
    for (byte[] frame : peer.take()) {
      segments.add(Frames.tcp(frame).orElseThrow(() -> new AssertionError("not tcp")));
    }
    return segments;
  }

  /** The one segment received since the last call. */
  TcpSegment only() {
    List<TcpSegment> segments = take();
    assertThat(segments).as("segments received").hasSize(1);
    return segments.get(0);
  }

  /** When each frame arrived, in virtual nanoseconds, since the peer was attached. */
  List<Long> arrivalTimes() {
    return arrivalTimes;
  }
}
