package dev.oasis.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dataplane that does not drain, ports in use and bad options. */
class TimeoutTest {

  @Test
  void requestsToADataplaneThatDoesNotDrainAre503AndNeverApplied() throws Exception {
    IrProgram program = TestAppliance.compile(TestAppliance.ROUTER);
    ControlPlaneSchema schema = ControlPlaneSchema.of(program);
    DataplaneState state = new DataplaneState(program);
    ControlPlane plane = new ControlPlane(schema, new DataplaneStateAccess(state, List::of));
    ControlServerOptions options =
        TestAppliance.ephemeral().withDataplaneTimeout(Duration.ofMillis(200));
    try (ControlServer server = ControlServer.start(plane, options)) {
      Http http = new Http(server.uri().toString());

      Http.Reply health = http.get("/health");
      Http.Reply post =
          http.send(
              "POST",
              "/tables/routes/entries",
              "{\"key\": {\"ipv4.dst\": \"10.0.0.0/8\"}, \"action\": \"direct\"}");

      assertThat(health.status()).isEqualTo(503);
      assertThat(post.status()).isEqualTo(503);
      assertThat(post.json().get("errors").get(0).asText())
          .isEqualTo(
              "the dataplane did not take the request within 200 ms; the appliance is not"
                  + " processing control requests (stopped or stalled), and the request was not"
                  + " applied");
      // The schema needs no dataplane.
      assertThat(http.get("/schema").status()).isEqualTo(200);
    }
    assertThat(plane.drainPendingWrites()).as("cancelled operations do not run").isZero();
    assertThat(plane.operationsRun()).isZero();
    assertThat(state.writeLog()).isEmpty();
    assertThat(state.table("routes").entries()).isEmpty();
  }

  @Test
  void aPortInUseIsAnErrorNamingTheAddress() throws Exception {
    IrProgram program = TestAppliance.compile(TestAppliance.ROUTER);
    ControlPlane plane =
        new ControlPlane(
            ControlPlaneSchema.of(program),
            new DataplaneStateAccess(new DataplaneState(program), List::of));
    try (ControlServer first = ControlServer.start(plane, TestAppliance.ephemeral())) {
      int port = first.port();
      assertThatThrownBy(() -> ControlServer.start(plane, TestAppliance.ephemeral().withPort(port)))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + port + " for the control API: ")
          .hasMessageContaining("in use");
    }
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ControlServerOptions.defaults().withPort(70000))
        .hasMessage("port 70000 is out of range; expected 0 to 65535");
    assertThatThrownBy(() -> ControlServerOptions.defaults().withMaxBodyBytes(0))
        .hasMessage("body limit 0 bytes is too small; expected 1 or more");
    assertThatThrownBy(() -> ControlServerOptions.defaults().withDataplaneTimeout(Duration.ZERO))
        .hasMessage("dataplane timeout PT0S is not positive");
  }
}
