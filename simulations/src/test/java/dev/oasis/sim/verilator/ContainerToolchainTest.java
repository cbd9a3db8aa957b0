package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container toolchain builds the register slice as the local one does. Needs a Docker engine
 * that can pull {@link ContainerToolchain#DEFAULT_IMAGE}; skipped where there is none.
 */
class ContainerToolchainTest {

  private static boolean docker;

  @BeforeAll
  static void probe() {
    docker = ContainerToolchain.dockerAvailable(Duration.ofSeconds(20));
  }

  @Test
  void buildsAndRunsTheSliceInAContainer(@TempDir Path cache) {
    assumeTrue(docker, "no Docker engine: container toolchain not tested");

    try (ContainerToolchain container = new ContainerToolchain()) {
      VerilatedModel model =
          TestDesigns.sliceBuild(64).toolchain(container).cacheDirectory(cache).build();
      assertThat(model.fromCache()).isFalse();
      assertThat(container.versions().verilator()).startsWith("Verilator 5");

      try (VerilatedDevice device = model.open()) {
        device.reset();
        AxisFrame frame = new AxisFrame(new byte[] {1, 2, 3}, 7);
        device.sink().send(List.of(frame));
        device.runUntilQuiescent(4, 1000);
        assertThat(device.source(0).payloads()).containsExactly(frame);
      }
    }
  }
}
