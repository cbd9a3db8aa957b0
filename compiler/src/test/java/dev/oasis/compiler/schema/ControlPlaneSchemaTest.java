package dev.oasis.compiler.schema;

import static dev.oasis.compiler.state.IrFixtures.NO_SPAN;
import static dev.oasis.compiler.state.IrFixtures.action;
import static dev.oasis.compiler.state.IrFixtures.bytesKey;
import static dev.oasis.compiler.state.IrFixtures.call;
import static dev.oasis.compiler.state.IrFixtures.key;
import static dev.oasis.compiler.state.IrFixtures.map;
import static dev.oasis.compiler.state.IrFixtures.program;
import static dev.oasis.compiler.state.IrFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.IrProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids are checked against Python's zlib.crc32 of the names (low 24 bits, kind in the top byte). */
class ControlPlaneSchemaTest {
  private static final Decls.Action VIA = action("via", "nexthop", 32);
  private static final Decls.Action UNREACHABLE = action("unreachable");

  private static IrProgram program1() {
    return program(
        List.of(VIA, UNREACHABLE),
        List.of(
            table(
                "routes",
                List.of(key("ipv4.dst", 32, MatchKind.LPM)),
                List.of(VIA, UNREACHABLE),
                call(UNREACHABLE),
                1024,
                false)),
        List.of(new Decls.Counter("dropped", 4, NO_SPAN)),
        List.of(new Decls.Register("r", 16, 8, NO_SPAN)),
        List.of(map("m", 32, 8, 1024, 4, 30_000_000_000L)));
  }

  @Test
  void idsAreKindByteAndLow24BitsOfTheNameCrc() {
    ControlPlaneSchema s = ControlPlaneSchema.of(program1());
    assertThat(s.table("routes").id()).isEqualTo(0x01d5c2b3);
    assertThat(s.action("via").id()).isEqualTo(0x02b74cd0);
    assertThat(s.action("unreachable").id()).isEqualTo(0x0238066f);
    assertThat(s.counter("dropped").id()).isEqualTo(0x038609b1);
    assertThat(s.register("r").id()).isEqualTo(0x0409ff9d);
    assertThat(s.map("m").id()).isEqualTo(0x0501f268);
    assertThat(SchemaIds.kindOf(s.map("m").id())).isEqualTo(SchemaIds.MAP);
  }

  @Test
  void jsonHasEveryObjectInAFixedOrder() throws Exception {
    String expected =
        """
        {"program": "fixture", "ports": 4, "max_frame": 1518,
         "tables": [{"id": 30786227, "name": "routes",
                     "keys": [{"name": "ipv4.dst", "match": "lpm", "width": 32}],
                     "actions": [{"id": 45567184, "name": "via"},
                                 {"id": 37226095, "name": "unreachable"}],
                     "size": 1024,
                     "default_action": {"id": 37226095, "name": "unreachable", "args": []},
                     "direct_counters": false, "priorities": false}],
         "actions": [{"id": 45567184, "name": "via",
                      "params": [{"name": "nexthop", "width": 32}]},
                     {"id": 37226095, "name": "unreachable", "params": []}],
         "counters": [{"id": 59115953, "name": "dropped", "size": 4}],
         "registers": [{"id": 67764125, "name": "r", "width": 16, "size": 8}],
         "maps": [{"id": 84013672, "name": "m", "key_width": 32, "value_width": 8,
                   "sets": 1024, "ways": 4, "timeout_ns": 30000000000}]}
        """;
    ObjectMapper mapper = new ObjectMapper();
    String json = ControlPlaneSchema.of(program1()).toJson();
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(expected));
    // Same program, same text: the order is fixed.
    assertThat(ControlPlaneSchema.of(program1()).toJson()).isEqualTo(json);
    assertThat(json.indexOf("\"tables\"")).isLessThan(json.indexOf("\"actions\" : [ {"));
  }

  @Test
  void builtInNoActionAndByteKeysAndPrioritiesAreDescribed() {
    Decls.Action set = action("set", "v", 8);
    IrProgram p =
        program(
            List.of(set),
            List.of(
                table(
                    "acl",
                    List.of(bytesKey("host", 64), key("port", 16, MatchKind.RANGE)),
                    List.of(set),
                    null,
                    16,
                    true)),
            List.of(),
            List.of(),
            List.of());
    TableSchema acl = ControlPlaneSchema.of(p).table("acl");
    assertThat(acl.keys())
        .containsExactly(
            new KeySchema("host", MatchKind.EXACT, 0, 64),
            new KeySchema("port", MatchKind.RANGE, 16, 0));
    assertThat(acl.needsPriority()).isTrue();
    assertThat(acl.directCounters()).isTrue();
    assertThat(acl.defaultAction().action().name()).isEqualTo("NoAction");
    assertThat(acl.defaultAction().action().id()).isEqualTo(0x02691bbd);
    assertThat(acl.defaultCandidate("NoAction")).isNotNull();
    assertThat(acl.action("NoAction")).isNull();
  }

  @Test
  void collidingIdsOfOneKindAreAnError() {
    // zlib.crc32(b"h") & 0xffffff == zlib.crc32(b"asfna") & 0xffffff == 0x6b06e7
    IrProgram p =
        program(
            List.of(),
            List.of(),
            List.of(new Decls.Counter("h", 1, NO_SPAN), new Decls.Counter("asfna", 1, NO_SPAN)),
            List.of(new Decls.Register("h", 8, 1, NO_SPAN)),
            List.of());
    assertThatThrownBy(() -> ControlPlaneSchema.of(p))
        .isInstanceOf(SchemaException.class)
        .hasMessage(
            "control-plane id 0x036b06e7 of counter 'asfna' is also the id of counter 'h';"
                + " rename one of them");
  }
}
