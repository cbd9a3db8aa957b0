package dev.oasis.sim.verilator;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads each simulation library once per path and keeps it for the life of the JVM.
 *
 * <p>A library is opened with {@code RTLD_LOCAL} and exports only the {@code oasis_sim_*} symbols
 * (a linker version script hides the rest), so several designs, even builds of the same top module
 * with different parameters, live side by side in one process.
 */
final class NativeLibraries {

  /** {@code RTLD_LAZY} without {@code RTLD_GLOBAL}. */
  private static final int RTLD_LAZY_LOCAL = 1;

  private static final Map<Path, OasisSimLibrary> LOADED = new ConcurrentHashMap<>();

  private NativeLibraries() {}

  /**
   * The library at {@code path}, loaded on first use.
   *
   * @throws SimulationException when the file is missing or is not a loadable library
   */
  static OasisSimLibrary load(Path path) {
    return LOADED.computeIfAbsent(path.toAbsolutePath().normalize(), NativeLibraries::open);
  }

  private static OasisSimLibrary open(Path path) {
    try {
      return Native.load(
          path.toString(),
          OasisSimLibrary.class,
          Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY_LOCAL));
    } catch (UnsatisfiedLinkError e) {
      throw new SimulationException(
          "dlopen",
          OasisSimLibrary.ESTATE,
          "cannot load simulation library " + path + ": " + e.getMessage());
    }
  }
}
