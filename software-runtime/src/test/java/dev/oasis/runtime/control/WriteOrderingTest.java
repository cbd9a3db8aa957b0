package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.state.ControlWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writes posted while packets flow take effect between two packets, exactly where the state's write
 * log says: every packet before a write's index sees the old table and every packet from it on sees
 * the new one (docs/language.md, "Changes while packets flow").
 */
class WriteOrderingTest {
  private static final int MAX_PACKETS = 300_000;
  private static final int PACKETS_AFTER_LAST_WRITE = 200;

  @Test
  void eachWriteFallsBetweenTwoPacketsWhereTheLogSays() throws Exception {
    try (TestAppliance router = TestAppliance.router()) {
      Http http = new Http(router.url());
      int writesBefore = router.onDataplane(p -> router.state.writeLog().size());
      long first = router.onDataplane(p -> router.state.packetsProcessed());
      CountDownLatch running = new CountDownLatch(1);

      // The dataplane thread runs frames to 10.9.9.9 until the three writes are in and 200 more
      // packets went through, draining control operations before each frame.
      CompletableFuture<List<Integer>> egress =
          CompletableFuture.supplyAsync(
              () ->
                  router.onDataplane(
                      p -> {
                        List<Integer> ports = new ArrayList<>();
                        int after = 0;
                        for (int i = 0; i < MAX_PACKETS && after < PACKETS_AFTER_LAST_WRITE; i++) {
                          p.drainPendingWrites();
                          PacketResult r = router.step(Frames.routed("10.9.9.9", i)).result();
                          ports.add(
                              r.kind() == PacketResult.Kind.FORWARD
                                  ? r.outputs().get(0).port()
                                  : -1);
                          running.countDown();
                          if (router.state.writeLog().size() >= writesBefore + 3) {
                            after++;
                          }
                        }
                        return ports;
                      }));
      assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();

      String key = "{\"ipv4.dst\": \"10.9.9.0/24\"}";
      assertThat(
              http.send(
                      "POST",
                      "/tables/routes/entries",
                      "{\"key\": "
                          + key
                          + ", \"action\": \"via\", \"params\": {\"nexthop\":"
                          + " \"10.0.2.2\"}}")
                  .status())
          .isEqualTo(201);
      assertThat(
              http.send(
                      "PUT",
                      "/tables/routes/entries",
                      "{\"key\": "
                          + key
                          + ", \"action\": \"via\", \"params\": {\"nexthop\":"
                          + " \"10.0.1.2\"}}")
                  .status())
          .isEqualTo(200);
      assertThat(http.send("DELETE", "/tables/routes/entries", "{\"key\": " + key + "}").status())
          .isEqualTo(200);
      List<Integer> ports = egress.get(120, TimeUnit.SECONDS);

      List<ControlWrite> writes = router.onDataplane(p -> router.state.writeLog());
      List<ControlWrite> mine = writes.subList(writesBefore, writes.size());
      assertThat(mine)
          .hasSize(3)
          .extracting(w -> w.getClass().getSimpleName())
          .containsExactly("InsertEntry", "ModifyEntry", "DeleteEntry");
      long added = mine.get(0).beforePacket() - first;
      long modified = mine.get(1).beforePacket() - first;
      long deleted = mine.get(2).beforePacket() - first;
      assertThat(added).isPositive();
      assertThat(deleted).isLessThan(ports.size());
      for (int i = 0; i < ports.size(); i++) {
        // Default route: 10.0.3.2 on port 3; the added route: 10.0.2.2 on port 2; modified:
        // 10.0.1.2 on port 1; deleted: the default route again.
        int expected = i < added ? 3 : i < modified ? 2 : i < deleted ? 1 : 3;
        assertThat(ports.get(i)).as("egress port of packet %d", i).isEqualTo(expected);
      }
    }
  }
}
