package dev.oasis.compiler.state;

import static dev.oasis.compiler.state.IrFixtures.big;
import static dev.oasis.compiler.state.IrFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The map rules of docs/language.md, with hashes from an independent oracle: the CRC-32 check value
 * of "123456789" (0xCBF43926) and Python's zlib.crc32 for the keys below.
 */
class MapStateTest {
  // zlib.crc32(k.to_bytes(4, "big")) & 7 == 6 for each of these keys.
  private static final BigInteger SET6_A = big(0x0a000001L);
  private static final BigInteger SET6_B = big(0x0a00000aL);
  private static final BigInteger SET6_C = big(0x0a000013L);
  private static final BigInteger SET6_D = big(0x0a000018L);
  // zlib.crc32(bytes.fromhex("0a000002")) & 7 == 4
  private static final BigInteger SET4 = big(0x0a000002L);

  @Test
  void hashIsCrc32OfTheBigEndianKeyBytes() {
    BigInteger ascii = new BigInteger(1, "123456789".getBytes(StandardCharsets.US_ASCII));
    assertThat(MapState.hash(ascii, 72)).isEqualTo(0xCBF43926L);
    assertThat(MapState.hash(SET6_A, 32)).isEqualTo(0x39fe0feeL);
    // A 12-bit key is two bytes with zero high bits: zlib.crc32(b"\x0a\xbc")
    assertThat(MapState.hash(big(0xabc), 12)).isEqualTo(0x79e105d2L);
  }

  @Test
  void keysGoToTheSetOfTheirHash() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 0));
    assertThat(m.setOf(SET6_A)).isEqualTo(6);
    assertThat(m.setOf(SET6_D)).isEqualTo(6);
    assertThat(m.setOf(SET4)).isEqualTo(4);
  }

  @Test
  void putFillsTheWaysOfASetInOrderAndFailsWhenFull() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 0));
    assertThat(m.put(SET6_A, big(1), 0)).isTrue();
    assertThat(m.put(SET6_B, big(2), 0)).isTrue();
    assertThat(m.put(SET4, big(4), 0)).isTrue();
    assertThat(m.put(SET6_C, big(3), 0)).isFalse();

    assertThat(m.validSlots())
        .containsExactly(
            new MapState.Slot(4, 0, SET4, big(4), 0),
            new MapState.Slot(6, 0, SET6_A, big(1), 0),
            new MapState.Slot(6, 1, SET6_B, big(2), 0));
    assertThat(m.get(SET6_C, 0)).isZero();
    assertThat(m.contains(SET6_C, 0)).isFalse();
  }

  @Test
  void putOfALiveKeyUpdatesItInPlace() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 0));
    m.put(SET6_A, big(1), 0);
    m.put(SET6_B, big(2), 0);
    assertThat(m.put(SET6_A, big(9), 5)).isTrue();
    assertThat(m.get(SET6_A, 6)).isEqualTo(9);
    assertThat(m.validSlots()).hasSize(2);
  }

  @Test
  void removeFreesTheSlotAndTheNextPutTakesTheLowestFreeWay() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 0));
    m.put(SET6_A, big(1), 0);
    m.put(SET6_B, big(2), 0);
    assertThat(m.remove(SET6_A, 1)).isTrue();
    assertThat(m.remove(SET6_A, 1)).isFalse();
    assertThat(m.put(SET6_C, big(3), 2)).isTrue();
    assertThat(m.validSlots()).contains(new MapState.Slot(6, 0, SET6_C, big(3), 2));
  }

  @Test
  void slotsExpireAfterTheTimeoutAndAreReplacedLowestWayFirst() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 100));
    m.put(SET6_A, big(1), 0);
    m.put(SET6_B, big(2), 50);

    // now - last_used <= timeout is live: 100 - 0 = 100.
    assertThat(m.contains(SET6_A, 100)).isTrue();
    assertThat(m.contains(SET6_A, 101)).isFalse();
    assertThat(m.get(SET6_A, 101)).isZero();
    assertThat(m.contains(SET6_B, 101)).isTrue();

    assertThat(m.put(SET6_C, big(3), 101)).isTrue();
    assertThat(m.validSlots())
        .containsExactly(
            new MapState.Slot(6, 0, SET6_C, big(3), 101),
            new MapState.Slot(6, 1, SET6_B, big(2), 50));
    // Set full again: both ways live at 150.
    assertThat(m.put(SET6_D, big(4), 150)).isFalse();
    // At 151 way 1 (last used 50) has expired.
    assertThat(m.put(SET6_D, big(4), 151)).isTrue();
    assertThat(m.validSlots()).contains(new MapState.Slot(6, 1, SET6_D, big(4), 151));
  }

  @Test
  void getRefreshesAndContainsDoesNot() {
    MapState refreshed = new MapState(map("m", 32, 8, 8, 2, 100));
    refreshed.put(SET6_A, big(1), 0);
    refreshed.get(SET6_A, 90);
    assertThat(refreshed.contains(SET6_A, 150)).isTrue();

    MapState notRefreshed = new MapState(map("m", 32, 8, 8, 2, 100));
    notRefreshed.put(SET6_A, big(1), 0);
    notRefreshed.contains(SET6_A, 90);
    assertThat(notRefreshed.contains(SET6_A, 150)).isFalse();
  }

  @Test
  void expiredKeysCannotBeRemovedAndEarlierTimestampsCountAsLive() {
    MapState m = new MapState(map("m", 32, 8, 8, 2, 100));
    m.put(SET6_A, big(1), 1000);
    assertThat(m.contains(SET6_A, 500)).isTrue();
    assertThat(m.remove(SET6_A, 2000)).isFalse();
  }

  @Test
  void timeArithmeticIsUnsigned() {
    MapState m = new MapState(map("m", 32, 8, 8, 1, 100));
    long late = 0xffff_ffff_ffff_ff00L; // a huge unsigned timestamp, negative as a long
    m.put(SET6_A, big(1), late);
    assertThat(m.contains(SET6_A, late + 100)).isTrue();
    assertThat(m.contains(SET6_A, late + 101)).isFalse();
  }

  @Test
  void mapsWithoutTimeoutNeverExpire() {
    MapState m = new MapState(map("m", 32, 8, 8, 1, 0));
    m.put(SET6_A, big(1), 0);
    assertThat(m.contains(SET6_A, Long.MAX_VALUE)).isTrue();
    assertThat(m.put(SET6_B, big(1), Long.MAX_VALUE)).isFalse();
  }
}
