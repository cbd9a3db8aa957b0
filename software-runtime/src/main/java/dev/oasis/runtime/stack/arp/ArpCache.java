package dev.oasis.runtime.stack.arp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.stack.Deadlines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ARP cache: IPv4 addresses to MAC addresses, with aging, the datagrams waiting for an address
 * to resolve, and request retries. It sends nothing itself; {@link ArpLayer} acts on what it
 * returns. Time is passed in by the caller (nanoseconds from the stack's clock).
 *
 * <h2>Entries</h2>
 *
 * <ul>
 *   <li>An <em>unresolved</em> entry exists from the first datagram queued for an address until a
 *       reply arrives or the requests run out: {@link ArpLimits#maxRequests()} requests, {@link
 *       ArpLimits#requestIntervalNanos()} apart. Giving up drops its queued datagrams and the
 *       entry.
 *   <li>A <em>resolved</em> entry lives {@link ArpLimits#entryLifetimeNanos()} after the last ARP
 *       packet from its owner, then is removed (the next datagram starts a new resolution; there is
 *       no unicast refresh).
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>At most {@link ArpLimits#maxEntries()} entries. A new entry takes the place of the resolved
 * entry that expires first; when every entry is unresolved, the new one is refused. At most {@link
 * ArpLimits#maxPendingPerAddress()} datagrams wait for one address (the fragments of one datagram
 * count once); another arriving pushes out the oldest.
 */
public final class ArpCache {

  private final ArpLimits limits;
  private final Map<Ipv4Address, Entry> entries = new HashMap<>();
  private long evictions;

  /** An empty cache with {@code limits}. */
  public ArpCache(ArpLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  private static final class Entry {
    MacAddress mac;
    long expiresAt;
    boolean polled;
    long lastPoll;
    int requestsSent;
    long nextRequestAt;
    final ArrayDeque<List<byte[]>> pending = new ArrayDeque<>();

    boolean resolved() {
      return mac != null;
    }
  }

  /** What became of a datagram queued with {@link #enqueue}. */
  public enum QueueOutcome {
    /** A new unresolved entry holds it: the caller sends the first request now. */
    RESOLUTION_STARTED,
    /** Queued behind an unresolved entry whose requests are already going out. */
    QUEUED,
    /** Queued, and the oldest datagram waiting for the same address was dropped. */
    QUEUED_DROPPED_OLDEST,
    /** Dropped: the cache is full of unresolved entries. */
    DROPPED_CACHE_FULL
  }

  /**
   * What a call to {@link #tick} found.
   *
   * @param retry addresses to send another request for now
   * @param datagramsDropped datagrams dropped because their address was given up
   * @param expired resolved entries that aged out
   */
  public record TickResult(List<Ipv4Address> retry, int datagramsDropped, int expired) {}

  /** The limits. */
  public ArpLimits limits() {
    return limits;
  }

  /** The MAC address of {@code ip} if it is resolved and has not aged out at {@code now}. */
  public Optional<MacAddress> lookup(Ipv4Address ip, long now) {
    Entry entry = entries.get(ip);
    if (entry == null || !entry.resolved() || entry.expiresAt - now <= 0) {
      return Optional.empty();
    }
    return Optional.of(entry.mac);
  }

  /**
   * Queues {@code datagram} (its IPv4 packets: the datagram itself, or its fragments, which count
   * as one) until {@code ip} resolves; the caller has found no resolved entry. Starts a resolution
   * (one request counted as sent) if there is no entry yet.
   */
  public QueueOutcome enqueue(Ipv4Address ip, List<byte[]> datagram, long now) {
    Entry entry = entries.get(ip);
    if (entry != null && entry.resolved()) {
      // aged out but not yet swept: resolve again
      entries.remove(ip);
      entry = null;
    }
    if (entry == null) {
      if (!makeRoom()) {
        return QueueOutcome.DROPPED_CACHE_FULL;
      }
      entry = new Entry();
      entry.requestsSent = 1;
      entry.nextRequestAt = now + limits.requestIntervalNanos();
      entry.pending.add(datagram);
      entries.put(ip, entry);
      return QueueOutcome.RESOLUTION_STARTED;
    }
    boolean full = entry.pending.size() >= limits.maxPendingPerAddress();
    if (full) {
      entry.pending.removeFirst();
    }
    entry.pending.addLast(datagram);
    return full ? QueueOutcome.QUEUED_DROPPED_OLDEST : QueueOutcome.QUEUED;
  }

  /**
   * Records that {@code ip} is at {@code mac} as of {@code now} (RFC 826's merge), creating the
   * entry only if {@code create} (and there is room). Returns the datagrams that were waiting for
   * the address, oldest first, each as its IPv4 packets, for the caller to send now; empty if none.
   */
  public List<List<byte[]>> learn(Ipv4Address ip, MacAddress mac, long now, boolean create) {
    Entry entry = entries.get(ip);
    if (entry == null) {
      if (!create || !makeRoom()) {
        return List.of();
      }
      entry = new Entry();
      entries.put(ip, entry);
    }
    entry.mac = mac;
    entry.expiresAt = now + limits.entryLifetimeNanos();
    entry.polled = false;
    if (entry.pending.isEmpty()) {
      return List.of();
    }
    List<List<byte[]>> waiting = new ArrayList<>(entry.pending);
    entry.pending.clear();
    return waiting;
  }

  /**
   * Whether a unicast request should now go to the owner of resolved {@code ip}, because the entry
   * is in use close to its end; if so, the poll is noted.
   */
  public boolean pollDue(Ipv4Address ip, long now) {
    Entry entry = entries.get(ip);
    if (entry == null || !entry.resolved()) {
      return false;
    }
    long window = limits.maxRequests() * limits.requestIntervalNanos();
    boolean closeToEnd = entry.expiresAt - now <= window;
    boolean spaced = !entry.polled || now - entry.lastPoll >= limits.requestIntervalNanos();
    if (!closeToEnd || !spaced) {
      return false;
    }
    entry.polled = true;
    entry.lastPoll = now;
    return true;
  }

  /** Whether there is an entry, resolved or not, for {@code ip}. */
  public boolean contains(Ipv4Address ip) {
    return entries.containsKey(ip);
  }

  /** Ages out resolved entries and retries or gives up unresolved ones, as of {@code now}. */
  public TickResult tick(long now) {
    List<Ipv4Address> retry = new ArrayList<>();
    int dropped = 0;
    int expired = 0;
    Iterator<Map.Entry<Ipv4Address, Entry>> iterator = entries.entrySet().iterator();
    while (iterator.hasNext()) {
      Map.Entry<Ipv4Address, Entry> item = iterator.next();
      Entry entry = item.getValue();
      if (entry.resolved()) {
        if (entry.expiresAt - now <= 0) {
          iterator.remove();
          expired++;
        }
      } else if (entry.nextRequestAt - now <= 0) {
        if (entry.requestsSent >= limits.maxRequests()) {
          dropped += entry.pending.size();
          iterator.remove();
        } else {
          entry.requestsSent++;
          entry.nextRequestAt = now + limits.requestIntervalNanos();
          retry.add(item.getKey());
        }
      }
    }
    return new TickResult(retry, dropped, expired);
  }

  /** The earliest time {@link #tick} has something to do, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    long next = Deadlines.NONE;
    for (Entry entry : entries.values()) {
      next = Deadlines.earlier(next, entry.resolved() ? entry.expiresAt : entry.nextRequestAt);
    }
    return next;
  }

  /** Entries, resolved and unresolved. */
  public int size() {
    return entries.size();
  }

  /** Resolved entries (aged-out ones not yet swept by {@link #tick} included). */
  public int resolvedCount() {
    return (int) entries.values().stream().filter(Entry::resolved).count();
  }

  /** Datagrams waiting for {@code ip}. */
  public int pendingCount(Ipv4Address ip) {
    Entry entry = entries.get(ip);
    return entry == null ? 0 : entry.pending.size();
  }

  /** The most datagrams waiting for any one address. */
  public int maxPendingCount() {
    int most = 0;
    for (Entry entry : entries.values()) {
      most = Math.max(most, entry.pending.size());
    }
    return most;
  }

  /** Resolved entries evicted so far to make room. */
  public long evictions() {
    return evictions;
  }

  /** Makes room for one more entry; false if every entry is unresolved. */
  private boolean makeRoom() {
    if (entries.size() < limits.maxEntries()) {
      return true;
    }
    Ipv4Address oldest = null;
    long oldestExpiry = 0;
    for (Map.Entry<Ipv4Address, Entry> item : entries.entrySet()) {
      Entry entry = item.getValue();
      if (entry.resolved() && (oldest == null || entry.expiresAt - oldestExpiry < 0)) {
        oldest = item.getKey();
        oldestExpiry = entry.expiresAt;
      }
    }
    if (oldest == null) {
      return false;
    }
    entries.remove(oldest);
    evictions++;
    return true;
  }
}
