package dev.oasis.sim.verilator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The toolchain installed on this machine: Debian's {@code verilator}, {@code make} and {@code g++}
 * from the {@code PATH}.
 *
 * <p>Tools run as child processes through {@link ToolProcess}: killed, with their children, when
 * they exceed the timeout.
 */
public final class LocalToolchain implements ToolchainProvider {

  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

  private static final LocalToolchain SHARED = new LocalToolchain();

  private final Map<Tool, String> commands = new EnumMap<>(Tool.class);
  private ToolchainVersions versions;

  /** The tools of the {@code PATH}. */
  public LocalToolchain() {
    for (Tool tool : Tool.values()) {
      commands.put(tool, tool.command());
    }
  }

  /** The tools of the {@code PATH}, except Verilator, which is run as {@code verilatorCommand}. */
  public LocalToolchain(String verilatorCommand) {
    this();
    commands.put(Tool.VERILATOR, verilatorCommand);
  }

  /** The instance builds use by default; it asks the tools for their versions once. */
  public static LocalToolchain shared() {
    return SHARED;
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public synchronized ToolchainVersions versions() {
    if (versions == null) {
      Path here = Path.of(".").toAbsolutePath();
      String verilator = firstLine(Tool.VERILATOR, List.of("--version"), here);
      String compiler = firstLine(Tool.CXX, List.of("--version"), here);
      firstLine(Tool.MAKE, List.of("--version"), here);
      String root = firstLine(Tool.VERILATOR, List.of("--getenv", "VERILATOR_ROOT"), here);
      versions = new ToolchainVersions(verilator, compiler, root);
    }
    return versions;
  }

  @Override
  public ToolResult run(
      BuildStep step, Tool tool, List<String> arguments, Path workDirectory, Duration timeout) {
    List<String> command = new ArrayList<>();
    command.add(commands.get(tool));
    command.addAll(arguments);
    try {
      return ToolProcess.run(command, workDirectory, timeout);
    } catch (TimeoutException e) {
      throw new VerilatorBuildException(step, e.getMessage(), e);
    } catch (IOException e) {
      if (!Files.isDirectory(workDirectory)) {
        throw new VerilatorBuildException(
            step, "working directory " + workDirectory + " does not exist", e);
      }
      throw new VerilatorBuildException(step, notInstalled(tool, command.get(0), e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerilatorBuildException(step, "interrupted while running " + command.get(0), e);
    }
  }

  private String firstLine(Tool tool, List<String> arguments, Path workDirectory) {
    ToolResult result =
        run(BuildStep.FIND_TOOLCHAIN, tool, arguments, workDirectory, VERSION_TIMEOUT);
    if (!result.succeeded()) {
      throw new VerilatorBuildException(
          BuildStep.FIND_TOOLCHAIN,
          result.commandLine() + " exited with " + result.exitCode() + ":\n" + result.head());
    }
    return result.output().strip().lines().findFirst().orElse("");
  }

  private static String notInstalled(Tool tool, String command, IOException cause) {
    return tool.command()
        + " is not installed (cannot run '"
        + command
        + "': "
        + cause.getMessage()
        + "): install it with `apt-get install "
        + tool.debianPackage()
        + "`";
  }
}
