package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.interp.InputFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registers, maps and a table with ternary and range keys, over stateful.oasis (a register level[4]
 * of bit<8>, a map stations of 4 sets by 2 ways keyed by source MAC, a table classes).
 */
class StatefulEndpointsTest {
  private static TestAppliance app;
  private static Http http;

  @BeforeAll
  static void start() {
    app = TestAppliance.of(TestAppliance.resource("stateful.oasis"));
    http = new Http(app.url());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static InputFrame frame(int port, long src, int ethertype) {
    byte[] f = new byte[60];
    f[0] = 2;
    for (int i = 0; i < 6; i++) {
      f[6 + i] = (byte) (src >>> (40 - 8 * i));
    }
    f[12] = (byte) (ethertype >>> 8);
    f[13] = (byte) ethertype;
    return new InputFrame(port, 1000, f);
  }

  /** The set of a 48-bit key: CRC-32/IEEE of its 6 big-endian bytes, modulo 4 sets. */
  private static int setOf(long key) {
    CRC32 crc = new CRC32();
    for (int i = 0; i < 6; i++) {
      crc.update((int) (key >>> (40 - 8 * i)) & 0xff);
    }
    return (int) (crc.getValue() & 3);
  }

  @Test
  void registersAreReadAndWrittenWithTheirWidthChecked() {
    assertThat(http.get("/registers").json().get("registers").toString())
        .isEqualTo("[{\"name\":\"level\",\"width\":8,\"size\":4}]");

    Http.Reply w = http.send("PUT", "/registers/level/2", "{\"value\": \"0x7f\"}");

    assertThat(w.status()).as(w.body()).isEqualTo(200);
    assertThat(http.get("/registers/level/2").json().get("value").asText()).isEqualTo("0x7f");
    assertThat(http.get("/registers/level").json().get("values").toString())
        .contains("{\"index\":2,\"value\":\"0x7f\"}");
    Http.Reply wide = http.send("PUT", "/registers/level/2", "{\"value\": 256}");
    assertThat(wide.status()).isEqualTo(400);
    assertThat(wide.json().get("errors").get(0).asText())
        .isEqualTo("value: value 256 does not fit in bit<8> (0 to 255)");
    assertThat(http.send("PUT", "/registers/level/4", "{\"value\": 1}").status()).isEqualTo(404);
    assertThat(
            http.send("PUT", "/registers/level/1", "{\"value\": 1, \"index\": 1}")
                .json()
                .get("errors")
                .get(0)
                .asText())
        .isEqualTo("index: unknown field 'index' (fields: value); the index comes from the URL");
  }

  @Test
  void mapsShowLearnedKeysInTheirSetAndTakePutsAndRemoves() {
    long station = 0x020000000001L;
    app.process(List.of(frame(1, station, 0x88b5)));

    JsonNode map = http.get("/maps/stations").json();

    assertThat(map.get("sets").asInt()).isEqualTo(4);
    assertThat(map.get("ways").asInt()).isEqualTo(2);
    JsonNode learned = null;
    for (JsonNode e : map.get("entries")) {
      if (e.get("key").asText().equals("0x20000000001")) {
        learned = e;
      }
    }
    assertThat(learned).isNotNull();
    assertThat(learned.get("value").asText()).isEqualTo("0x1");
    assertThat(learned.get("set").asInt()).isEqualTo(setOf(station));
    assertThat(learned.get("live").asBoolean()).isTrue();

    Http.Reply put =
        http.send(
            "PUT", "/maps/stations/entries", "{\"key\": \"02:00:00:00:00:02\", \"value\": 5}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(http.get("/maps/stations").json().toString()).contains("\"key\":\"0x20000000002\"");
    Http.Reply removed =
        http.send("DELETE", "/maps/stations/entries", "{\"key\": \"02:00:00:00:00:02\"}");
    assertThat(removed.status()).isEqualTo(200);
    Http.Reply again =
        http.send("DELETE", "/maps/stations/entries", "{\"key\": \"02:00:00:00:00:02\"}");
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().get("errors").get(0).asText())
        .isEqualTo("map 'stations' has no live key 0x20000000002");
  }

  @Test
  void aPutIntoAFullSetIsAConflict() {
    try (TestAppliance fresh = TestAppliance.of(TestAppliance.resource("stateful.oasis"))) {
      putThreeKeysIntoOneSet(new Http(fresh.url()));
    }
  }

  private static void putThreeKeysIntoOneSet(Http http) {
    // Three keys of one set that holds two: the third does not fit.
    List<Long> keys = new ArrayList<>();
    int set = setOf(0x0a0000000000L);
    for (long k = 0x0a0000000000L; keys.size() < 3; k++) {
      if (setOf(k) == set) {
        keys.add(k);
      }
    }
    for (int i = 0; i < 2; i++) {
      Http.Reply r =
          http.send(
              "PUT", "/maps/stations/entries", "{\"key\": " + keys.get(i) + ", \"value\": 1}");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    Http.Reply full =
        http.send("PUT", "/maps/stations/entries", "{\"key\": " + keys.get(2) + ", \"value\": 1}");

    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().get("errors").get(0).asText())
        .isEqualTo(
            "map 'stations': set "
                + set
                + " is full (2 ways hold live keys); cannot put key 0x"
                + Long.toHexString(keys.get(2)));
  }

  @Test
  void ternaryAndRangeEntriesRoundTripAndApply() {
    Http.Reply add =
        http.send(
            "POST",
            "/tables/classes/entries",
            "{\"key\": {\"eth.ethertype\": {\"value\": \"0x0800\", \"mask\": \"0xff00\"},"
                + " \"source\": {\"min\": \"02:00:00:00:00:03\", \"max\": \"02:00:00:00:00:05\"}},"
                + " \"action\": \"mark\", \"params\": {\"value\": 3}, \"priority\": 10}");
    assertThat(add.status()).as(add.body()).isEqualTo(201);
    Http.Reply wildcard =
        http.send(
            "POST",
            "/tables/classes/entries",
            "{\"key\": {\"source\": 7}, \"action\": \"mark\", \"params\": {\"value\": 1},"
                + " \"priority\": 1}");
    assertThat(wildcard.status()).as(wildcard.body()).isEqualTo(201);

    JsonNode entries = http.get("/tables/classes/entries").json().get("entries");
    assertThat(entries.get(0).toString())
        .isEqualTo(
            "{\"key\":{\"eth.ethertype\":{\"value\":\"0x800\",\"mask\":\"0xff00\"},"
                + "\"source\":{\"min\":\"0x20000000003\",\"max\":\"0x20000000005\"}},"
                + "\"action\":\"mark\",\"params\":{\"value\":\"0x3\"},\"priority\":10}");
    assertThat(entries.get(1).get("key").toString())
        .as("a wildcard is left out")
        .isEqualTo("{\"source\":{\"min\":\"0x7\",\"max\":\"0x7\"}}");

    app.process(List.of(frame(0, 0x020000000004L, 0x0806), frame(0, 0x020000000009L, 0x0806)));
    assertThat(http.get("/registers/level/0").json().get("value").asText()).isEqualTo("0x3");
    JsonNode counters = http.get("/tables/classes/counters").json();
    assertThat(counters.get("entries").get(0).get("packets").asInt()).isEqualTo(1);
    assertThat(counters.get("entries").get(0).get("bytes").asInt()).isEqualTo(60);
    assertThat(counters.get("entries").get(0).get("key").get("source").get("min").asText())
        .isEqualTo("0x20000000003");
    assertThat(counters.get("default").get("packets").asInt()).as("0x...09 misses").isEqualTo(1);

    Http.Reply noPriority =
        http.send(
            "POST",
            "/tables/classes/entries",
            "{\"key\": {\"source\": 9}, \"action\": \"mark\", \"params\": {\"value\": 1}}");
    assertThat(noPriority.json().get("errors").get(0).asText())
        .isEqualTo("missing priority; table 'classes' has ternary keys");
    assertThat(
            http.send("DELETE", "/tables/classes/entries", "{\"key\": {\"source\": 7}}").status())
        .isEqualTo(200);
  }
}
