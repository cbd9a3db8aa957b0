package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad request gets a 4xx with {"errors": [...]} that names the problem, and never a
 * stack trace; the state is left unchanged.
 */
class BadRequestTest {
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

  /** Sends, checks the status and the JSON error shape, and returns the errors. */
  private static List<String> errors(Http.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/json");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode errors = r.json().get("errors");
    assertThat(errors).isNotNull().isNotEmpty();
    List<String> out = new ArrayList<>();
    errors.forEach(e -> out.add(e.asText()));
    return out;
  }

  private static List<String> post(String table, String body, int status) {
    return errors(http.send("POST", "/tables/" + table + "/entries", body), status);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    List<String> e = post("routes", "{\"key\": {\"ipv4.dst\": }", 400);

    assertThat(e.get(0)).startsWith("malformed JSON at line 1, column 22: ");
  }

  @Test
  void duplicateFieldsAndTrailingTextAreMalformed() {
    assertThat(post("routes", "{\"action\": \"direct\", \"action\": \"via\"}", 400).get(0))
        .startsWith("malformed JSON")
        .contains("action");
    assertThat(post("routes", "{} {}", 400).get(0)).startsWith("malformed JSON");
  }

  @Test
  void bodyThatIsNotUtf8IsMalformed() {
    byte[] body = {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'};

    List<String> e = errors(http.send("POST", "/tables/routes/entries", body), 400);

    assertThat(e.get(0)).startsWith("malformed JSON");
  }

  @Test
  void missingOrNonObjectBody() {
    assertThat(post("routes", "", 400).get(0))
        .isEqualTo(
            "the request has no body; expected a JSON object like {\"key\": {...}, \"action\":"
                + " \"NAME\", \"params\": {...}}");
    assertThat(post("routes", "[1, 2]", 400).get(0)).endsWith("got an array");
  }

  @Test
  void badValuesNameTheFieldAndTheExpectedRange() {
    assertThat(
            post(
                "routes",
                "{\"key\": {\"ipv4.dst\": \"10.0.0.0/33\"}, \"action\": \"direct\"}",
                400))
        .containsExactly("key.ipv4.dst: value 10.0.0.0/33 has prefix length 33; expected 0 to 32");
    assertThat(
            post(
                "neighbours",
                "{\"key\": {\"meta.nexthop\": \"10.0.9.2\"}, \"action\": \"to_neighbour\","
                    + " \"params\": {\"dst_mac\": 1, \"src_mac\": 2, \"port\": 70000}}",
                400))
        .containsExactly("params.port: value 70000 does not fit in bit<16> (0 to 65535)");
    assertThat(
            post("routes", "{\"key\": {\"ipv4.dst\": \"10.9.0.0/16\"}, \"action\": \"vai\"}", 400))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("action: unknown action 'vai'; did you mean 'via'?");
    assertThat(post("routes", "{\"action\": \"direct\"}", 400)).containsExactly("missing 'key'");
    assertThat(
            post(
                    "routes",
                    "{\"key\": {\"ipv4.dst\": \"10.9.0.0/16\"}, \"action\": \"direct\", \"x\": 1}",
                    400)
                .get(0))
        .startsWith("x: unknown field 'x'");
  }

  @Test
  void everyProblemOfOneEntryIsReported() {
    List<String> e =
        post(
            "routes",
            "{\"key\": {\"ipv4.dst\": \"300.0.0.0/8\"}, \"action\": \"via\", \"params\": {}}",
            400);

    assertThat(e).hasSize(2);
    assertThat(e.get(0)).startsWith("key.ipv4.dst: value '300.0.0.0' is not an IPv4 address");
    assertThat(e.get(1)).isEqualTo("params: missing param 'nexthop' of action 'via'");
  }

  @Test
  void unknownNamesAreNotFoundWithASuggestion() {
    assertThat(post("rutes", "{}", 404))
        .containsExactly(
            "unknown table 'rutes'; did you mean 'routes'? (tables: ports, routes, neighbours,"
                + " local_addresses)");
    assertThat(errors(http.get("/counters/droped"), 404).get(0))
        .startsWith("unknown counter 'droped'; did you mean 'dropped'?");
    assertThat(errors(http.get("/frobnicate"), 404).get(0))
        .startsWith("no such resource: /frobnicate");
    assertThat(errors(http.get("/tables/routes/entries/extra"), 404).get(0))
        .startsWith("no such resource: /tables/routes/entries/extra");
  }

  @Test
  void indexesOutOfRangeAreNotFoundAndNonNumbersAreBad() {
    assertThat(errors(http.get("/counters/dropped/4"), 404))
        .containsExactly("index 4 is out of range for counter 'dropped'; expected 0 to 3");
    assertThat(errors(http.get("/counters/dropped/-1"), 400))
        .containsExactly("index '-1' of counter 'dropped' is not a number; expected 0 to 3");
    assertThat(errors(http.get("/counters/dropped/99999999999"), 404).get(0))
        .startsWith("index 99999999999 is out of range");
  }

  @Test
  void unsupportedMethodIs405WithAllow() {
    Http.Reply r = http.send("PATCH", "/tables/routes/entries", "{}");

    assertThat(errors(r, 405))
        .containsExactly("method PATCH is not allowed here; expected GET, POST, PUT, DELETE");
    assertThat(r.header("allow")).isEqualTo("GET, POST, PUT, DELETE");
    assertThat(errors(http.send("POST", "/health", "{}"), 405)).hasSize(1);
    assertThat(errors(http.send("DELETE", "/counters/dropped/0", (String) null), 405)).hasSize(1);
  }

  @Test
  void bodyOverTheLimitIs413() {
    byte[] big = new byte[ControlServerOptions.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) ' ');

    List<String> e = errors(http.send("POST", "/tables/routes/entries", big), 413);

    assertThat(e)
        .containsExactly(
            "the request body is larger than 1048576 bytes, the most the control API takes");
    // The server still answers on a new connection.
    assertThat(http.get("/health").status()).isEqualTo(200);
  }

  @Test
  void malformedUriIs400() throws Exception {
    String answer = raw("GET /tables/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("malformed URI '/tables/%zz'");
  }

  @Test
  void deleteTakesOnlyAKey() {
    assertThat(
            errors(
                http.send(
                    "DELETE",
                    "/tables/routes/entries",
                    "{\"key\": {\"ipv4.dst\": \"10.0.0.0/24\"}, \"action\": \"direct\"}"),
                400))
        .containsExactly(
            "action: unknown field 'action' (fields: key); an entry is named by its key alone");
  }

  @Test
  void refusedRequestsChangeNothing() {
    String before = router.onDataplane(p -> router.state.snapshot().toJson());
    int writes = router.onDataplane(p -> router.state.writeLog().size());

    post("routes", "{\"key\": {\"ipv4.dst\": \"10.0.0.0/33\"}, \"action\": \"direct\"}", 400);
    post("routes", "{\"key\": {\"ipv4.dst\": \"10.0.0.0/24\"}, \"action\": \"direct\"}", 409);
    errors(http.send("PUT", "/tables/routes/default", "{\"action\": \"to_neighbour\"}"), 400);

    String after = router.onDataplane(p -> router.state.snapshot().toJson());
    int writesAfter = router.onDataplane(p -> router.state.writeLog().size());
    assertThat(after).isEqualTo(before);
    assertThat(writesAfter).isEqualTo(writes);
  }

  @Test
  void rawHttpGarbageIs400() throws Exception {
    String answer = raw("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("malformed HTTP request");
  }

  @Test
  void requestLineOverTheLimitIs400() throws Exception {
    String answer = raw("GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("malformed HTTP request: ");
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    // /health waits for the dataplane thread; /schema is answered at once.
    String answer =
        raw(
            "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /schema HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(answer.indexOf("\"status\"")).isPositive().isLessThan(answer.indexOf("max_frame"));
    assertThat(answer.split("HTTP/1.1 200 OK", -1)).hasSize(3);
  }

  /** Sends bytes on a fresh loopback connection and reads until the server closes it. */
  private static String raw(String request) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", router.server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
