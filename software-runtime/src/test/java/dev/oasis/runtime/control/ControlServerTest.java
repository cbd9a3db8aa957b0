package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.state.DataplaneState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the control API over the l3-router (examples/l3-router with its entries.json),
 * checked against what the entries file and the router's program say, through java.net.http.
 */
class ControlServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static TestAppliance router;
  private static Http http;

  @BeforeAll
  static void start() {
    router = TestAppliance.router();
    http = new Http(router.url());
  }

  @AfterAll
  static void stop() {
    router.close();
  }

  @Test
  void listensOnAnEphemeralLoopbackPort() {
    assertThat(router.server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(router.server.port()).isBetween(1, 65535);
    assertThat(router.url()).isEqualTo("http://127.0.0.1:" + router.server.port());
  }

  @Test
  void healthNamesTheProgramAndCountsPackets() {
    long before = router.onDataplane(p -> router.state.packetsProcessed());
    router.process(List.of(Frames.routed("10.0.1.2", 1)));

    JsonNode h = http.get("/health").json();

    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("program").asText()).isEqualTo("router");
    assertThat(h.get("packets").asLong()).isEqualTo(before + 1);
  }

  @Test
  void schemaDescribesTheRoutersTables() {
    Http.Reply r = http.get("/schema");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("application/json");
    JsonNode s = r.json();
    assertThat(s.get("ports").asInt()).isEqualTo(4);
    assertThat(s.get("max_frame").asInt()).isEqualTo(1518);
    List<String> names = new ArrayList<>();
    s.get("tables").forEach(t -> names.add(t.get("name").asText()));
    assertThat(names).containsExactly("ports", "routes", "neighbours", "local_addresses");
    JsonNode routes = s.get("tables").get(1);
    assertThat(routes.get("keys").get(0).get("name").asText()).isEqualTo("ipv4.dst");
    assertThat(routes.get("keys").get(0).get("match").asText()).isEqualTo("lpm");
    assertThat(routes.get("keys").get(0).get("width").asInt()).isEqualTo(32);
  }

  @Test
  void tablesListTheirEntryCountsFromTheEntriesFile() {
    JsonNode tables = http.get("/tables").json().get("tables");

    assertThat(tables).hasSize(4);
    for (JsonNode t : tables) {
      int expected =
          switch (t.get("name").asText()) {
            case "ports", "local_addresses", "neighbours" -> 4;
            default -> 5;
          };
      if (!t.get("name").asText().equals("routes")) {
        assertThat(t.get("entries").asInt()).as(t.get("name").asText()).isEqualTo(expected);
      }
    }
    JsonNode neighbours = http.get("/tables/neighbours").json();
    assertThat(neighbours.get("size").asInt()).isEqualTo(1024);
    assertThat(neighbours.get("default_action").get("action").asText()).isEqualTo("unreachable");
    assertThat(neighbours.get("actions").toString())
        .isEqualTo("[\"to_neighbour\",\"unreachable\"]");
  }

  @Test
  void entriesAreListedInTheEntriesFileFormatAndLoadBack() throws Exception {
    JsonNode list = http.get("/tables/neighbours/entries").json();

    assertThat(list.get("table").asText()).isEqualTo("neighbours");
    JsonNode first = list.get("entries").get(0);
    // 10.0.0.2 = 0x0a000002; 02:00:00:00:00:20 = 0x20000000020
    assertThat(first.get("key").get("meta.nexthop").asText()).isEqualTo("0xa000002");
    assertThat(first.get("action").asText()).isEqualTo("to_neighbour");
    assertThat(first.get("params").get("dst_mac").asText()).isEqualTo("0x20000000020");
    assertThat(first.get("params").get("port").asText()).isEqualTo("0x0");
    assertThat(first.has("priority")).as("exact tables have no priorities").isFalse();

    // The listing is an entries file's table section: loaded into a fresh state it gives the
    // same entries.
    ObjectNode doc = MAPPER.createObjectNode();
    doc.putObject("tables").set("neighbours", list.get("entries"));
    DataplaneState fresh = new DataplaneState(router.program);
    new EntriesLoader(router.schema).parse("listing", doc.toString()).applyTo(fresh);
    assertThat(fresh.snapshot().json().get("tables").get("neighbours"))
        .isEqualTo(
            router.onDataplane(
                p -> router.state.snapshot().json().get("tables").get("neighbours")));
  }

  @Test
  void addedRouteIsListedAndUsedByTheNextPacket() {
    String route =
        "{\"key\": {\"ipv4.dst\": \"10.7.0.9/16\"}, \"action\": \"via\","
            + " \"params\": {\"nexthop\": \"10.0.1.2\"}}";

    Http.Reply added = http.send("POST", "/tables/routes/entries", route);

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    // Bits after the prefix are cleared (docs/language.md, section 14).
    assertThat(added.json().get("entry").get("key").get("ipv4.dst").asText())
        .isEqualTo("0xa070000/16");
    List<PacketResult> out = router.process(List.of(Frames.routed("10.7.200.1", 2)));
    assertThat(out.get(0).kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(out.get(0).outputs().get(0).port())
        .as("neighbour 10.0.1.2 is on port 1")
        .isEqualTo(1);

    Http.Reply again = http.send("POST", "/tables/routes/entries", route);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("errors").get(0).asText())
        .contains("table 'routes' already has an entry with key (0xa070000/16)");

    Http.Reply deleted =
        http.send("DELETE", "/tables/routes/entries", "{\"key\": {\"ipv4.dst\": \"10.7.0.0/16\"}}");
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.json().get("deleted").get("action").asText()).isEqualTo("via");
    out = router.process(List.of(Frames.routed("10.7.200.1", 3)));
    assertThat(out.get(0).outputs().get(0).port()).as("back to the default route").isEqualTo(3);

    Http.Reply gone =
        http.send("DELETE", "/tables/routes/entries", "{\"key\": {\"ipv4.dst\": \"10.7.0.0/16\"}}");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("errors").get(0).asText())
        .isEqualTo("table 'routes' has no entry with key (0xa070000/16)");
  }

  @Test
  void modifyingAnEntryKeepsItsPlace() {
    String before = http.get("/tables/ports/entries").json().get("entries").toString();

    Http.Reply r =
        http.send(
            "PUT",
            "/tables/ports/entries",
            "{\"key\": {\"packet.ingress_port\": 1}, \"action\": \"port_address\","
                + " \"params\": {\"mac\": \"02:00:00:00:00:99\", \"ip\": \"10.0.1.1\"}}");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode entries = http.get("/tables/ports/entries").json().get("entries");
    assertThat(entries.get(1).get("params").get("mac").asText()).isEqualTo("0x20000000099");
    assertThat(entries.get(0).toString()).isEqualTo(MAPPER.valueToTree(entries.get(0)).toString());
    assertThat(entries).hasSize(4);
    http.send(
        "PUT",
        "/tables/ports/entries",
        "{\"key\": {\"packet.ingress_port\": 1}, \"action\": \"port_address\","
            + " \"params\": {\"mac\": \"02:00:00:00:00:11\", \"ip\": \"10.0.1.1\"}}");
    assertThat(http.get("/tables/ports/entries").json().get("entries").toString())
        .isEqualTo(before);

    Http.Reply missing =
        http.send(
            "PUT",
            "/tables/ports/entries",
            "{\"key\": {\"packet.ingress_port\": 9}, \"action\": \"port_address\","
                + " \"params\": {\"mac\": \"02:00:00:00:00:11\", \"ip\": \"10.0.1.1\"}}");
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void defaultActionIsReadAndReplaced() {
    assertThat(http.get("/tables/routes/default").json().get("action").asText())
        .isEqualTo("unreachable");

    Http.Reply r =
        http.send(
            "PUT",
            "/tables/routes/default",
            "{\"action\": \"via\", \"params\": {\"nexthop\": \"10.0.2.2\"}}");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("params").get("nexthop").asText()).isEqualTo("0xa000202");
    JsonNode d = http.get("/tables/routes/default").json();
    assertThat(d.get("action").asText()).isEqualTo("via");
    http.send("PUT", "/tables/routes/default", "{\"action\": \"unreachable\"}");
    assertThat(http.get("/tables/routes/default").json().get("action").asText())
        .isEqualTo("unreachable");
  }

  @Test
  void countersCountDiscardedFramesPerPort() {
    JsonNode before = http.get("/counters/dropped/0").json();

    router.process(List.of(Frames.discarded(5), Frames.discarded(6)));

    JsonNode after = http.get("/counters/dropped/0").json();
    assertThat(after.get("packets").asLong()).isEqualTo(before.get("packets").asLong() + 2);
    assertThat(after.get("bytes").asLong()).isEqualTo(before.get("bytes").asLong() + 120);
    JsonNode all = http.get("/counters/dropped").json();
    assertThat(all.get("size").asInt()).isEqualTo(4);
    assertThat(all.get("values").get(0).get("index").asInt()).isEqualTo(0);
    assertThat(http.get("/counters").json().get("counters").toString())
        .isEqualTo("[{\"name\":\"dropped\",\"size\":4}]");
  }

  @Test
  void portsCountReceivedAndSentFrames() {
    JsonNode before = http.get("/ports").json().get("ports");

    router.process(List.of(Frames.routed("10.0.3.2", 7)));

    JsonNode after = http.get("/ports").json().get("ports");
    assertThat(after).hasSize(4);
    assertThat(after.get(0).get("received").asLong())
        .isEqualTo(before.get(0).get("received").asLong() + 1);
    assertThat(after.get(3).get("sent").asLong()).isEqualTo(before.get(3).get("sent").asLong() + 1);
  }

  @Test
  void aTableWithoutDirectCountersHasNone() {
    Http.Reply r = http.get("/tables/routes/counters");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("errors").get(0).asText())
        .isEqualTo(
            "table 'routes' has no direct counters (its declaration has no counters = true)");
  }

  @Test
  void theRouterHasNoRegistersOrMaps() {
    assertThat(http.get("/registers").json().get("registers")).isEmpty();
    assertThat(http.get("/maps").json().get("maps")).isEmpty();
    Http.Reply r = http.get("/registers/level");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("errors").get(0).asText())
        .isEqualTo("unknown register 'level' (the program has no registers)");
  }
}
