package dev.oasis.runtime.stack;

/**
 * Everything the stack counts: frames in and out, and every reason a frame or datagram is dropped.
 * Each dropped frame is counted under exactly one drop reason.
 */
public enum StackCounter {
  /** Frames handed to {@link Stack#receive}. */
  FRAMES_RECEIVED("frames received"),
  /** Frames sent to the sink. */
  FRAMES_SENT("frames sent"),
  /** Frames whose Ethernet header did not parse. */
  ETHERNET_MALFORMED("frames with a malformed ethernet header"),
  /** Frames addressed to another unicast or multicast MAC. */
  ETHERNET_NOT_FOR_US("frames for another mac address"),
  /** Frames with an 802.1Q tag (the stack serves one untagged interface). */
  ETHERNET_VLAN_TAGGED("vlan-tagged frames"),
  /** Frames with an EtherType other than IPv4 and ARP. */
  ETHERNET_UNKNOWN_ETHERTYPE("frames of another ethertype"),

  /** ARP packets that did not parse (or are not IPv4 over Ethernet). */
  ARP_MALFORMED("malformed arp packets"),
  /** ARP packets that were well formed but needed nothing from us. */
  ARP_IGNORED("arp packets ignored"),
  /** ARP packets other than requests for us that updated the cache (replies, announcements). */
  ARP_LEARNED("arp packets that updated the cache"),
  /** ARP requests for one of our addresses that we answered (the sender is learned too). */
  ARP_REQUESTS_ANSWERED("arp requests answered"),
  /** ARP requests we sent to resolve an address. */
  ARP_REQUESTS_SENT("arp requests sent"),
  /** Datagrams dropped because the cache was full of unresolved entries. */
  ARP_CACHE_FULL("datagrams dropped, arp cache full of unresolved entries"),
  /** Datagrams dropped because an unresolved address already had its maximum queued. */
  ARP_PENDING_OVERFLOW("datagrams dropped, too many waiting for one arp resolution"),
  /** Datagrams dropped because their next hop never answered ARP. */
  ARP_RESOLUTION_FAILED("datagrams dropped, next hop did not answer arp"),
  /** Resolved entries removed when they aged out. */
  ARP_ENTRIES_EXPIRED("arp entries aged out"),
  /** Resolved entries evicted to make room for a new one. */
  ARP_ENTRIES_EVICTED("arp entries evicted when the cache was full"),

  /** Datagrams whose header did not parse (version, IHL, lengths). */
  IPV4_MALFORMED("malformed ipv4 headers"),
  /** Datagrams whose header checksum did not verify. */
  IPV4_BAD_CHECKSUM("ipv4 headers with a bad checksum"),
  /** Datagrams whose options are malformed (an option length out of range). */
  IPV4_BAD_OPTIONS("ipv4 datagrams with malformed options"),
  /** Datagrams received with a TTL of 0 (RFC 791: such a datagram must be destroyed). */
  IPV4_TTL_ZERO("ipv4 datagrams with ttl 0"),
  /** Datagrams from a source that is not a single host (broadcast, multicast, class E, ours). */
  IPV4_BAD_SOURCE("ipv4 datagrams from an invalid source"),
  /** Datagrams addressed to someone else (the stack does not forward). */
  IPV4_NOT_FOR_US("ipv4 datagrams for another address"),
  /** Datagrams for a protocol the stack does not serve. */
  IPV4_UNKNOWN_PROTOCOL("ipv4 datagrams of an unknown protocol"),
  /** Whole datagrams (reassembled or not) handed to ICMP, UDP or TCP. */
  IPV4_DELIVERED("ipv4 datagrams delivered"),
  /** Datagrams the stack originated (before fragmentation). */
  IPV4_SENT("ipv4 datagrams sent"),
  /** Datagrams not sent: no local subnet and no gateway for the destination. */
  IPV4_NO_ROUTE("ipv4 datagrams without a route"),
  /** Datagrams not sent: larger than the MTU with DF set. */
  IPV4_CANNOT_FRAGMENT("ipv4 datagrams too big to send with df"),
  /** Fragments the stack sent. */
  IPV4_FRAGMENTS_SENT("ipv4 fragments sent"),
  /** Fragments received (before reassembly). */
  IPV4_FRAGMENTS_RECEIVED("ipv4 fragments received"),
  /** Datagrams reassembled from fragments. */
  IPV4_REASSEMBLED("ipv4 datagrams reassembled"),
  /** Exact duplicate fragments ignored. */
  IPV4_FRAGMENTS_DUPLICATE("duplicate ipv4 fragments ignored"),
  /** Datagrams discarded because two fragments overlapped (RFC 5722). */
  IPV4_REASSEMBLY_OVERLAP("ipv4 datagrams discarded for overlapping fragments"),
  /** Fragments dropped: not a multiple of 8 bytes, empty, or inconsistent with the last one. */
  IPV4_FRAGMENTS_INVALID("invalid ipv4 fragments"),
  /** Datagrams discarded because they would exceed 65535 bytes. */
  IPV4_REASSEMBLY_OVERSIZED("ipv4 datagrams discarded for exceeding 65535 bytes"),
  /** Fragments or datagrams dropped because reassembly memory or slots were exhausted. */
  IPV4_REASSEMBLY_OVER_LIMIT("ipv4 fragments dropped, reassembly limits reached"),
  /** Fragments dropped because their datagram was already discarded (RFC 5722). */
  IPV4_FRAGMENTS_OF_DISCARDED("ipv4 fragments of a discarded datagram"),
  /** Incomplete datagrams dropped when the reassembly timeout expired. */
  IPV4_REASSEMBLY_TIMEOUT("ipv4 reassemblies timed out"),

  /** ICMP messages that are truncated or fail their checksum. */
  ICMP_MALFORMED("malformed icmp messages"),
  /** Well-formed ICMP messages that needed nothing from us. */
  ICMP_IGNORED("icmp messages ignored"),
  /** Echo requests answered. */
  ICMP_ECHO_ANSWERED("icmp echo requests answered"),
  /** Echo replies received and passed to the listener. */
  ICMP_ECHO_REPLIES_RECEIVED("icmp echo replies received"),
  /** ICMP error messages received. */
  ICMP_ERRORS_RECEIVED("icmp errors received"),
  /** ICMP errors sent. */
  ICMP_ERRORS_SENT("icmp errors sent"),
  /** ICMP errors not sent because RFC 1812 4.3.2.7 forbids them. */
  ICMP_ERRORS_SUPPRESSED("icmp errors suppressed by rfc 1812 rules"),
  /** ICMP errors not sent because of the rate limit. */
  ICMP_ERRORS_RATE_LIMITED("icmp errors rate limited"),

  /** UDP datagrams that are truncated or whose length field is wrong. */
  UDP_MALFORMED("malformed udp datagrams"),
  /** UDP datagrams whose checksum did not verify. */
  UDP_BAD_CHECKSUM("udp datagrams with a bad checksum"),
  /** UDP datagrams delivered to a bound socket. */
  UDP_DELIVERED("udp datagrams delivered"),
  /** UDP datagrams for a port nobody bound. */
  UDP_NO_LISTENER("udp datagrams for an unbound port"),
  /** UDP datagrams sent. */
  UDP_SENT("udp datagrams sent"),

  /** TCP segments that are truncated or have malformed options. */
  TCP_MALFORMED("malformed tcp segments"),
  /** TCP segments whose checksum did not verify. */
  TCP_BAD_CHECKSUM("tcp segments with a bad checksum"),
  /** TCP segments addressed to a broadcast or multicast address. */
  TCP_NOT_UNICAST("tcp segments to a broadcast or multicast address"),
  /** TCP segments received and checked. */
  TCP_SEGMENTS_RECEIVED("tcp segments received"),
  /** TCP segments sent (retransmissions included). */
  TCP_SEGMENTS_SENT("tcp segments sent"),
  /** TCP segments sent again after a timeout or three duplicate acknowledgements. */
  TCP_RETRANSMISSIONS("tcp retransmissions"),
  /** Segments received outside the receive window (answered with an acknowledgement). */
  TCP_OUT_OF_WINDOW("tcp segments outside the receive window"),
  /** Segments that arrived ahead of a gap and were queued. */
  TCP_OUT_OF_ORDER_QUEUED("tcp segments queued out of order"),
  /** Segments ahead of a gap that did not fit the out-of-order queue and were dropped. */
  TCP_OUT_OF_ORDER_DROPPED("tcp segments dropped, out-of-order queue full"),
  /** Resets sent. */
  TCP_RESETS_SENT("tcp resets sent"),
  /** Resets received that closed a connection. */
  TCP_RESETS_RECEIVED("tcp resets that closed a connection"),
  /** Segments that needed nothing from us (a stray ACK, a reset for nobody, ...). */
  TCP_IGNORED("tcp segments ignored"),
  /** Connections accepted by a listener (three-way handshake completed). */
  TCP_CONNECTIONS_ACCEPTED("tcp connections accepted"),
  /** Connections opened by {@code connect} that completed the handshake. */
  TCP_CONNECTIONS_OPENED("tcp connections opened"),
  /** Connections dropped because retransmission gave up. */
  TCP_CONNECTIONS_TIMED_OUT("tcp connections timed out"),
  /** SYNs dropped because the listener's backlog or the connection table was full. */
  TCP_SYN_DROPPED("tcp syns dropped, backlog or connection table full"),

  /** Exceptions thrown by application callbacks (logged and contained). */
  CALLBACK_FAILED("application callbacks that threw");

  private final String description;

  StackCounter(String description) {
    this.description = description;
  }

  /** What the counter counts, lowercase. */
  public String description() {
    return description;
  }
}
