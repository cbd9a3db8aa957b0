package dev.oasis.sim.verilator;

import com.sun.jna.Pointer;

/** One native model handle and the library it came from; checks every result, naming the call. */
final class NativeSim {

  private final OasisSimLibrary lib;
  private final String top;
  private Pointer handle;

  NativeSim(OasisSimLibrary lib, String top, Pointer handle) {
    this.lib = lib;
    this.top = top;
    this.handle = handle;
  }

  OasisSimLibrary lib() {
    return lib;
  }

  /** The handle; fails once the model is destroyed. */
  Pointer handle() {
    if (handle == null) {
      throw new IllegalStateException("device " + top + " is closed");
    }
    return handle;
  }

  /** Returns a non-negative result; throws for a negative one with the harness's message. */
  int check(String call, int result) {
    if (result < 0) {
      throw new SimulationException(call, result, lib.oasis_sim_error(handle));
    }
    return result;
  }

  /** Destroys the model; later calls fail, a second close does nothing. */
  void close() {
    if (handle != null) {
      lib.oasis_sim_destroy(handle);
      handle = null;
    }
  }
}
