package dev.oasis.sim.verilator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Verilator, make and g++ from a container image, run through Testcontainers, for machines with a
 * Docker engine but without the Debian packages.
 *
 * <p>One long-lived container ({@code sleep infinity}) serves all commands; the directories given
 * to {@link #share} (the cache and the RTL directories) are bind-mounted at their own paths, so
 * commands and outputs use host paths unchanged. A command's working directory must lie in a shared
 * directory. Sharing a directory not mounted yet restarts the container.
 *
 * <p>Limits: the library is linked inside the container, against the image's C and C++ runtime, and
 * loads on this machine only when that runtime is not newer than the host's (an image of the host's
 * distribution is the safe choice). Files in the cache are written by the container's user.
 */
public final class ContainerToolchain implements ToolchainProvider {

  /** The image used when none is given. */
  public static final String DEFAULT_IMAGE = "verilator/verilator:v5.006";

  private static final Logger LOG = LoggerFactory.getLogger(ContainerToolchain.class);
  private static final Duration VERSION_TIMEOUT = Duration.ofMinutes(2);

  private final DockerImageName image;
  private final Set<Path> mounted = new LinkedHashSet<>();
  private final ExecutorService exec =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "oasis-container-exec");
            thread.setDaemon(true);
            return thread;
          });
  private GenericContainer<?> container;
  private ToolchainVersions versions;

  /** The toolchain of {@link #DEFAULT_IMAGE}. */
  public ContainerToolchain() {
    this(DEFAULT_IMAGE);
  }

  /** The toolchain of {@code image}, which must provide verilator, make and g++. */
  public ContainerToolchain(String image) {
    this.image = DockerImageName.parse(image);
  }

  /**
   * Whether a Docker engine answers, decided within {@code limit}; Testcontainers' probe runs on a
   * daemon thread and is abandoned after it.
   */
  public static boolean dockerAvailable(Duration limit) {
    ExecutorService probe =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "oasis-docker-probe");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Future<Boolean> answer =
          probe.submit(() -> DockerClientFactory.instance().isDockerAvailable());
      return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      LOG.debug("no Docker engine: {}", e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      probe.shutdownNow();
    }
  }

  @Override
  public String name() {
    return "container " + image.asCanonicalNameString();
  }

  @Override
  public synchronized ToolchainVersions versions() {
    if (versions == null) {
      String verilator = firstLine(Tool.VERILATOR, List.of("--version"));
      String compiler = firstLine(Tool.CXX, List.of("--version"));
      firstLine(Tool.MAKE, List.of("--version"));
      String root = firstLine(Tool.VERILATOR, List.of("--getenv", "VERILATOR_ROOT"));
      versions = new ToolchainVersions(verilator, compiler, root);
    }
    return versions;
  }

  @Override
  public synchronized void share(Collection<Path> directories) {
    Set<Path> wanted = new LinkedHashSet<>(mounted);
    directories.forEach(d -> wanted.add(d.toAbsolutePath().normalize()));
    if (!wanted.equals(mounted)) {
      stop();
      mounted.clear();
      mounted.addAll(wanted);
    }
  }

  @Override
  public synchronized ToolResult run(
      BuildStep step, Tool tool, List<String> arguments, Path workDirectory, Duration timeout) {
    GenericContainer<?> running = container(step);
    List<String> command = new ArrayList<>();
    command.addAll(List.of("sh", "-c", "cd \"$0\" && exec \"$@\"", workDirectory.toString()));
    command.add(tool.command());
    command.addAll(arguments);
    Future<ExecResult> result =
        exec.submit(() -> running.execInContainer(command.toArray(String[]::new)));
    List<String> shown = command.subList(4, command.size());
    try {
      ExecResult done = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new ToolResult(shown, done.getExitCode(), done.getStdout() + done.getStderr());
    } catch (TimeoutException e) {
      result.cancel(true);
      stop();
      throw new VerilatorBuildException(
          step,
          "timed out after "
              + timeout.toSeconds()
              + " s in "
              + name()
              + "; the container was stopped: "
              + String.join(" ", shown));
    } catch (ExecutionException e) {
      throw new VerilatorBuildException(
          step, "cannot run " + tool.command() + " in " + name() + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerilatorBuildException(step, "interrupted while running " + tool.command(), e);
    }
  }

  @Override
  public synchronized void close() {
    stop();
    exec.shutdownNow();
  }

  private GenericContainer<?> container(BuildStep step) {
    if (container == null) {
      GenericContainer<?> created =
          new GenericContainer<>(image)
              .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep"))
              .withCommand("infinity");
      for (Path directory : mounted) {
        created.withFileSystemBind(directory.toString(), directory.toString(), BindMode.READ_WRITE);
      }
      try {
        created.start();
      } catch (RuntimeException e) {
        throw new VerilatorBuildException(
            step,
            "cannot start " + name() + " (is a Docker engine running?): " + e.getMessage(),
            e);
      }
      container = created;
      LOG.debug("started {} with {} mounted", name(), mounted);
    }
    return container;
  }

  private void stop() {
    if (container != null) {
      container.stop();
      container = null;
    }
  }

  private String firstLine(Tool tool, List<String> arguments) {
    ToolResult result =
        run(BuildStep.FIND_TOOLCHAIN, tool, arguments, Path.of("/"), VERSION_TIMEOUT);
    if (!result.succeeded()) {
      throw new VerilatorBuildException(
          BuildStep.FIND_TOOLCHAIN,
          result.commandLine()
              + " exited with "
              + result.exitCode()
              + " in "
              + name()
              + ":\n"
              + result.head());
    }
    return result.output().strip().lines().findFirst().orElse("");
  }
}
