package dev.oasis.runtime.stack.arp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArpCacheTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long T0 = 5_000 * SECOND;
  private static final Ipv4Address HOST = Ipv4Address.parse("10.0.0.7");
  private static final MacAddress HOST_MAC = MacAddress.parse("02:00:00:00:00:07");

  /** 4 entries, 3 pending per address, 60 s lifetime, 1 s between 3 requests. */
  private static final ArpLimits LIMITS = new ArpLimits(4, 3, 60 * SECOND, SECOND, 3);

  private static Ipv4Address host(int n) {
    return Ipv4Address.parse("10.0.0." + n);
  }

  private static List<byte[]> datagram(int n) {
    return List.of(new byte[] {(byte) n});
  }

  @Test
  void aResolvedEntryLivesForItsLifetimeAndNoLonger() {
    ArpCache cache = new ArpCache(LIMITS);

    cache.learn(HOST, HOST_MAC, T0, true);

    assertThat(cache.lookup(HOST, T0 + 60 * SECOND - 1)).contains(HOST_MAC);
    assertThat(cache.lookup(HOST, T0 + 60 * SECOND)).isEmpty();
    assertThat(cache.nextDeadline()).isEqualTo(T0 + 60 * SECOND);
    assertThat(cache.tick(T0 + 60 * SECOND).expired()).isEqualTo(1);
    assertThat(cache.size()).isZero();
  }

  @Test
  void hearingFromTheOwnerAgainRestartsTheLifetime() {
    ArpCache cache = new ArpCache(LIMITS);
    cache.learn(HOST, HOST_MAC, T0, true);

    cache.learn(HOST, HOST_MAC, T0 + 50 * SECOND, false);

    assertThat(cache.lookup(HOST, T0 + 100 * SECOND)).contains(HOST_MAC);
  }

  @Test
  void mergingNeverCreatesAnEntry() {
    ArpCache cache = new ArpCache(LIMITS);

    assertThat(cache.learn(HOST, HOST_MAC, T0, false)).isEmpty();

    assertThat(cache.contains(HOST)).isFalse();
  }

  @Test
  void anUnresolvedAddressIsRequestedEverySecondThenGivenUp() {
    ArpCache cache = new ArpCache(LIMITS);

    assertThat(cache.enqueue(HOST, datagram(1), T0))
        .isEqualTo(ArpCache.QueueOutcome.RESOLUTION_STARTED);
    assertThat(cache.enqueue(HOST, datagram(2), T0)).isEqualTo(ArpCache.QueueOutcome.QUEUED);

    assertThat(cache.tick(T0 + SECOND - 1).retry()).isEmpty();
    assertThat(cache.tick(T0 + SECOND).retry()).containsExactly(HOST);
    assertThat(cache.tick(T0 + 2 * SECOND).retry()).containsExactly(HOST);
    ArpCache.TickResult gaveUp = cache.tick(T0 + 3 * SECOND);

    assertThat(gaveUp.retry()).isEmpty();
    assertThat(gaveUp.datagramsDropped()).isEqualTo(2);
    assertThat(cache.contains(HOST)).isFalse();
  }

  @Test
  void theQueueOfOneAddressKeepsTheNewestDatagrams() {
    ArpCache cache = new ArpCache(LIMITS);
    cache.enqueue(HOST, datagram(1), T0);
    cache.enqueue(HOST, datagram(2), T0);
    cache.enqueue(HOST, datagram(3), T0);

    assertThat(cache.enqueue(HOST, datagram(4), T0))
        .isEqualTo(ArpCache.QueueOutcome.QUEUED_DROPPED_OLDEST);
    assertThat(cache.pendingCount(HOST)).isEqualTo(3);

    List<List<byte[]>> flushed = cache.learn(HOST, HOST_MAC, T0 + 1, false);
    assertThat(flushed).extracting(d -> (int) d.get(0)[0]).containsExactly(2, 3, 4);
    assertThat(cache.pendingCount(HOST)).isZero();
  }

  @Test
  void aFullCacheEvictsTheResolvedEntryThatExpiresFirst() {
    ArpCache cache = new ArpCache(LIMITS);
    for (int n = 1; n <= 4; n++) {
      cache.learn(host(n), HOST_MAC, T0 + n, true);
    }

    assertThat(cache.enqueue(host(9), datagram(9), T0 + 10))
        .isEqualTo(ArpCache.QueueOutcome.RESOLUTION_STARTED);

    assertThat(cache.size()).isEqualTo(4);
    assertThat(cache.contains(host(1))).isFalse();
    assertThat(cache.contains(host(2))).isTrue();
    assertThat(cache.evictions()).isEqualTo(1);
  }

  @Test
  void aCacheFullOfUnresolvedEntriesRefusesAnother() {
    ArpCache cache = new ArpCache(LIMITS);
    for (int n = 1; n <= 4; n++) {
      cache.enqueue(host(n), datagram(n), T0);
    }

    assertThat(cache.enqueue(host(9), datagram(9), T0))
        .isEqualTo(ArpCache.QueueOutcome.DROPPED_CACHE_FULL);
    assertThat(cache.learn(host(9), HOST_MAC, T0, true)).isEmpty();

    assertThat(cache.size()).isEqualTo(4);
    assertThat(cache.contains(host(9))).isFalse();
  }

  @Test
  void limitsOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> new ArpLimits(0, 3, SECOND, SECOND, 3))
        .hasMessage("arp max entries 0 is out of range, expected 1..65536");
    assertThatThrownBy(() -> new ArpLimits(4, 0, SECOND, SECOND, 3))
        .hasMessage("arp max pending per address 0 is out of range, expected 1..1024");
    assertThatThrownBy(() -> new ArpLimits(4, 3, SECOND, SECOND, 0))
        .hasMessage("arp max requests 0 is out of range, expected 1..100");
  }
}
