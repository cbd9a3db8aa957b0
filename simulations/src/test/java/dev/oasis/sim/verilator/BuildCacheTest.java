package dev.oasis.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache: content hashes, hits without tools, concurrent builds of one design. */
class BuildCacheTest {

  @Test
  void concurrentBuildsOfOneDesignRunVerilatorOnceAndLaterBuildsNotAtAll(@TempDir Path cache)
      throws Exception {
    CountingToolchain tools = new CountingToolchain();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<VerilatedModel>> builds =
          Stream.generate(
                  () ->
                      pool.submit(
                          () -> {
                            go.await();
                            return narrowSlice(cache, tools).build();
                          }))
              .limit(2)
              .toList();
      go.countDown();
      VerilatedModel first = builds.get(0).get(5, TimeUnit.MINUTES);
      VerilatedModel second = builds.get(1).get(5, TimeUnit.MINUTES);

      assertThat(first.library()).isEqualTo(second.library()).exists();
      assertThat(List.of(first.fromCache(), second.fromCache()))
          .containsExactlyInAnyOrder(true, false);
      // One build: --xml-only and --cc --build.
      assertThat(tools.runs(Tool.VERILATOR)).isEqualTo(2);
      assertThat(tools.runs(Tool.MAKE)).isEqualTo(1);
      assertThat(tools.runs(Tool.CXX)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }

    VerilatedModel again = narrowSlice(cache, tools).build();
    assertThat(again.fromCache()).isTrue();
    assertThat(tools.runs(Tool.VERILATOR)).isEqualTo(2);
    assertThat(tools.runs(Tool.CXX)).isEqualTo(1);
    try (Stream<Path> entries = Files.list(cache)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".tmp-"));
    }
    assertThat(again.library().getParent().resolve("build.log"))
        .content()
        .contains("verilator --cc --build -O2 -Wall");

    // The cached library works.
    try (VerilatedDevice device = again.open()) {
      device.reset();
      AxisFrame frame = new AxisFrame(new byte[] {9, 8, 7}, 1);
      device.sink().send(frame);
      device.runUntilQuiescent(4, 100);
      assertThat(device.source(0).payloads()).containsExactly(frame);
    }
  }

  @Test
  void theHashFollowsTheRtlTheParametersAndTheFlags(@TempDir Path dir) throws IOException {
    Path rtl = dir.resolve("axis_slice.v");
    Files.copy(TestDesigns.rtl("axis_slice.v"), rtl);
    String original = build(rtl).contentHash();

    assertThat(build(rtl).contentHash()).isEqualTo(original);
    assertThat(original).startsWith("axis_slice-");

    Files.writeString(rtl, Files.readString(rtl).replace("one pipeline register", "one register"));
    String edited = build(rtl).contentHash();
    assertThat(edited).isNotEqualTo(original);

    assertThat(build(rtl).parameter("DATA_WIDTH", 128).contentHash()).isNotEqualTo(edited);
    assertThat(build(rtl).trace(true).contentHash()).isNotEqualTo(edited);
    assertThat(build(rtl).flag("-Wno-UNUSEDSIGNAL").contentHash()).isNotEqualTo(edited);
    assertThat(
            VerilatorBuild.of("axis_slice", DeviceInterface.streams(64, 0), List.of(rtl))
                .contentHash())
        .isNotEqualTo(edited);
  }

  @Test
  void aFailedBuildLeavesNothingInTheCache(@TempDir Path cache) throws IOException {
    VerilatorBuild build =
        VerilatorBuild.of(
                "syntax_error",
                DeviceInterface.streams(8, 0),
                List.of(TestDesigns.rtl("syntax_error.v")))
            .cacheDirectory(cache);
    assertThatThrownBy(build::build).isInstanceOf(VerilatorBuildException.class);
    try (Stream<Path> entries = Files.list(cache)) {
      assertThat(entries.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".lock"));
    }
  }

  @Test
  void theCacheDirectoryComesFromThePropertyThenTheEnvironmentThenHome() {
    String saved = System.getProperty(BuildCache.PROPERTY);
    try {
      System.setProperty(BuildCache.PROPERTY, "/somewhere/else");
      assertThat(BuildCache.defaultDirectory()).isEqualTo(Path.of("/somewhere/else"));

      System.clearProperty(BuildCache.PROPERTY);
      assumeTrue(System.getenv(BuildCache.ENVIRONMENT) == null, "OASIS_SIM_CACHE is set here");
      assertThat(BuildCache.defaultDirectory())
          .isEqualTo(Path.of(System.getProperty("user.home"), ".cache/oasis/verilator"));
    } finally {
      if (saved != null) {
        System.setProperty(BuildCache.PROPERTY, saved);
      }
    }
  }

  private static VerilatorBuild narrowSlice(Path cache, ToolchainProvider tools) {
    return VerilatorBuild.of(
            "axis_slice", TestDesigns.sliceInterface(8), List.of(TestDesigns.rtl("axis_slice.v")))
        .parameter("DATA_WIDTH", 8)
        .parameter("USER_WIDTH", TestDesigns.SLICE_USER_WIDTH)
        .cacheDirectory(cache)
        .toolchain(tools);
  }

  private static VerilatorBuild build(Path rtl) {
    return VerilatorBuild.of("axis_slice", TestDesigns.sliceInterface(64), List.of(rtl));
  }
}
