package dev.oasis.runtime.stack;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.arp.ArpWire;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpOptions;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.net.tcp.TcpWire;
import dev.oasis.runtime.net.udp.UdpDatagram;
import dev.oasis.runtime.stack.ipv4.Fragmenter;
import dev.oasis.runtime.stack.testing.Frames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded generator of frames for stack A, valid and broken: ARP, ICMP, UDP (empty included), TCP
 * segments of every kind, fragments that overlap or overrun 65535 bytes, IP options of every
 * length; then mutated by truncation, bit flips, wrong length fields and wrong checksums. Most
 * mutated frames get their checksums recomputed, so that the damage reaches the layers above.
 */
final class MalformedFrames {

  private static final int[] TCP_FLAG_SETS = {
    TcpWire.SYN,
    TcpWire.ACK,
    TcpWire.ACK | TcpWire.PSH,
    TcpWire.FIN | TcpWire.ACK,
    TcpWire.RST,
    TcpWire.RST | TcpWire.ACK,
    TcpWire.SYN | TcpWire.ACK,
    TcpWire.SYN | TcpWire.FIN,
    0,
    0xff
  };

  private final Random random;
  private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
  private int nextId = 1000;

  MalformedFrames(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Looks at a frame the stack sent and, for a SYN-ACK, queues the rest of a conversation (the
   * handshake's ACK, data, a FIN), so that established connections are fuzzed too.
   */
  void answer(byte[] sent) {
    Optional<TcpSegment> segment = Frames.tcp(sent);
    if (segment.isEmpty() || pending.size() > 64) {
      return;
    }
    TcpHeader synAck = segment.get().header();
    if (synAck.flags() != (TcpWire.SYN | TcpWire.ACK)) {
      return;
    }
    Ipv4Address peer = Frames.ip(sent).orElseThrow().ip().destination();
    long seq = synAck.acknowledgementNumber();
    long ack = (synAck.sequenceNumber() + 1) & 0xffff_ffffL;
    byte[] data = bytes(random.nextInt(300));
    pending.add(segment(peer, synAck.destinationPort(), seq, ack, TcpWire.ACK, new byte[0]));
    pending.add(segment(peer, synAck.destinationPort(), seq, ack, TcpWire.ACK, data));
    pending.add(
        segment(
            peer,
            synAck.destinationPort(),
            seq + data.length,
            ack,
            TcpWire.FIN | TcpWire.ACK,
            new byte[0]));
  }

  private byte[] segment(Ipv4Address source, int port, long seq, long ack, int flags, byte[] data) {
    TcpHeader header =
        new TcpHeader(port, 80, seq & 0xffff_ffffL, ack, flags, 65535, 0, 0, new byte[0]);
    byte[] bytes = new TcpSegment(header, data).toBytes(source, A_IP);
    return ipv4(source, Ipv4Wire.PROTOCOL_TCP, new byte[0], bytes);
  }

  /** One valid frame of each kind, for truncation at every offset. */
  List<byte[]> templates() {
    return List.of(arp(), udp(), tcp(), icmp(), fragment(), udpWithFortyBytesOfOptions());
  }

  /**
   * The next frame: a valid one of a random kind, mutated most of the time; or the next part of a
   * conversation or of a fragmented datagram, mostly intact.
   */
  byte[] next() {
    if (!pending.isEmpty() && random.nextBoolean()) {
      byte[] part = pending.poll();
      return random.nextInt(10) < 8 ? part : mutate(part);
    }
    byte[] frame =
        switch (random.nextInt(8)) {
          case 0 -> arp();
          case 1 -> udp();
          case 2, 3 -> tcp();
          case 4 -> icmp();
          case 5 -> {
            fragmentedDatagram();
            yield fragment();
          }
          default -> fragment();
        };
    return random.nextInt(10) < 3 ? frame : mutate(frame);
  }

  /** Queues the fragments of a whole UDP datagram to port 7, in a random order. */
  private void fragmentedDatagram() {
    if (pending.size() > 64) {
      return;
    }
    Ipv4Address source = source();
    byte[] udp = new UdpDatagram(1000, 7, bytes(100 + random.nextInt(2000))).toBytes(source, A_IP);
    Ipv4Header header =
        Ipv4Header.builder()
            .source(source)
            .destination(A_IP)
            .protocol(Ipv4Wire.PROTOCOL_UDP)
            .identification(nextId++ & 0xffff)
            .payloadLength(udp.length)
            .build();
    List<byte[]> fragments = new ArrayList<>();
    for (byte[] datagram : Fragmenter.fragment(header, udp, 68 + 8 * random.nextInt(180))) {
      fragments.add(
          EthernetHeader.of(A_MAC, mac(source), EthernetWire.ETHERTYPE_IPV4).frame(datagram));
    }
    Collections.shuffle(fragments, random);
    pending.addAll(fragments);
  }

  private Ipv4Address source() {
    // a small population of peers, so that state builds up per peer
    return new Ipv4Address(0x0a000000 | (2 + random.nextInt(40)));
  }

  private MacAddress mac(Ipv4Address ip) {
    return new MacAddress(0x0200_0000_0000L | (ip.bits() & 0xff));
  }

  private byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private byte[] arp() {
    Ipv4Address sender = source();
    Ipv4Address target = random.nextBoolean() ? A_IP : source();
    ArpPacket packet =
        random.nextBoolean()
            ? ArpPacket.request(mac(sender), sender, target)
            : new ArpPacket(ArpWire.OPERATION_REPLY, mac(sender), sender, A_MAC, target);
    MacAddress to = random.nextBoolean() ? MacAddress.BROADCAST : A_MAC;
    return EthernetHeader.of(to, mac(sender), EthernetWire.ETHERTYPE_ARP).frame(packet.toBytes());
  }

  private byte[] udp() {
    Ipv4Address source = source();
    int port = random.nextBoolean() ? 7 : random.nextInt(65536);
    byte[] data = bytes(random.nextInt(4) == 0 ? 0 : random.nextInt(200));
    byte[] udp = new UdpDatagram(random.nextInt(65536), port, data).toBytes(source, A_IP);
    return ipv4(source, Ipv4Wire.PROTOCOL_UDP, new byte[0], udp);
  }

  private byte[] udpWithFortyBytesOfOptions() {
    Ipv4Address source = source();
    byte[] options = new byte[40];
    Arrays.fill(options, (byte) 1); // no operation
    byte[] udp = new UdpDatagram(1000, 7, bytes(20)).toBytes(source, A_IP);
    return ipv4(source, Ipv4Wire.PROTOCOL_UDP, options, udp);
  }

  private byte[] tcp() {
    Ipv4Address source = source();
    int flags = TCP_FLAG_SETS[random.nextInt(TCP_FLAG_SETS.length)];
    byte[] options =
        (flags & TcpWire.SYN) != 0 && random.nextBoolean()
            ? TcpOptions.maximumSegmentSizeOption(random.nextInt(65536))
            : new byte[4 * random.nextInt(2)];
    TcpHeader header =
        new TcpHeader(
            40000 + random.nextInt(8),
            random.nextInt(4) == 0 ? random.nextInt(65536) : 80,
            random.nextInt(4) == 0 ? random.nextInt(64) : Integer.toUnsignedLong(random.nextInt()),
            Integer.toUnsignedLong(random.nextInt()),
            flags,
            random.nextInt(65536),
            0,
            random.nextInt(65536),
            options);
    byte[] data = bytes(random.nextInt(3) == 0 ? random.nextInt(1400) : 0);
    byte[] segment = new TcpSegment(header, data).toBytes(source, A_IP);
    return ipv4(source, Ipv4Wire.PROTOCOL_TCP, new byte[0], segment);
  }

  private byte[] icmp() {
    Ipv4Address source = source();
    IcmpMessage message =
        random.nextBoolean()
            ? IcmpMessage.echoRequest(random.nextInt(65536), random.nextInt(65536), bytes(32))
            : new IcmpMessage(
                random.nextInt(256),
                random.nextInt(256),
                0,
                random.nextInt(),
                bytes(random.nextInt(64)));
    return ipv4(source, Ipv4Wire.PROTOCOL_ICMP, new byte[0], message.toBytes());
  }

  /** A fragment of one of a few datagrams, at offsets that overlap, repeat and overrun. */
  private byte[] fragment() {
    Ipv4Address source = new Ipv4Address(0x0a000000 | (2 + random.nextInt(4)));
    int offsetUnits =
        random.nextInt(5) == 0 ? 8100 + random.nextInt(92) : random.nextInt(64) * 23 % 400;
    int length = random.nextInt(6) == 0 ? 1 + random.nextInt(1480) : 8 * (1 + random.nextInt(60));
    boolean more = random.nextInt(4) != 0;
    byte[] options = options(random.nextInt(3) == 0 ? 4 * random.nextInt(11) : 0);
    Ipv4Header header =
        new Ipv4Header(
            0,
            0,
            Ipv4Wire.MIN_HEADER_LENGTH + options.length + length,
            random.nextInt(6),
            false,
            more,
            offsetUnits,
            64,
            random.nextBoolean() ? Ipv4Wire.PROTOCOL_UDP : Ipv4Wire.PROTOCOL_TCP,
            0,
            source,
            A_IP,
            options);
    return EthernetHeader.of(A_MAC, mac(source), EthernetWire.ETHERTYPE_IPV4)
        .frame(header.datagram(bytes(length)));
  }

  /** {@code length} bytes of options: well formed half the time, random bytes otherwise. */
  private byte[] options(int length) {
    if (random.nextBoolean()) {
      return bytes(length);
    }
    byte[] options = new byte[length];
    int i = 0;
    while (i < length) {
      int room = length - i;
      if (room < 2 || random.nextInt(4) == 0) {
        options[i++] = (byte) random.nextInt(2); // end of list or no operation
      } else {
        int optionLength = 2 + random.nextInt(room - 1);
        options[i] = (byte) (random.nextInt(256) | 2);
        options[i + 1] = (byte) optionLength;
        i += optionLength;
      }
    }
    return options;
  }

  private byte[] ipv4(Ipv4Address source, int protocol, byte[] options, byte[] payload) {
    Ipv4Header header =
        Ipv4Header.builder()
            .source(source)
            .destination(random.nextInt(20) == 0 ? Ipv4Address.parse("10.0.0.255") : A_IP)
            .protocol(protocol)
            .identification(random.nextInt(65536))
            .ttl(random.nextInt(30) == 0 ? 0 : 64)
            .options(options)
            .payloadLength(payload.length)
            .build();
    return EthernetHeader.of(A_MAC, mac(source), EthernetWire.ETHERTYPE_IPV4)
        .frame(header.datagram(payload));
  }

  private byte[] mutate(byte[] frame) {
    byte[] mutated = frame.clone();
    switch (random.nextInt(6)) {
      case 0 -> mutated = Arrays.copyOf(mutated, random.nextInt(mutated.length + 1));
      case 1 -> {
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          int at = random.nextInt(mutated.length);
          mutated[at] ^= (byte) (1 << random.nextInt(8));
        }
      }
      case 2 -> lengthField(mutated);
      case 3 ->
          mutated[14 + random.nextInt(Math.max(1, mutated.length - 14))] = (byte) random.nextInt();
      case 4 -> mutated = Arrays.copyOf(mutated, mutated.length + random.nextInt(40));
      default -> {
        int ihl = random.nextInt(16);
        mutated[14] = (byte) (0x40 | ihl);
      }
    }
    if (random.nextInt(10) < 7) {
      fixChecksums(mutated);
    }
    return mutated;
  }

  /** Sets one length field (IPv4 total length, UDP length or TCP data offset) to a random value. */
  private void lengthField(byte[] frame) {
    if (frame.length < 14 + 20) {
      return;
    }
    int ihl = (frame[14] & 0xf) * 4;
    int transport = 14 + ihl;
    switch (random.nextInt(3)) {
      case 0 -> Bytes.put16(frame, 14 + 2, random.nextInt(70000));
      case 1 -> {
        if (frame.length >= transport + 6) {
          Bytes.put16(frame, transport + 4, random.nextInt(65536));
        }
      }
      default -> {
        if (frame.length >= transport + 13) {
          frame[transport + 12] = (byte) (random.nextInt(16) << 4);
        }
      }
    }
  }

  /** Recomputes the IPv4 header checksum and, where the datagram allows, the transport one. */
  private static void fixChecksums(byte[] frame) {
    if (frame.length < 14 + 20 || Bytes.u16(frame, 12) != EthernetWire.ETHERTYPE_IPV4) {
      return;
    }
    int ihl = (frame[14] & 0xf) * 4;
    if (ihl < 20 || 14 + ihl > frame.length) {
      return;
    }
    Bytes.put16(frame, 14 + 10, Checksums.ipv4HeaderChecksum(frame, 14, ihl));
    int total = Bytes.u16(frame, 14 + 2);
    int protocol = frame[14 + 9] & 0xff;
    int transport = 14 + ihl;
    int length = Math.min(total, frame.length - 14) - ihl;
    boolean whole = (Bytes.u16(frame, 14 + 6) & 0x3fff) == 0;
    if (length <= 0 || !whole) {
      return;
    }
    Ipv4Address source = Ipv4Address.read(frame, 14 + 12);
    Ipv4Address destination = Ipv4Address.read(frame, 14 + 16);
    int field =
        switch (protocol) {
          case Ipv4Wire.PROTOCOL_TCP -> 16;
          case Ipv4Wire.PROTOCOL_UDP -> 6;
          case Ipv4Wire.PROTOCOL_ICMP -> 2;
          default -> -1;
        };
    if (field < 0 || length < field + 2) {
      return;
    }
    Bytes.put16(frame, transport + field, 0);
    int checksum =
        protocol == Ipv4Wire.PROTOCOL_ICMP
            ? Checksums.internetChecksum(frame, transport, length)
            : Checksums.transportChecksum(source, destination, protocol, frame, transport, length);
    Bytes.put16(frame, transport + field, checksum);
  }
}
