package dev.oasis.sim.verilator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Where Verilator, make and g++ run: on this machine ({@link LocalToolchain}) or in a container
 * ({@link ContainerToolchain}).
 *
 * <p>Paths in commands are paths of this machine; a provider that runs tools elsewhere makes the
 * directories given to {@link #share} visible under the same paths.
 */
public interface ToolchainProvider extends AutoCloseable {

  /** A short name for logs and messages. */
  String name();

  /**
   * Checks that the tools are there and returns their versions.
   *
   * @throws VerilatorBuildException in step {@link BuildStep#FIND_TOOLCHAIN}, saying how to install
   *     what is missing
   */
  ToolchainVersions versions();

  /** Makes these directories visible to later {@link #run} calls under the same paths. */
  default void share(Collection<Path> directories) {}

  /**
   * Runs a tool and waits for it at most {@code timeout}.
   *
   * @param step the build step, named in failures
   * @param tool the program
   * @param arguments its arguments
   * @param workDirectory the working directory
   * @param timeout how long to wait before the tool is killed
   * @return the exit code and output, also when the tool failed
   * @throws VerilatorBuildException when the tool cannot be started or times out
   */
  ToolResult run(
      BuildStep step, Tool tool, List<String> arguments, Path workDirectory, Duration timeout);

  /** Releases what the provider holds (a container, for instance). */
  @Override
  default void close() {}
}
