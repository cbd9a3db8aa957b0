package dev.oasis.compiler.state;

import static dev.oasis.compiler.state.IrFixtures.NO_SPAN;
import static dev.oasis.compiler.state.IrFixtures.action;
import static dev.oasis.compiler.state.IrFixtures.big;
import static dev.oasis.compiler.state.IrFixtures.call;
import static dev.oasis.compiler.state.IrFixtures.key;
import static dev.oasis.compiler.state.IrFixtures.map;
import static dev.oasis.compiler.state.IrFixtures.program;
import static dev.oasis.compiler.state.IrFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataplaneStateTest {
  private static final Decls.Action VIA = action("via", "nexthop", 32);
  private static final Decls.Action UNREACHABLE = action("unreachable");

  private static IrProgram router() {
    Table routes =
        table(
            "routes",
            List.of(key("ipv4.dst", 32, MatchKind.LPM)),
            List.of(VIA, UNREACHABLE),
            call(UNREACHABLE),
            8,
            true,
            List.of(
                new Table.ConstEntry(
                    List.of(new Match.Lpm(big(0), 0)), call(VIA, 0x0a000302L), 0, NO_SPAN)));
    return program(
        List.of(VIA, UNREACHABLE),
        List.of(routes),
        List.of(new Decls.Counter("dropped", 4, NO_SPAN)),
        List.of(new Decls.Register("r", 16, 4, NO_SPAN)),
        List.of(map("m", 32, 8, 8, 1, 1000)));
  }

  @Test
  void constantEntriesAreInstalledAndNotLogged() {
    DataplaneState s = new DataplaneState(router());
    assertThat(s.table("routes").entries()).hasSize(1);
    assertThat(s.writeLog()).isEmpty();
  }

  @Test
  void writesAreLoggedWithThePacketTheyFellBefore() {
    DataplaneState s = new DataplaneState(router());
    s.insertEntry("routes", List.of(new Match.Lpm(big(0x0a000000L), 8)), "via", List.of(big(1)), 0);
    s.packetProcessed(1000);
    s.packetProcessed(2000);
    s.writeRegister("r", 1, big(7));
    s.putMapEntry("m", big(0x0a000001L), big(3));

    List<ControlWrite> log = s.writeLog();
    assertThat(log).hasSize(3);
    assertThat(log.get(0).beforePacket()).isZero();
    assertThat(log.get(1)).isEqualTo(new ControlWrite.WriteRegister(2, "r", 1, big(7)));
    assertThat(log.get(2))
        .isEqualTo(new ControlWrite.PutMapEntry(2, "m", big(0x0a000001L), big(3), 2000));
  }

  @Test
  void refusedWritesChangeNothingAndAreNotLogged() {
    DataplaneState s = new DataplaneState(router());
    assertThatThrownBy(() -> s.insertEntry("route", List.of(), "via", List.of(), 0))
        .isInstanceOf(StateException.class)
        .hasMessage("unknown table 'route'; did you mean 'routes'?");
    assertThatThrownBy(() -> s.writeRegister("r", 9, big(1)))
        .hasMessage("index 9 is out of range for register 'r'; expected 0 to 3");
    s.putMapEntry("m", big(0x0a000001L), big(1));
    // 0x0a00000a shares set 6 with 0x0a000001 (zlib.crc32 & 7), and the map has one way.
    assertThatThrownBy(() -> s.putMapEntry("m", big(0x0a00000aL), big(1)))
        .hasMessage("map 'm': set 6 is full (1 ways hold live keys); cannot put key 0xa00000a");
    assertThatThrownBy(() -> s.putMapEntry("m", big(1L << 32), big(1)))
        .hasMessage("key 4294967296 does not fit in bit<32> (0 to 4294967295)");
    assertThat(s.writeLog()).hasSize(1);
  }

  @Test
  void snapshotShowsEntriesDefaultsCountersRegistersAndMaps() throws Exception {
    DataplaneState s = new DataplaneState(router());
    s.table("routes").apply(List.of(big(0x01020304L)), 60);
    s.counter("dropped").count(big(2), 64);
    s.writeRegister("r", 3, big(0xbeef));
    s.putMapEntry("m", big(0x0a000001L), big(5));

    JsonNode expected =
        new ObjectMapper()
            .readTree(
                """
                {"tables": {"routes": {
                   "entries": [{"key": {"ipv4.dst": "0x0/0"}, "action": "via",
                                "args": {"nexthop": "0xa000302"}, "priority": 0,
                                "counter": {"packets": 1, "bytes": 60}}],
                   "default": {"action": "unreachable", "args": {},
                               "counter": {"packets": 0, "bytes": 0}}}},
                 "counters": {"dropped": [{"index": 2, "packets": 1, "bytes": 64}]},
                 "registers": {"r": [{"index": 3, "value": "0xbeef"}]},
                 "maps": {"m": [{"set": 6, "way": 0, "key": "0xa000001", "value": "0x5",
                                 "last_used": 0}]}}
                """);
    assertThat(s.snapshot().json()).isEqualTo(expected);
  }

  @Test
  void replayingTheLogReproducesTheSnapshot() {
    DataplaneState s = new DataplaneState(router());
    s.insertEntry("routes", List.of(new Match.Lpm(big(0x0a000000L), 8)), "via", List.of(big(1)), 0);
    s.setDefaultAction("routes", "via", List.of(big(9)));
    s.putMapEntry("m", big(0x0a000001L), big(5));
    s.modifyEntry("routes", List.of(new Match.Lpm(big(0x0a000000L), 8)), "unreachable", List.of());
    s.deleteEntry("routes", List.of(new Match.Lpm(big(0), 0)));

    DataplaneState replay = new DataplaneState(router());
    s.writeLog().forEach(replay::apply);
    assertThat(replay.snapshot()).isEqualTo(s.snapshot());
    assertThat(replay.snapshot().firstDifference(s.snapshot())).isNull();
  }

  @Test
  void firstDifferenceNamesThePath() {
    DataplaneState a = new DataplaneState(router());
    DataplaneState b = new DataplaneState(router());
    b.writeRegister("r", 0, BigInteger.ONE);
    assertThat(a.snapshot()).isNotEqualTo(b.snapshot());
    assertThat(a.snapshot().firstDifference(b.snapshot())).isEqualTo("registers.r[0]");
  }
}
