package dev.oasis.runtime.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.ExternSchemas;
import dev.oasis.compiler.state.CounterValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code /health}, {@code /schema}, {@code /ports} and {@code /metrics}. */
final class StatusEndpoints {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ControlPlane plane;
  private final ControlPlaneSchema schema;
  private final OperationRunner runner;

  StatusEndpoints(ControlPlane plane, OperationRunner runner) {
    this.plane = plane;
    this.schema = plane.schema();
    this.runner = runner;
  }

  /** Answered by the dataplane thread, so a 200 also says that it takes control requests. */
  CompletableFuture<ApiResponse> health() {
    return runner.run(
        d ->
            ApiResponse.json(
                200,
                JSON.objectNode()
                    .put("status", "ok")
                    .put("program", schema.program())
                    .put("packets", EntryJson.unsigned(d.packetsProcessed()))));
  }

  CompletableFuture<ApiResponse> schema() {
    return CompletableFuture.completedFuture(ApiResponse.json(200, schema.json()));
  }

  CompletableFuture<ApiResponse> ports() {
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode();
          ArrayNode list = root.putArray("ports");
          for (PortCounters p : d.portCounters()) {
            list.addObject()
                .put("port", p.port())
                .put("received", p.received())
                .put("sent", p.sent())
                .put("dropped", p.dropped())
                .put("punted", p.punted())
                .put("parse_errors", p.parseErrors());
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> metrics() {
    return runner.run(d -> ApiResponse.text(200, PrometheusText.CONTENT_TYPE, metrics(d)));
  }

  private String metrics(DataplaneAccess d) {
    PrometheusText m = new PrometheusText();
    m.family("oasis_packets_processed_total", "counter", "Packets the pipeline has processed.")
        .sample(d.packetsProcessed());

    List<PortCounters> ports = d.portCounters();
    m.family("oasis_port_packets_total", "counter", "Packets received and sent, per port.");
    for (PortCounters p : ports) {
      m.sample(p.received(), "port", Integer.toString(p.port()), "direction", "received");
      m.sample(p.sent(), "port", Integer.toString(p.port()), "direction", "sent");
    }
    m.family(
        "oasis_port_dropped_packets_total", "counter", "Packets that arrived on a port, dropped.");
    ports.forEach(p -> m.sample(p.dropped(), "port", Integer.toString(p.port())));
    m.family(
        "oasis_port_punted_packets_total",
        "counter",
        "Packets that arrived on a port, punted to the slow path.");
    ports.forEach(p -> m.sample(p.punted(), "port", Integer.toString(p.port())));
    m.family(
        "oasis_port_parse_errors_total",
        "counter",
        "Packets that arrived on a port and failed to parse.");
    ports.forEach(p -> m.sample(p.parseErrors(), "port", Integer.toString(p.port())));

    m.family("oasis_table_entries", "gauge", "Entries installed in a table.");
    schema.tables().forEach(t -> m.sample(d.entryCount(t.name()), "table", t.name()));
    m.family("oasis_table_size", "gauge", "The most entries a table can hold.");
    schema.tables().forEach(t -> m.sample(t.size(), "table", t.name()));

    m.family("oasis_counter_packets_total", "counter", "Packets counted by a counter element.");
    for (ExternSchemas.Counter c : schema.counters()) {
      for (int i = 0; i < c.size(); i++) {
        m.sample(d.counter(c.name(), i).packets(), "counter", c.name(), "index", "" + i);
      }
    }
    m.family("oasis_counter_bytes_total", "counter", "Bytes counted by a counter element.");
    for (ExternSchemas.Counter c : schema.counters()) {
      for (int i = 0; i < c.size(); i++) {
        CounterValue v = d.counter(c.name(), i);
        m.sample(v.bytes(), "counter", c.name(), "index", "" + i);
      }
    }

    m.family("oasis_map_live_entries", "gauge", "Live keys in a map.");
    schema.maps().forEach(x -> m.sample(StateEndpoints.liveCount(d, x), "map", x.name()));
    m.family("oasis_map_slots", "gauge", "Slots of a map (sets times ways).");
    schema.maps().forEach(x -> m.sample((long) x.sets() * x.ways(), "map", x.name()));

    m.family(
        "oasis_control_operations_total",
        "counter",
        "Control API operations the dataplane has run (reads and writes).");
    m.sample(plane.operationsRun());
    return m.text();
  }
}
