package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API over a compiled pipeline ({@link PipelineStateAccess}) answers exactly as over the
 * reference interpreter ({@link DataplaneStateAccess}) for the same frames and requests.
 */
class CompiledPipelineApiTest {

  private static final List<String> READS =
      List.of(
          "/health",
          "/tables",
          "/tables/routes/entries",
          "/tables/classes/entries",
          "/tables/classes/counters",
          "/tables/routes/default",
          "/counters/dropped",
          "/counters/seen",
          "/registers/level",
          "/maps/stations",
          "/ports",
          "/metrics");

  private static void sameAnswers(Path program, Path entries, List<String> writes) {
    try (TestAppliance reference =
            entries == null ? TestAppliance.of(program) : TestAppliance.router();
        TestAppliance compiled = TestAppliance.compiled(program, entries)) {
      for (TestAppliance a : List.of(reference, compiled)) {
        Http http = new Http(a.url());
        for (String w : writes) {
          String[] parts = w.split(" ", 3);
          Http.Reply r = http.send(parts[0], parts[1], parts[2]);
          assertThat(r.status()).as("%s: %s", w, r.body()).isBetween(200, 299);
        }
        a.process(
            List.of(
                Frames.discarded(1),
                Frames.routed("10.0.1.2", 2),
                Frames.routed("10.44.0.1", 3),
                Frames.udp(1, Frames.HOST_MAC, "10.0.0.9", 4)));
      }
      Http ref = new Http(reference.url());
      Http com = new Http(compiled.url());
      for (String path : READS) {
        Http.Reply a = ref.get(path);
        Http.Reply b = com.get(path);
        assertThat(b.status()).as(path).isEqualTo(a.status());
        assertThat(b.body()).as(path).isEqualTo(a.body());
      }
    }
  }

  @Test
  void routerAnswersTheSame() {
    sameAnswers(
        TestAppliance.ROUTER,
        TestAppliance.ROUTER_ENTRIES,
        List.of(
            "POST /tables/routes/entries {\"key\": {\"ipv4.dst\": \"10.44.0.0/16\"},"
                + " \"action\": \"via\", \"params\": {\"nexthop\": \"10.0.2.2\"}}",
            "PUT /tables/routes/default {\"action\": \"unreachable\"}"));
  }

  @Test
  void statefulProgramAnswersTheSame() {
    sameAnswers(
        TestAppliance.resource("stateful.oasis"),
        null,
        List.of(
            "PUT /registers/level/3 {\"value\": 200}",
            "PUT /maps/stations/entries {\"key\": \"02:00:00:00:00:07\", \"value\": 9}",
            "POST /tables/classes/entries {\"key\": {\"eth.ethertype\": {\"value\": \"0x0800\","
                + " \"mask\": \"0xff00\"}, \"source\": {\"min\": 1, \"max\": 99999999999999}},"
                + " \"action\": \"mark\", \"params\": {\"value\": 4}, \"priority\": 3}"));
  }
}
