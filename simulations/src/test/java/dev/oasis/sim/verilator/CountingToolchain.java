package dev.oasis.sim.verilator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The local toolchain, counting how often each tool runs. */
final class CountingToolchain implements ToolchainProvider {

  private final ToolchainProvider delegate = LocalToolchain.shared();
  private final Map<Tool, AtomicInteger> runs = new ConcurrentHashMap<>();

  int runs(Tool tool) {
    return runs.computeIfAbsent(tool, t -> new AtomicInteger()).get();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ToolchainVersions versions() {
    return delegate.versions();
  }

  @Override
  public ToolResult run(
      BuildStep step, Tool tool, List<String> arguments, Path workDirectory, Duration timeout) {
    runs.computeIfAbsent(tool, t -> new AtomicInteger()).incrementAndGet();
    return delegate.run(step, tool, arguments, workDirectory, timeout);
  }
}
