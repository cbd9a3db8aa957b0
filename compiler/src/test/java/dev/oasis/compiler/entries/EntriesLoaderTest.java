package dev.oasis.compiler.entries;

import static dev.oasis.compiler.state.IrFixtures.NO_SPAN;
import static dev.oasis.compiler.state.IrFixtures.action;
import static dev.oasis.compiler.state.IrFixtures.big;
import static dev.oasis.compiler.state.IrFixtures.bytesKey;
import static dev.oasis.compiler.state.IrFixtures.call;
import static dev.oasis.compiler.state.IrFixtures.key;
import static dev.oasis.compiler.state.IrFixtures.map;
import static dev.oasis.compiler.state.IrFixtures.program;
import static dev.oasis.compiler.state.IrFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntriesLoaderTest {
  private static final Decls.Action VIA = action("via", "nexthop", 32);
  private static final Decls.Action DIRECT = action("direct");
  private static final Decls.Action UNREACHABLE = action("unreachable");
  private static final Decls.Action PERMIT = action("permit");
  private static final Decls.Action MARK = action("mark", "dscp", 8);
  private static final Decls.Action SET_MAC = action("set_mac", "mac", 48);

  private static final IrProgram PROGRAM =
      program(
          List.of(VIA, DIRECT, UNREACHABLE, PERMIT, MARK, SET_MAC),
          List.of(
              table(
                  "routes",
                  List.of(key("ipv4.dst", 32, MatchKind.LPM)),
                  List.of(VIA, DIRECT, UNREACHABLE),
                  call(UNREACHABLE),
                  4,
                  false),
              table(
                  "acl",
                  List.of(
                      key("ipv4.src", 32, MatchKind.TERNARY),
                      key("tcp.dport", 16, MatchKind.RANGE),
                      key("ipv4.protocol", 8, MatchKind.EXACT)),
                  List.of(PERMIT, MARK),
                  null,
                  16,
                  false),
              table("names", List.of(bytesKey("name", 8)), List.of(SET_MAC), null, 16, false)),
          List.of(),
          List.of(new Decls.Register("r", 8, 4, NO_SPAN)),
          List.of(map("m", 32, 8, 8, 1, 0)));
  private static final ControlPlaneSchema SCHEMA = ControlPlaneSchema.of(PROGRAM);

  private static Entries load(String json) throws EntriesException {
    return new EntriesLoader(SCHEMA).parse("entries.json", json);
  }

  private static List<String> errors(String json) {
    return catchThrowableOfType(EntriesException.class, () -> load(json)).errors();
  }

  private static String routeEntry(String dst) {
    return "{\"key\": {\"ipv4.dst\": \"" + dst + "\"}, \"action\": \"direct\"}";
  }

  @Test
  void theDocumentedExampleLoadsAndApplies() throws Exception {
    Entries e =
        load(
            """
            {
              "interfaces": [ {"port": 0, "mac": "02:00:00:00:00:10", "ipv4": "10.0.0.1/24"} ],
              "tables": { "routes": [ {"key": {"ipv4.dst": "10.0.0.0/24"}, "action": "via",
                                       "params": {"nexthop": "10.0.3.2"}, "priority": 10} ] },
              "default_actions": {"routes": {"action": "unreachable", "params": {}}},
              "registers": {"r": [{"index": 0, "value": 5}]},
              "maps": {"m": [{"key": "0x0a000001", "value": 1}]}
            }
            """);
    assertThat(e.interfaces())
        .containsExactly(new Entries.InterfaceConfig(0, "02:00:00:00:00:10", "10.0.0.1/24"));

    DataplaneState state = new DataplaneState(PROGRAM);
    e.applyTo(state);
    var route = state.table("routes").entries().get(0);
    assertThat(route.matches()).containsExactly(new Match.Lpm(big(0x0a000000L), 24));
    assertThat(route.action().name()).isEqualTo("via");
    assertThat(route.args()).containsExactly(big(0x0a000302L));
    assertThat(state.register("r").get(0)).isEqualTo(5);
    assertThat(state.map("m").contains(big(0x0a000001L), 0)).isTrue();
    assertThat(state.table("routes").defaultAction().name()).isEqualTo("unreachable");
  }

  @Test
  void valueFormsAllGiveTheSameNumbers() throws Exception {
    Entries e =
        load(
            """
            {"tables": {"acl": [
              {"key": {"ipv4.src": {"value": "10.0.0.0", "mask": "255.255.255.0"},
                       "tcp.dport": {"min": 1024, "max": "0xffff"}, "ipv4.protocol": "6"},
               "action": "mark", "params": {"dscp": "0b101110"}, "priority": 1},
              {"key": {"tcp.dport": 80, "ipv4.protocol": 17}, "action": "permit", "priority": 2}],
             "names": [{"key": {"name": "oasis"}, "action": "set_mac",
                        "params": {"mac": "02-00-00-00-00-0a"}}]}}
            """);
    Entries.TableEntry first = e.tableEntries().get(0);
    assertThat(first.key())
        .containsExactly(
            new Match.Ternary(big(0x0a000000L), big(0xffffff00L)),
            new Match.Range(big(1024), big(65535)),
            new Match.Exact(big(6)));
    assertThat(first.args()).containsExactly(big(46));
    assertThat(first.priority()).isEqualTo(1);
    Entries.TableEntry second = e.tableEntries().get(1);
    assertThat(second.key())
        .containsExactly(Match.ANY, new Match.Range(big(80), big(80)), new Match.Exact(big(17)));
    Entries.TableEntry third = e.tableEntries().get(2);
    assertThat(((Match.BytesExact) third.key().get(0)).value())
        .isEqualTo("oasis".getBytes(StandardCharsets.UTF_8));
    assertThat(third.args()).containsExactly(big(0x02000000000aL));
  }

  @Test
  void prefixLengthOutOfRangeNamesTheEntryAndKey() {
    String json =
        "{\"tables\": {\"routes\": ["
            + String.join(
                ", ",
                routeEntry("10.0.0.0/8"),
                routeEntry("10.1.0.0/16"),
                routeEntry("10.2.0.0/16"),
                routeEntry("10.0.0.0/33"))
            + "]}}";
    assertThat(errors(json))
        .containsExactly(
            "entries.json: tables.routes[3].key.ipv4.dst: value 10.0.0.0/33 has prefix length 33;"
                + " expected 0 to 32");
  }

  @Test
  void missingPriorityInATernaryTable() {
    assertThat(
            errors(
                "{\"tables\": {\"acl\": [{\"key\": {\"tcp.dport\": 1, \"ipv4.protocol\": 6},"
                    + " \"action\": \"permit\"}]}}"))
        .containsExactly(
            "entries.json: tables.acl[0]: missing priority; table 'acl' has ternary keys");
  }

  @Test
  void unknownTableGetsASuggestion() {
    assertThat(errors("{\"tables\": {\"route\": []}}"))
        .containsExactly(
            "entries.json: tables.route: unknown table 'route'; did you mean 'routes'?"
                + " (tables: routes, acl, names)");
  }

  @Test
  void unknownActionUnknownParamMissingParamAndTooWideValue() {
    List<String> errors =
        errors(
            """
            {"tables": {
              "routes": [{"key": {"ipv4.dst": "10.0.0.0/8"}, "action": "vai"},
                         {"key": {"ipv4.dst": "10.0.0.0/8"}, "action": "permit"},
                         {"key": {"ipv4.dst": "10.0.0.0/8"}, "action": "via",
                          "params": {"nexthp": "10.0.0.1"}}],
              "acl": [{"key": {"tcp.dport": 1, "ipv4.protocol": 6}, "action": "mark",
                       "params": {"dscp": 300}, "priority": 1}]}}
            """);
    assertThat(errors)
        .containsExactly(
            "entries.json: tables.routes[0].action: unknown action 'vai'; did you mean 'via'?"
                + " (actions of 'routes': via, direct, unreachable)",
            "entries.json: tables.routes[1].action: action 'permit' is not an action of table"
                + " 'routes' (actions of 'routes': via, direct, unreachable)",
            "entries.json: tables.routes[2].params.nexthp: unknown param 'nexthp' of action 'via';"
                + " did you mean 'nexthop'? (params: nexthop)",
            "entries.json: tables.routes[2].params: missing param 'nexthop' of action 'via'",
            "entries.json: tables.acl[0].params.dscp: value 300 does not fit in bit<8> (0 to 255)");
  }

  @Test
  void omittedTernaryKeyIsAWildcardButOtherKindsAreRequired() throws Exception {
    Entries e =
        load(
            "{\"tables\": {\"acl\": [{\"key\": {\"tcp.dport\": 1, \"ipv4.protocol\": 6},"
                + " \"action\": \"permit\", \"priority\": 0}]}}");
    assertThat(e.tableEntries().get(0).key().get(0)).isEqualTo(Match.ANY);

    assertThat(
            errors(
                "{\"tables\": {\"acl\": [{\"key\": {\"ipv4.protocol\": 6},"
                    + " \"action\": \"permit\", \"priority\": 0}],"
                    + " \"routes\": [{\"key\": {}, \"action\": \"direct\"}]}}"))
        .containsExactly(
            "entries.json: tables.acl[0].key: missing key 'tcp.dport' (range); only ternary keys"
                + " may be left out",
            "entries.json: tables.routes[0].key: missing key 'ipv4.dst' (lpm); only ternary keys"
                + " may be left out");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    List<String> errors = errors("{\n  \"tables\": {\n    \"routes\" []\n  }\n}\n");
    assertThat(errors).hasSize(1);
    // The '[' at line 3, column 14 is where a ':' was expected.
    assertThat(errors.get(0)).startsWith("entries.json:3:14: malformed JSON: Unexpected character");
  }

  @Test
  void duplicateJsonFieldsAndTrailingGarbageAreMalformed() {
    assertThat(errors("{\"tables\": {}, \"tables\": {}}").get(0))
        .startsWith("entries.json:1:")
        .contains("malformed JSON: Duplicate field 'tables'");
    assertThat(errors("{} {}").get(0)).startsWith("entries.json:1:").contains("malformed JSON");
    assertThat(errors("  "))
        .containsExactly("entries.json: the file is empty; expected a JSON object");
  }

  @Test
  void wrongJsonTypesNameWhatWasExpected() {
    assertThat(
            errors(
                """
                {"tables": [],
                 "registers": {"r": {"index": 0}},
                 "default_actions": {"routes": {"action": 3}},
                 "maps": {"m": [{"key": 1.5, "value": null}]}}
                """))
        .containsExactly(
            "entries.json: tables: expected an object, got an array",
            "entries.json: registers.r: expected an array, got an object",
            "entries.json: default_actions.routes.action: expected a string, got an integer",
            "entries.json: maps.m[0].key: expected a number or a string, got a fractional number",
            "entries.json: maps.m[0].value: expected a number or a string, got null");
    assertThat(errors("[]")).containsExactly("entries.json: expected an object, got an array");
  }

  @Test
  void badValuesSayWhatIsWrong() {
    assertThat(
            errors(
                """
                {"registers": {"r": [{"index": 4, "value": 1}, {"index": 0, "value": -1},
                                     {"index": 1, "value": "ten"}, {"index": 2, "value": "1.2.3"}]},
                 "maps": {"m": [{"key": "10.0.0.256", "value": 1}]},
                 "tables": {"names": [{"key": {"name": "a-very-long-name"}, "action": "set_mac",
                                       "params": {"mac": "02:00:00:00:00:0a"}}],
                            "acl": [{"key": {"tcp.dport": {"min": 9, "max": 3},
                                             "ipv4.protocol": 6}, "action": "permit",
                                     "priority": 1}]}}
                """))
        .containsExactly(
            "entries.json: registers.r[0].index: index 4 is out of range; expected 0 to 3",
            "entries.json: registers.r[1].value: value -1 does not fit in bit<8> (0 to 255)",
            "entries.json: registers.r[2].value: value 'ten' is not a number (decimal, 0x hex,"
                + " 0b binary), an IPv4 address or a MAC address",
            "entries.json: registers.r[3].value: value '1.2.3' is not a number (decimal, 0x hex,"
                + " 0b binary), an IPv4 address or a MAC address",
            "entries.json: maps.m[0].key: value '10.0.0.256' is not an IPv4 address (octet '256';"
                + " expected 0 to 255)",
            "entries.json: tables.names[0].key.name: value of 16 bytes is longer than the key's 8"
                + " bytes",
            "entries.json: tables.acl[0].key.tcp.dport: range min 9 is above max 3");
  }

  @Test
  void unknownSectionsAndFieldsAreErrors() {
    assertThat(
            errors(
                """
                {"table": {},
                 "interfaces": [{"port": 4, "mac": "02:00:00:00:00:10", "ip": "10.0.0.1/24"},
                                {"port": 1, "mac": "nope"}]}
                """))
        .containsExactly(
            "entries.json: table: unknown section 'table'; did you mean 'tables'? (sections:"
                + " interfaces, tables, default_actions, registers, maps)",
            "entries.json: interfaces[0].ip: unknown field 'ip'; did you mean 'ipv4'? (fields: ipv4, mac, port)",
            "entries.json: interfaces[1].mac: value nope is not a MAC address; expected six hex"
                + " pairs like 02:00:00:00:00:10");
  }

  @Test
  void interfacePortMustExist() {
    assertThat(errors("{\"interfaces\": [{\"port\": 4, \"mac\": \"02:00:00:00:00:10\"}]}"))
        .containsExactly(
            "entries.json: interfaces[0].port: port 4 is out of range; expected 0 to 3");
  }

  @Test
  void duplicateKeysAndFullTablesAreReportedOnApplyWithTheirPlace() throws Exception {
    String json =
        "{\"tables\": {\"routes\": ["
            + String.join(
                ", ",
                routeEntry("10.0.0.0/8"),
                routeEntry("10.0.0.1/8"),
                routeEntry("10.1.0.0/16"),
                routeEntry("10.2.0.0/16"),
                routeEntry("10.3.0.0/16"),
                routeEntry("10.4.0.0/16"))
            + "]}, \"maps\": {\"m\": [{\"key\": \"10.0.0.1\", \"value\": 1},"
            + " {\"key\": \"10.0.0.10\", \"value\": 2}]}}";
    Entries e = load(json);
    EntriesException ex =
        catchThrowableOfType(EntriesException.class, () -> e.applyTo(new DataplaneState(PROGRAM)));
    assertThat(ex.errors())
        .containsExactly(
            "entries.json: tables.routes[1]: table 'routes' already has an entry with key"
                + " (0xa000000/8)",
            "entries.json: tables.routes[5]: table 'routes' is full (size 4); cannot insert key"
                + " (0xa040000/16)",
            // 10.0.0.1 and 10.0.0.10 share set 6 of 8 (zlib.crc32), and the map has one way.
            "entries.json: maps.m[1]: map 'm': set 6 is full (1 ways hold live keys); cannot put"
                + " key 0xa00000a");
  }

  @Test
  void defaultActionMayBeTheBuiltInNoActionOnlyWhereItIsTheDefault() throws Exception {
    Entries e = load("{\"default_actions\": {\"acl\": {\"action\": \"NoAction\"}}}");
    assertThat(e.defaultActions().get(0).action()).isEqualTo("NoAction");
    assertThat(errors("{\"default_actions\": {\"routes\": {\"action\": \"via\"}}}"))
        .containsExactly(
            "entries.json: default_actions.routes: missing 'params' of action 'via' (nexthop)");
  }

  @Test
  void loadReadsAFileAndNamesItInMessages(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("e.json");
    Files.writeString(file, "{\"registers\": {\"r\": [{\"index\": 1, \"value\": 256}]}}");
    EntriesException ex =
        catchThrowableOfType(EntriesException.class, () -> new EntriesLoader(SCHEMA).load(file));
    assertThat(ex.errors())
        .containsExactly(
            file + ": registers.r[0].value: value 256 does not fit in bit<8> (0 to 255)");
    EntriesException missing =
        catchThrowableOfType(
            EntriesException.class, () -> new EntriesLoader(SCHEMA).load(dir.resolve("no.json")));
    assertThat(missing.errors().get(0)).startsWith(dir.resolve("no.json") + ": cannot read");
  }
}
