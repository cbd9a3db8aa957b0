package dev.oasis.sim.verilator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds RTL with Verilator into a simulation library that {@link VerilatedDevice} drives.
 *
 * <pre>{@code
 * VerilatedModel model =
 *     VerilatorBuild.of("axis_slice", DeviceInterface.streams(64, 8), List.of(rtl))
 *         .parameter("DATA_WIDTH", 64)
 *         .build();
 * try (VerilatedDevice device = model.open()) { ... }
 * }</pre>
 *
 * <p>The steps, each named in a failure ({@link BuildStep}):
 *
 * <ol>
 *   <li>{@code verilator --xml-only}: parse the RTL and list the top module's ports;
 *   <li>check them against the {@link DeviceInterface};
 *   <li>write the harness sources and the generated glue header;
 *   <li>{@code verilator --cc --build -O2 -Wall [--trace]}: translate and compile the design;
 *   <li>{@code make}: compile the Verilator runtime, once per toolchain and tracing choice;
 *   <li>{@code g++ -shared}: link harness, design and runtime into one {@code .so} exporting only
 *       the {@code oasis_sim_*} functions.
 * </ol>
 *
 * <p>The result is cached under a content hash of everything that goes into it ({@link
 * #contentHash()}): the RTL files' names and bytes, the top module, the interface, parameters,
 * flags, the harness sources and the tool versions. A second build of the same inputs returns the
 * cached library without running any tool but {@code --version}. RTL pulled in by {@code `include}
 * is not hashed: list every file.
 */
public final class VerilatorBuild {

  private static final Logger LOG = LoggerFactory.getLogger(VerilatorBuild.class);

  /** Build format version: change it when the build recipe changes. */
  private static final String RECIPE = "oasis-verilator-build 1";

  private static final String RESOURCES = "/dev/oasis/sim/verilator/harness/";
  private static final List<String> HARNESS_FILES =
      List.of(
          "oasis_sim.h", "oasis_ports.h", "oasis_engine.h", "oasis_harness.cpp", "oasis_sim.map");

  /** Verilator's fatal paths throw into the harness instead of aborting the JVM. */
  private static final List<String> USER_HOOKS =
      List.of("-DVL_USER_FATAL", "-DVL_USER_STOP", "-DVL_USER_FINISH");

  private static final String OPTIMIZATION = "-O2";

  private final String top;
  private final DeviceInterface device;
  private final List<Path> rtlFiles;
  private final Map<String, String> parameters = new TreeMap<>();
  private final List<String> extraFlags = new ArrayList<>();
  private boolean trace;
  private Path cacheDirectory;
  private ToolchainProvider toolchain;
  private Duration stepTimeout = Duration.ofMinutes(10);

  private VerilatorBuild(String top, DeviceInterface device, List<Path> rtlFiles) {
    if (!top.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("top module name '" + top + "' is not an identifier");
    }
    if (rtlFiles.isEmpty()) {
      throw new IllegalArgumentException("no RTL files for top module " + top);
    }
    this.top = top;
    this.device = device;
    this.rtlFiles = rtlFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** A build of top module {@code top} from these Verilog files, checked against {@code device}. */
  public static VerilatorBuild of(String top, DeviceInterface device, List<Path> rtlFiles) {
    return new VerilatorBuild(top, device, List.copyOf(rtlFiles));
  }

  /** Overrides a parameter of the top module ({@code -Gname=value}). */
  public VerilatorBuild parameter(String name, long value) {
    parameters.put(name, Long.toString(value));
    return this;
  }

  /** Builds with VCD tracing support ({@code --trace}), needed by {@link VerilatedModel#open}. */
  public VerilatorBuild trace(boolean enabled) {
    this.trace = enabled;
    return this;
  }

  /** Adds a Verilator flag, such as {@code -Wno-UNUSEDSIGNAL}. */
  public VerilatorBuild flag(String flag) {
    extraFlags.add(flag);
    return this;
  }

  /** Uses this cache directory instead of the default ({@code oasis.sim.cache} and so on). */
  public VerilatorBuild cacheDirectory(Path directory) {
    this.cacheDirectory = directory;
    return this;
  }

  /** Runs the tools with this provider instead of the local one. */
  public VerilatorBuild toolchain(ToolchainProvider provider) {
    this.toolchain = provider;
    return this;
  }

  /** Kills a tool that runs longer than this (default 10 minutes). */
  public VerilatorBuild stepTimeout(Duration timeout) {
    this.stepTimeout = timeout;
    return this;
  }

  /** The content hash naming this build in the cache (asks the toolchain for its versions). */
  public String contentHash() {
    ToolchainVersions versions = toolchain().versions();
    ContentHash hash = new ContentHash();
    hash.add("recipe", RECIPE);
    hash.add("toolchain", toolchain().name());
    hash.add("verilator", versions.verilator());
    hash.add("compiler", versions.compiler());
    hash.add("top", top);
    hash.add("interface", device.describe());
    hash.add("parameters", parameters.toString());
    hash.add("flags", String.join(" ", verilatorFlags()));
    for (String file : HARNESS_FILES) {
      hash.add(file, resource(file));
    }
    for (Path file : rtlFiles) {
      hash.add("rtl " + file.getFileName(), readRtl(file));
    }
    return top + "-" + hash.hex(20);
  }

  /**
   * Builds the library, or finds it in the cache.
   *
   * @throws VerilatorBuildException naming the failed step, with the tool's first output lines
   */
  public VerilatedModel build() {
    ToolchainProvider tools = toolchain();
    BuildCache cache = new BuildCache(cacheDirectory != null ? cacheDirectory : defaultCache());
    List<Path> shared = new ArrayList<>();
    shared.add(cache.root());
    rtlFiles.forEach(f -> shared.add(f.getParent()));
    tools.share(shared);

    String key = contentHash();
    long start = System.nanoTime();
    boolean built = cache.getOrFill(key, lockWait(), dir -> buildInto(dir, tools, cache));
    Path entry = cache.entry(key);
    if (built) {
      LOG.info("built {} in {} ms into {}", top, (System.nanoTime() - start) / 1_000_000, entry);
    } else {
      LOG.debug("found {} in the cache: {}", top, entry);
    }
    return new VerilatedModel(top, device, entry.resolve(libraryName()), trace, !built, key);
  }

  private void buildInto(Path dir, ToolchainProvider tools, BuildCache cache) throws IOException {
    BuildLog log = new BuildLog();

    // 1, 2. Read the top module's ports and check them against the interface.
    Path xmlDir = dir.resolve("xml");
    List<String> xmlArgs = new ArrayList<>(List.of("--xml-only", "--top-module", top));
    xmlArgs.addAll(parameterFlags());
    xmlArgs.addAll(List.of("--Mdir", xmlDir.toString()));
    rtlFiles.forEach(f -> xmlArgs.add(f.toString()));
    runTool(log, tools, BuildStep.READ_PORTS, Tool.VERILATOR, xmlArgs, dir);
    Map<String, TopPort> ports = TopPorts.read(xmlDir.resolve("V" + top + ".xml"));
    List<String> problems = TopPorts.problems(device, ports);
    if (!problems.isEmpty()) {
      throw new VerilatorBuildException(
          BuildStep.CHECK_PORTS,
          "top module "
              + top
              + " does not have the Oasis interface ("
              + device.describe()
              + "):\n  "
              + String.join("\n  ", problems));
    }
    List<String> undriven = TopPorts.undriven(device, ports);
    if (!undriven.isEmpty()) {
      LOG.warn("{}: inputs outside the Oasis interface stay at zero: {}", top, undriven);
    }

    // 3. Harness sources and the glue for this design.
    Path harness = Files.createDirectories(dir.resolve("harness"));
    for (String file : HARNESS_FILES) {
      Files.write(harness.resolve(file), resource(file));
    }
    String glue = GlueSource.generate(top, device, ports.keySet());
    Files.writeString(harness.resolve("oasis_glue.h"), glue, StandardCharsets.UTF_8);

    // 4. Verilate and compile the design.
    Path obj = dir.resolve("obj");
    List<String> args = new ArrayList<>(List.of("--cc", "--build"));
    args.addAll(verilatorFlags());
    args.addAll(List.of("--top-module", top, "--Mdir", obj.toString(), "-j", jobs()));
    args.addAll(parameterFlags());
    rtlFiles.forEach(f -> args.add(f.toString()));
    runTool(log, tools, BuildStep.VERILATE, Tool.VERILATOR, args, dir);

    // 5. The Verilator runtime, shared by every design of this toolchain and tracing choice.
    Path runtime = runtime(tools, cache, obj, log);

    // 6. Link everything into one shared library.
    runTool(log, tools, BuildStep.LINK, Tool.CXX, linkArgs(dir, runtime), dir);

    Files.writeString(dir.resolve("build.log"), log.text(), StandardCharsets.UTF_8);
    BuildCache.deleteTree(obj);
    BuildCache.deleteTree(xmlDir);
  }

  private void runTool(
      BuildLog log,
      ToolchainProvider tools,
      BuildStep step,
      Tool tool,
      List<String> args,
      Path workDirectory) {
    long start = System.nanoTime();
    ToolResult result = tools.run(step, tool, args, workDirectory, stepTimeout);
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.debug("{}: {} took {} ms", top, step.description(), millis);
    log.require(step, result, millis);
  }

  private Path runtime(ToolchainProvider tools, BuildCache cache, Path obj, BuildLog log) {
    ToolchainVersions versions = tools.versions();
    ContentHash hash = new ContentHash();
    hash.add("recipe", RECIPE);
    hash.add("toolchain", tools.name());
    hash.add("verilator", versions.verilator());
    hash.add("compiler", versions.compiler());
    hash.add("flags", String.join(" ", verilatorFlags()));
    String key = "runtime-" + hash.hex(20);
    List<String> objects = runtimeObjects();
    cache.getOrFill(
        key,
        lockWait(),
        dir -> {
          List<String> args =
              new ArrayList<>(List.of("-C", obj.toString(), "-f", "V" + top + ".mk"));
          args.add("-j" + jobs());
          args.add("OPT_GLOBAL=" + OPTIMIZATION);
          args.addAll(objects);
          runTool(log, tools, BuildStep.BUILD_RUNTIME, Tool.MAKE, args, obj);
          for (String object : objects) {
            Files.copy(obj.resolve(object), dir.resolve(object));
          }
        });
    return cache.entry(key);
  }

  private List<String> runtimeObjects() {
    List<String> objects = new ArrayList<>(List.of("verilated.o", "verilated_threads.o"));
    if (trace) {
      objects.add("verilated_vcd_c.o");
    }
    return objects;
  }

  private List<String> linkArgs(Path dir, Path runtime) {
    String root = toolchain().versions().verilatorRoot();
    Path harness = dir.resolve("harness");
    Path obj = dir.resolve("obj");
    List<String> args = new ArrayList<>(List.of("-shared", "-fPIC", OPTIMIZATION, "-std=c++17"));
    args.addAll(List.of("-faligned-new", "-Wall", "-Wextra"));
    args.addAll(List.of("-DVM_COVERAGE=0", "-DVM_SC=0", "-DVM_TRACE_FST=0"));
    args.add("-DVM_TRACE=" + (trace ? 1 : 0));
    args.add("-DVM_TRACE_VCD=" + (trace ? 1 : 0));
    args.addAll(USER_HOOKS);
    args.addAll(List.of("-I" + harness, "-I" + obj));
    args.addAll(List.of("-isystem", root + "/include", "-isystem", root + "/include/vltstd"));
    args.add(harness.resolve("oasis_harness.cpp").toString());
    args.add(obj.resolve("V" + top + "__ALL.a").toString());
    runtimeObjects().forEach(o -> args.add(runtime.resolve(o).toString()));
    args.add("-Wl,--version-script=" + harness.resolve("oasis_sim.map"));
    args.addAll(List.of("-Wl,-z,defs", "-pthread", "-latomic"));
    args.addAll(List.of("-o", dir.resolve(libraryName()).toString()));
    return args;
  }

  private List<String> verilatorFlags() {
    List<String> flags = new ArrayList<>(List.of(OPTIMIZATION, "-Wall"));
    if (trace) {
      flags.add("--trace");
    }
    flags.addAll(List.of("-CFLAGS", "-fPIC"));
    for (String hook : USER_HOOKS) {
      flags.addAll(List.of("-CFLAGS", hook));
    }
    flags.addAll(List.of("-MAKEFLAGS", "OPT_FAST=" + OPTIMIZATION));
    flags.addAll(List.of("-MAKEFLAGS", "OPT_SLOW=" + OPTIMIZATION));
    flags.addAll(extraFlags);
    return flags;
  }

  private List<String> parameterFlags() {
    List<String> flags = new ArrayList<>();
    parameters.forEach((name, value) -> flags.add("-G" + name + "=" + value));
    return flags;
  }

  private String libraryName() {
    return "liboasis_sim_" + top + ".so";
  }

  private ToolchainProvider toolchain() {
    if (toolchain == null) {
      toolchain = LocalToolchain.shared();
    }
    return toolchain;
  }

  private Duration lockWait() {
    return stepTimeout.multipliedBy(4);
  }

  private static Path defaultCache() {
    return BuildCache.defaultDirectory();
  }

  private static String jobs() {
    return Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  private static byte[] resource(String file) {
    try (var in = VerilatorBuild.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("harness resource " + file + " missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read harness resource " + file, e);
    }
  }

  private static byte[] readRtl(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new VerilatorBuildException(
          BuildStep.READ_PORTS, "cannot read RTL file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The commands of one build and what they printed, kept as build.log beside the library. */
  private static final class BuildLog {
    private final StringBuilder text = new StringBuilder();

    /** Records the run and throws when the tool failed, quoting its first lines. */
    void require(BuildStep step, ToolResult result, long millis) {
      text.append("$ ").append(result.commandLine()).append('\n').append(result.output());
      text.append("(exit ").append(result.exitCode()).append(", ").append(millis);
      text.append(" ms)\n\n");
      if (!result.succeeded()) {
        throw new VerilatorBuildException(
            step,
            result.command().get(0) + " exited with " + result.exitCode() + ":\n" + result.head());
      }
    }

    String text() {
      return text.toString();
    }
  }
}
