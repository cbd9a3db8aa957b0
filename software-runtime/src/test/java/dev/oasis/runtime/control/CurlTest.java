package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control API through curl, an HTTP client nobody here wrote: its default form content type,
 * its {@code Expect: 100-continue} for large bodies, and {@code -i} to see the status line and
 * headers.
 */
class CurlTest {
  private static final String CURL = "/usr/bin/curl";
  private static TestAppliance router;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(CURL)), "curl is not installed (apt-get install curl)");
    router = TestAppliance.router();
  }

  @AfterAll
  static void stop() {
    if (router != null) {
      router.close();
    }
  }

  /** Runs curl with {@code args}; returns what it printed (status line and headers with -i). */
  private static String curl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CURL, "-sS", "--max-time", "30"));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("curl exit status; output:%n%s", out).isZero();
    return out;
  }

  private static JsonNode body(String withHeaders) throws IOException {
    return new ObjectMapper().readTree(withHeaders.substring(withHeaders.indexOf("\r\n\r\n") + 4));
  }

  @Test
  void healthAndTables() throws Exception {
    JsonNode health = new ObjectMapper().readTree(curl(router.url() + "/health"));
    assertThat(health.get("status").asText()).isEqualTo("ok");

    String tables = curl("-i", router.url() + "/tables");
    assertThat(tables).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(tables).containsIgnoringCase("content-type: application/json; charset=utf-8");
    assertThat(body(tables).get("tables")).hasSize(4);
  }

  @Test
  void postWithCurlsDefaultContentTypeAddsTheEntry() throws Exception {
    String out =
        curl(
            "-i",
            "-d",
            "{\"key\": {\"ipv4.dst\": \"172.16.0.0/12\"}, \"action\": \"direct\"}",
            router.url() + "/tables/routes/entries");

    assertThat(out).startsWith("HTTP/1.1 201 Created\r\n");
    assertThat(body(out).get("entry").get("key").get("ipv4.dst").asText())
        .isEqualTo("0xac100000/12");
  }

  @Test
  void patchIs405WithAllow() throws Exception {
    String out = curl("-i", "-X", "PATCH", "-d", "{}", router.url() + "/tables/routes/entries");

    assertThat(out).startsWith("HTTP/1.1 405 Method Not Allowed\r\n");
    assertThat(out).containsIgnoringCase("allow: GET, POST, PUT, DELETE\r\n");
    assertThat(body(out).get("errors").get(0).asText())
        .isEqualTo("method PATCH is not allowed here; expected GET, POST, PUT, DELETE");
  }

  @Test
  void bodyOverTheLimitIs413EvenWithExpectContinue() throws Exception {
    Path big = tmp.resolve("big.json");
    byte[] spaces = new byte[ControlServerOptions.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(spaces, (byte) ' ');
    Files.write(big, spaces);

    String out =
        curl(
            "-i",
            "-H",
            "Expect: 100-continue",
            "--data-binary",
            "@" + big,
            router.url() + "/tables/routes/entries");

    assertThat(out).contains("HTTP/1.1 413 Request Entity Too Large\r\n");
    assertThat(out).contains("the request body is larger than 1048576 bytes");
  }
}
