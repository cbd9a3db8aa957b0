package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Eight clients add, read and delete entries at once while the dataplane runs packets: every
 * request gets its expected answer, and afterwards the table holds exactly what they left.
 */
class ConcurrentClientsTest {
  private static final int CLIENTS = 8;
  private static final int ROUTES_PER_CLIENT = 12;

  @Test
  void parallelClientsWhilePacketsFlow() throws Exception {
    try (TestAppliance router = TestAppliance.router()) {
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
      try {
        Future<Integer> packets =
            pool.submit(
                () -> {
                  int n = 0;
                  while (!done.get() && n < 2_000) {
                    router.process(List.of(Frames.routed("10.0.1.2", n)));
                    n++;
                  }
                  return n;
                });
        List<Future<List<Integer>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          clients.add(pool.submit(() -> runClient(new Http(router.url()), client)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> f : clients) {
          statuses.addAll(f.get(120, TimeUnit.SECONDS));
        }
        done.set(true);
        assertThat(packets.get(120, TimeUnit.SECONDS)).isPositive();

        // Per route: 201 (add), 200 (list), 409 (add again); every other route deleted (200).
        assertThat(statuses).containsOnly(200, 201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(CLIENTS * ROUTES_PER_CLIENT);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(CLIENTS * ROUTES_PER_CLIENT);
        int kept = CLIENTS * (ROUTES_PER_CLIENT - (ROUTES_PER_CLIENT + 1) / 2);
        int entries = new Http(router.url()).get("/tables/routes").json().get("entries").asInt();
        assertThat(entries).isEqualTo(5 + kept);
      } finally {
        done.set(true);
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
      }
    }
  }

  private static List<Integer> runClient(Http http, int client) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < ROUTES_PER_CLIENT; i++) {
      String key = "{\"ipv4.dst\": \"10." + (100 + client) + "." + i + ".0/24\"}";
      String entry = "{\"key\": " + key + ", \"action\": \"direct\"}";
      statuses.add(http.send("POST", "/tables/routes/entries", entry).status());
      statuses.add(http.get("/tables/routes/entries").status());
      statuses.add(http.send("POST", "/tables/routes/entries", entry).status());
      if (i % 2 == 0) {
        statuses.add(
            http.send("DELETE", "/tables/routes/entries", "{\"key\": " + key + "}").status());
      }
    }
    return statuses;
  }
}
