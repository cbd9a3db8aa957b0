package dev.oasis.runtime.stack.ipv4;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts IPv4 fragments back together (RFC 791 3.2, with RFC 815's idea that only the holes matter),
 * within {@link ReassemblyLimits}.
 *
 * <p>Fragments belong together when source, destination, protocol and identification match. A
 * datagram is complete when its last fragment (MF clear) has fixed its length and fragments without
 * gaps cover every byte up to it; the first fragment's header, options included, becomes the header
 * of the whole.
 *
 * <h2>What is dropped</h2>
 *
 * <ul>
 *   <li>A fragment with MF set whose data is empty or not a multiple of 8 bytes; a fragment that
 *       ends beyond the length a last fragment fixed, or a second last fragment that disagrees: the
 *       fragment is invalid and its datagram discarded.
 *   <li>Overlap (RFC 5722, written for IPv6, applied here too): a fragment that overlaps one
 *       already held discards the whole datagram, and later fragments of it are dropped until the
 *       timeout. An exact duplicate (same offset, same bytes) is ignored instead, since links do
 *       duplicate.
 *   <li>A datagram that would exceed 65535 bytes is discarded.
 *   <li>Limits: a fragment of a new datagram when {@link ReassemblyLimits#maxDatagrams()} datagrams
 *       are being reassembled (or were recently discarded); a fragment that would take the memory
 *       held beyond {@link ReassemblyLimits#maxBytes()}, which also discards its datagram, since it
 *       could no longer complete.
 *   <li>A datagram not complete {@link ReassemblyLimits#timeoutNanos()} after its first fragment
 *       (in arrival order) arrived; {@link #tick} returns its offset-0 fragment, if it came, so
 *       that ICMP can report the timeout.
 * </ul>
 */
public final class Reassembler {

  private final ReassemblyLimits limits;
  private final StackCounters counters;
  private final Map<Key, Partial> partials = new LinkedHashMap<>();
  private long bytesHeld;

  /** An empty reassembler. */
  public Reassembler(ReassemblyLimits limits, StackCounters counters) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.counters = Objects.requireNonNull(counters, "counters");
  }

  private record Key(
      Ipv4Address source, Ipv4Address destination, int protocol, int identification) {}

  private static final class Partial {
    final long deadline;
    final TreeMap<Integer, byte[]> pieces = new TreeMap<>();
    InboundDatagram first;
    int dataLength = -1;
    int dataHeld;
    long bytesCharged;
    boolean discarded;

    Partial(long deadline) {
      this.deadline = deadline;
    }
  }

  /**
   * Takes one fragment (the caller has checked that it is one) received at {@code now}; returns the
   * whole datagram if this fragment completed it.
   */
  public Optional<InboundDatagram> accept(InboundDatagram fragment, long now) {
    counters.increment(StackCounter.IPV4_FRAGMENTS_RECEIVED);
    Ipv4Header header = fragment.header();
    byte[] data = fragment.payload();
    int offset = header.fragmentOffset() * 8;
    int end = offset + data.length;
    boolean last = !header.moreFragments();
    Key key =
        new Key(header.source(), header.destination(), header.protocol(), header.identification());
    Partial partial = partials.get(key);

    if (partial != null && partial.discarded) {
      counters.increment(StackCounter.IPV4_FRAGMENTS_OF_DISCARDED);
      return Optional.empty();
    }
    if (!last && (data.length == 0 || data.length % 8 != 0)) {
      return reject(partial, StackCounter.IPV4_FRAGMENTS_INVALID);
    }
    if (end > 0xffff - Ipv4Wire.MIN_HEADER_LENGTH) {
      return reject(partial, StackCounter.IPV4_REASSEMBLY_OVERSIZED);
    }
    if (partial == null) {
      if (partials.size() >= limits.maxDatagrams()) {
        counters.increment(StackCounter.IPV4_REASSEMBLY_OVER_LIMIT);
        return Optional.empty();
      }
      partial = new Partial(now + limits.timeoutNanos());
      partials.put(key, partial);
    }

    // the last fragment fixes the length; everything must fit inside it
    if (last) {
      Map.Entry<Integer, byte[]> highest = partial.pieces.lastEntry();
      boolean contradicts =
          (partial.dataLength >= 0 && partial.dataLength != end)
              || (highest != null && highest.getKey() + highest.getValue().length > end);
      if (contradicts) {
        return reject(partial, StackCounter.IPV4_FRAGMENTS_INVALID);
      }
      partial.dataLength = end;
    } else if (partial.dataLength >= 0 && end > partial.dataLength) {
      return reject(partial, StackCounter.IPV4_FRAGMENTS_INVALID);
    }

    if (data.length > 0) {
      Optional<StackCounter> problem = overlap(partial, offset, data);
      if (problem.isPresent()) {
        if (problem.get() == StackCounter.IPV4_FRAGMENTS_DUPLICATE) {
          counters.increment(StackCounter.IPV4_FRAGMENTS_DUPLICATE);
          return Optional.empty();
        }
        return reject(partial, problem.get());
      }
      long cost = data.length + (long) ReassemblyLimits.FRAGMENT_OVERHEAD;
      if (bytesHeld + cost > limits.maxBytes()) {
        return reject(partial, StackCounter.IPV4_REASSEMBLY_OVER_LIMIT);
      }
      partial.pieces.put(offset, data);
      partial.dataHeld += data.length;
      partial.bytesCharged += cost;
      bytesHeld += cost;
    }
    if (offset == 0) {
      partial.first = fragment;
    }

    boolean complete =
        partial.first != null && partial.dataLength >= 0 && partial.dataHeld == partial.dataLength;
    if (!complete) {
      return Optional.empty();
    }
    partials.remove(key);
    bytesHeld -= partial.bytesCharged;
    return assemble(partial);
  }

  /** Whether the new piece overlaps a held one: a duplicate, an overlap, or empty if neither. */
  private static Optional<StackCounter> overlap(Partial partial, int offset, byte[] data) {
    int end = offset + data.length;
    Map.Entry<Integer, byte[]> before = partial.pieces.floorEntry(offset);
    if (before != null && before.getKey() + before.getValue().length > offset) {
      boolean duplicate = before.getKey() == offset && Arrays.equals(before.getValue(), data);
      return Optional.of(
          duplicate ? StackCounter.IPV4_FRAGMENTS_DUPLICATE : StackCounter.IPV4_REASSEMBLY_OVERLAP);
    }
    Map.Entry<Integer, byte[]> after = partial.pieces.higherEntry(offset);
    if (after != null && after.getKey() < end) {
      return Optional.of(StackCounter.IPV4_REASSEMBLY_OVERLAP);
    }
    return Optional.empty();
  }

  private Optional<InboundDatagram> assemble(Partial partial) {
    InboundDatagram first = partial.first;
    Ipv4Header firstHeader = first.header();
    int totalLength = firstHeader.headerLength() + partial.dataLength;
    if (totalLength > 0xffff) {
      counters.increment(StackCounter.IPV4_REASSEMBLY_OVERSIZED);
      return Optional.empty();
    }
    byte[] payload = new byte[partial.dataLength];
    for (Map.Entry<Integer, byte[]> piece : partial.pieces.entrySet()) {
      System.arraycopy(piece.getValue(), 0, payload, piece.getKey(), piece.getValue().length);
    }
    Ipv4Header whole =
        new Ipv4Header(
            firstHeader.dscp(),
            firstHeader.ecn(),
            totalLength,
            firstHeader.identification(),
            firstHeader.dontFragment(),
            false,
            0,
            firstHeader.ttl(),
            firstHeader.protocol(),
            0,
            firstHeader.source(),
            firstHeader.destination(),
            firstHeader.options());
    byte[] headerBytes = new byte[whole.headerLength()];
    whole.writeTo(headerBytes, 0);
    counters.increment(StackCounter.IPV4_REASSEMBLED);
    return Optional.of(new InboundDatagram(first.ethernet(), whole, headerBytes, payload, true));
  }

  /**
   * Drops a fragment; a datagram already started is discarded (its memory freed) and remembered
   * until its timeout so that its remaining fragments are dropped too.
   */
  private Optional<InboundDatagram> reject(Partial partial, StackCounter reason) {
    counters.increment(reason);
    if (partial != null) {
      bytesHeld -= partial.bytesCharged;
      partial.bytesCharged = 0;
      partial.pieces.clear();
      partial.first = null;
      partial.discarded = true;
    }
    return Optional.empty();
  }

  /**
   * Drops the datagrams whose time ran out by {@code now}; returns the offset-0 fragments of those
   * that had one (discarded datagrams excluded), for ICMP time exceeded.
   */
  public List<InboundDatagram> tick(long now) {
    List<InboundDatagram> timedOut = new ArrayList<>();
    Iterator<Partial> iterator = partials.values().iterator();
    while (iterator.hasNext()) {
      Partial partial = iterator.next();
      if (partial.deadline - now > 0) {
        break; // all later ones were created later, with the same timeout
      }
      iterator.remove();
      bytesHeld -= partial.bytesCharged;
      if (!partial.discarded) {
        counters.increment(StackCounter.IPV4_REASSEMBLY_TIMEOUT);
        if (partial.first != null) {
          timedOut.add(partial.first);
        }
      }
    }
    return timedOut;
  }

  /** The earliest time {@link #tick} has work, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    Iterator<Partial> iterator = partials.values().iterator();
    return iterator.hasNext() ? iterator.next().deadline : Deadlines.NONE;
  }

  /** Memory held by incomplete datagrams, counted as {@link ReassemblyLimits} says. */
  public long bytesHeld() {
    return bytesHeld;
  }

  /** Datagrams being reassembled or remembered as discarded. */
  public int datagramsHeld() {
    return partials.size();
  }

  /** The limits. */
  public ReassemblyLimits limits() {
    return limits;
  }
}
