package dev.oasis.runtime.slowpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void startsFullThenRefillsAtTheRateFromPacketTime() {
    TokenBucket bucket = new TokenBucket(new IcmpRateLimit(10, 3));
    long start = 5 * SECOND;

    assertThat(bucket.tryTake(start)).isTrue();
    assertThat(bucket.tryTake(start)).isTrue();
    assertThat(bucket.tryTake(start)).isTrue();
    assertThat(bucket.tryTake(start)).isFalse();
    // 10 a second: one token every 100 ms
    assertThat(bucket.tryTake(start + 99_999_999L)).isFalse();
    assertThat(bucket.tryTake(start + 100_000_000L)).isTrue();
    assertThat(bucket.tryTake(start + 100_000_000L)).isFalse();
  }

  @Test
  void neverHoldsMoreThanTheBurst() {
    TokenBucket bucket = new TokenBucket(new IcmpRateLimit(1000, 2));
    bucket.tryTake(0);
    bucket.tryTake(0);

    long later = 3600 * SECOND;
    assertThat(bucket.tryTake(later)).isTrue();
    assertThat(bucket.tryTake(later)).isTrue();
    assertThat(bucket.tryTake(later)).isFalse();
  }

  @Test
  void timeGoingBackwardsAddsNothing() {
    TokenBucket bucket = new TokenBucket(new IcmpRateLimit(1, 1));
    assertThat(bucket.tryTake(10 * SECOND)).isTrue();

    assertThat(bucket.tryTake(SECOND)).isFalse();
    assertThat(bucket.tryTake(10 * SECOND + SECOND / 2)).isFalse();
    assertThat(bucket.tryTake(11 * SECOND)).isTrue();
  }

  @Test
  void extremeTimestampsDoNotOverflow() {
    TokenBucket bucket = new TokenBucket(new IcmpRateLimit(1_000_000_000L, 1_000_000));
    assertThat(bucket.tryTake(Long.MIN_VALUE)).isTrue();

    assertThat(bucket.tryTake(Long.MAX_VALUE)).isTrue();
  }

  @Test
  void zeroRateAllowsOnlyTheBurst() {
    TokenBucket bucket = new TokenBucket(new IcmpRateLimit(0, 1));

    assertThat(bucket.tryTake(0)).isTrue();
    assertThat(bucket.tryTake(1000 * SECOND)).isFalse();
  }

  @Test
  void limitsOutsideTheirRangeAreRefused() {
    assertThatThrownBy(() -> new IcmpRateLimit(-1, 1))
        .hasMessageContaining("icmp rate limit of -1 per second is out of range");
    assertThatThrownBy(() -> new IcmpRateLimit(1, 0))
        .hasMessageContaining("icmp rate limit burst 0 is out of range");
    assertThat(IcmpRateLimit.DEFAULT).isEqualTo(new IcmpRateLimit(1000, 100));
  }
}
