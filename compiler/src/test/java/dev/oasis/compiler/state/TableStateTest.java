package dev.oasis.compiler.state;

import static dev.oasis.compiler.state.IrFixtures.action;
import static dev.oasis.compiler.state.IrFixtures.big;
import static dev.oasis.compiler.state.IrFixtures.bytesKey;
import static dev.oasis.compiler.state.IrFixtures.call;
import static dev.oasis.compiler.state.IrFixtures.key;
import static dev.oasis.compiler.state.IrFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.Match;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStateTest {
  private static final Decls.Action SET = action("set", "v", 8);
  private static final Decls.Action MISS = action("miss");

  private static Match exact(long v) {
    return new Match.Exact(big(v));
  }

  private static Match lpm(long v, int len) {
    return new Match.Lpm(big(v), len);
  }

  private static Match ternary(long v, long mask) {
    return new Match.Ternary(big(v), big(mask));
  }

  private static Match range(long lo, long hi) {
    return new Match.Range(big(lo), big(hi));
  }

  private static TableState table1(MatchKind kind, int width, int size) {
    return new TableState(
        table("t", List.of(key("k", width, kind)), List.of(SET, MISS), call(MISS), size, true));
  }

  private static BigInteger hitValue(TableState t, long key) {
    TableState.Entry e = t.lookup(List.of(big(key)));
    return e == null ? null : e.args().get(0);
  }

  @Test
  void exactHitsOnlyItsValueAndMissRunsTheDefault() {
    TableState t = table1(MatchKind.EXACT, 16, 4);
    t.insert(List.of(exact(80)), "set", List.of(big(1)), 0);
    t.insert(List.of(exact(443)), "set", List.of(big(2)), 0);

    assertThat(hitValue(t, 80)).isEqualTo(1);
    assertThat(hitValue(t, 443)).isEqualTo(2);
    TableState.Selection miss = t.apply(List.of(big(22)), 60);
    assertThat(miss.hit()).isFalse();
    assertThat(miss.action().name()).isEqualTo("miss");
  }

  @Test
  void lpmLongestPrefixWins() {
    TableState t = table1(MatchKind.LPM, 32, 16);
    t.insert(List.of(lpm(0, 0)), "set", List.of(big(0)), 0);
    t.insert(List.of(lpm(0x0a000000L, 8)), "set", List.of(big(8)), 0);
    t.insert(List.of(lpm(0x0a010000L, 16)), "set", List.of(big(16)), 0);
    t.insert(List.of(lpm(0x0a010200L, 24)), "set", List.of(big(24)), 0);

    assertThat(hitValue(t, 0x0a010203L)).isEqualTo(24);
    assertThat(hitValue(t, 0x0a010303L)).isEqualTo(16);
    assertThat(hitValue(t, 0x0a020303L)).isEqualTo(8);
    assertThat(hitValue(t, 0xc0a80001L)).isEqualTo(0);
  }

  @Test
  void lpmHostBitsAreClearedSoTheSamePrefixIsADuplicate() {
    TableState t = table1(MatchKind.LPM, 32, 16);
    t.insert(List.of(lpm(0x0a000001L, 24)), "set", List.of(big(1)), 0);

    assertThat(t.entries().get(0).matches()).containsExactly(lpm(0x0a000000L, 24));
    assertThatThrownBy(() -> t.insert(List.of(lpm(0x0a000000L, 24)), "set", List.of(big(2)), 0))
        .isInstanceOf(StateException.class)
        .hasMessage("table 't' already has an entry with key (0xa000000/24)");
  }

  @Test
  void lpmPrefixLongerThanTheKeyIsRefused() {
    TableState t = table1(MatchKind.LPM, 32, 16);
    assertThatThrownBy(() -> t.insert(List.of(lpm(0x0a000000L, 33)), "set", List.of(big(1)), 0))
        .hasMessage("key 'k': prefix length 33 is out of range; expected 0 to 32");
  }

  @Test
  void ternaryHighestPriorityWinsAndTiesGoToTheFirstInserted() {
    TableState t = table1(MatchKind.TERNARY, 8, 16);
    t.insert(List.of(ternary(0x10, 0xf0)), "set", List.of(big(1)), 5);
    t.insert(List.of(ternary(0x12, 0xff)), "set", List.of(big(2)), 10);
    t.insert(List.of(ternary(0x00, 0x01)), "set", List.of(big(3)), 10);
    t.insert(List.of(Match.ANY), "set", List.of(big(4)), 1);

    assertThat(hitValue(t, 0x12)).isEqualTo(2); // priority 10, inserted before entry 3
    assertThat(hitValue(t, 0x14)).isEqualTo(3); // matches 1 (p5) and 3 (p10)
    assertThat(hitValue(t, 0x15)).isEqualTo(1); // odd: entry 3 misses
    assertThat(hitValue(t, 0x21)).isEqualTo(4); // only the wildcard
  }

  @Test
  void ternaryValueBitsOutsideTheMaskAreCleared() {
    TableState t = table1(MatchKind.TERNARY, 8, 16);
    t.insert(List.of(ternary(0xff, 0x0f)), "set", List.of(big(1)), 1);
    assertThat(t.entries().get(0).matches()).containsExactly(ternary(0x0f, 0x0f));
    assertThat(hitValue(t, 0x3f)).isEqualTo(1);
  }

  @Test
  void rangeBoundsAreInclusive() {
    TableState t = table1(MatchKind.RANGE, 16, 16);
    t.insert(List.of(range(1024, 2047)), "set", List.of(big(1)), 1);
    t.insert(List.of(range(0, 65535)), "set", List.of(big(2)), 0);

    assertThat(hitValue(t, 1023)).isEqualTo(2);
    assertThat(hitValue(t, 1024)).isEqualTo(1);
    assertThat(hitValue(t, 2047)).isEqualTo(1);
    assertThat(hitValue(t, 2048)).isEqualTo(2);
    assertThatThrownBy(() -> t.insert(List.of(range(9, 3)), "set", List.of(big(1)), 1))
        .hasMessage("key 'k': range 9 to 3 is empty; min is above max");
  }

  @Test
  void exactPlusLpmPicksTheLongestPrefixAmongEntriesWithEqualExactParts() {
    TableState t =
        new TableState(
            table(
                "vrf_routes",
                List.of(key("vrf", 8, MatchKind.EXACT), key("dst", 32, MatchKind.LPM)),
                List.of(SET),
                null,
                16,
                false));
    t.insert(List.of(exact(1), lpm(0x0a000000L, 8)), "set", List.of(big(18)), 0);
    t.insert(List.of(exact(2), lpm(0x0a010000L, 16)), "set", List.of(big(216)), 0);
    t.insert(List.of(exact(1), lpm(0x0a010000L, 16)), "set", List.of(big(116)), 0);

    assertThat(t.lookup(List.of(big(1), big(0x0a010101L))).args()).containsExactly(big(116));
    assertThat(t.lookup(List.of(big(1), big(0x0a020101L))).args()).containsExactly(big(18));
    assertThat(t.lookup(List.of(big(2), big(0x0a020101L)))).isNull();
  }

  @Test
  void bytesKeysMatchTheWholeString() {
    TableState t =
        new TableState(table("names", List.of(bytesKey("name", 8)), List.of(SET), null, 4, false));
    t.insert(List.of(bytesOf("oasis")), "set", List.of(big(7)), 0);

    assertThat(t.lookup(List.of("oasis".getBytes(StandardCharsets.US_ASCII)))).isNotNull();
    assertThat(t.lookup(List.of("oasi".getBytes(StandardCharsets.US_ASCII)))).isNull();
    assertThat(t.lookup(List.of("oasiss".getBytes(StandardCharsets.US_ASCII)))).isNull();
    assertThatThrownBy(() -> t.insert(List.of(bytesOf("toolongname")), "set", List.of(big(1)), 0))
        .hasMessage("key 'name': value of 11 bytes is longer than 8");
    assertThatThrownBy(() -> t.insert(List.of(bytesOf("oasis")), "set", List.of(big(1)), 0))
        .hasMessage("table 'names' already has an entry with key (\"oasis\")");
  }

  @Test
  void fullTableNamesTheTableAndItsSize() {
    TableState t = table1(MatchKind.EXACT, 8, 2);
    t.insert(List.of(exact(1)), "set", List.of(big(1)), 0);
    t.insert(List.of(exact(2)), "set", List.of(big(1)), 0);
    assertThatThrownBy(() -> t.insert(List.of(exact(3)), "set", List.of(big(1)), 0))
        .isInstanceOf(StateException.class)
        .hasMessage("table 't' is full (size 2); cannot insert key (0x3)");
    assertThat(t.entries()).hasSize(2);
  }

  @Test
  void wrongArityAndWrongValuesAreRefusedWithTheirNames() {
    TableState t = table1(MatchKind.EXACT, 8, 4);
    assertThatThrownBy(() -> t.insert(List.of(exact(1), exact(2)), "set", List.of(big(1)), 0))
        .hasMessage("table 't' has 1 key elements (k); the entry gives 2");
    assertThatThrownBy(() -> t.insert(List.of(exact(1)), "set", List.of(), 0))
        .hasMessage("action 'set' takes 1 argument(s); got 0");
    assertThatThrownBy(() -> t.insert(List.of(exact(1)), "set", List.of(big(300)), 0))
        .hasMessage("parameter 'v' of action 'set': value 300 does not fit in bit<8> (0 to 255)");
    assertThatThrownBy(() -> t.insert(List.of(exact(256)), "set", List.of(big(1)), 0))
        .hasMessage("key 'k': value 256 does not fit in bit<8> (0 to 255)");
    assertThatThrownBy(() -> t.insert(List.of(lpm(1, 8)), "set", List.of(big(1)), 0))
        .hasMessage("key 'k': expected an exact match, got 0x1/8");
    assertThatThrownBy(() -> t.insert(List.of(exact(1)), "sett", List.of(big(1)), 0))
        .hasMessage("table 't' has no action 'sett'; expected one of set, miss");
    assertThat(t.entries()).isEmpty();
  }

  @Test
  void modifyKeepsCountersAndPlaceAndDeleteRemoves() {
    TableState t = table1(MatchKind.EXACT, 8, 4);
    t.insert(List.of(exact(1)), "set", List.of(big(1)), 0);
    t.insert(List.of(exact(2)), "set", List.of(big(2)), 0);
    t.apply(List.of(big(1)), 100);

    t.modify(List.of(exact(1)), "set", List.of(big(9)));
    assertThat(t.entries().get(0).args()).containsExactly(big(9));
    assertThat(t.entries().get(0).counter()).isEqualTo(new CounterValue(1, 100));

    t.delete(List.of(exact(1)));
    assertThat(t.lookup(List.of(big(1)))).isNull();
    assertThatThrownBy(() -> t.delete(List.of(exact(1))))
        .hasMessage("table 't' has no entry with key (0x1)");
  }

  @Test
  void directCountersCountHitsPerEntryAndMissesOnTheDefault() {
    TableState t = table1(MatchKind.EXACT, 8, 4);
    t.insert(List.of(exact(1)), "set", List.of(big(1)), 0);
    t.apply(List.of(big(1)), 60);
    t.apply(List.of(big(1)), 1514);
    t.apply(List.of(big(2)), 64);

    assertThat(t.entries().get(0).counter()).isEqualTo(new CounterValue(2, 1574));
    assertThat(t.defaultCounter()).isEqualTo(new CounterValue(1, 64));
  }

  @Test
  void defaultActionCanBeReplaced() {
    TableState t = table1(MatchKind.EXACT, 8, 4);
    t.setDefaultAction("set", List.of(big(42)));
    TableState.Selection s = t.apply(List.of(big(5)), 60);
    assertThat(s.hit()).isFalse();
    assertThat(s.action().name()).isEqualTo("set");
    assertThat(s.args()).containsExactly(big(42));
  }

  @Test
  void priorityIsIgnoredAndZeroInTablesWithoutTernaryOrRange() {
    TableState t = table1(MatchKind.EXACT, 8, 4);
    t.insert(List.of(exact(1)), "set", List.of(big(1)), 77);
    assertThat(t.entries().get(0).priority()).isZero();
  }

  @Test
  void negativePriorityIsRefusedWhereItMatters() {
    TableState t = table1(MatchKind.TERNARY, 8, 4);
    assertThatThrownBy(() -> t.insert(List.of(Match.ANY), "set", List.of(big(1)), -1))
        .hasMessage("priority -1 is negative; expected 0 or more");
  }

  private static Match bytesOf(String s) {
    return new Match.BytesExact(s.getBytes(StandardCharsets.US_ASCII));
  }
}
