package dev.oasis.sim.verilator;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The raw C ABI of a simulation library ({@code oasis_sim.h}), one method per C function and no
 * logic. Use {@link VerilatedDevice}, which checks every result; libraries are loaded by {@link
 * VerilatedModel#open()}.
 */
public interface OasisSimLibrary extends Library {

  /** The C ABI version this interface mirrors. */
  int ABI_VERSION = 1;

  /** Size of a beat record before its {@code tdata} bytes. */
  int RECORD_HEADER = 32;

  /** An argument is out of range. */
  int EINVAL = -1;

  /** An AXI-Lite transaction got no response in time. */
  int ETIMEOUT = -2;

  /** The design stopped ($finish, $stop, $fatal or a Verilator runtime error). */
  int EFATAL = -3;

  /** The call does not fit the current state. */
  int ESTATE = -4;

  /** {@link #oasis_sim_info} key: the ABI version. */
  int INFO_ABI_VERSION = 0;

  /** {@link #oasis_sim_info} key: bytes per beat. */
  int INFO_DATA_BYTES = 1;

  /** {@link #oasis_sim_info} key: the number of sources. */
  int INFO_SOURCE_COUNT = 2;

  /** {@link #oasis_sim_info} key: 1 when the design has an AXI-Lite slave. */
  int INFO_HAS_AXIL = 3;

  /** {@link #oasis_sim_info} key: 1 when the library was built with tracing. */
  int INFO_TRACE_BUILT = 4;

  long oasis_sim_info(int key);

  Pointer oasis_sim_create(String vcdPath);

  String oasis_sim_create_error();

  void oasis_sim_destroy(Pointer sim);

  String oasis_sim_error(Pointer sim);

  int oasis_sim_reset(Pointer sim, int cycles);

  int oasis_sim_step(Pointer sim, int cycles);

  long oasis_sim_cycle(Pointer sim);

  int oasis_sim_trace_flush(Pointer sim);

  int oasis_sim_sink_drive(
      Pointer sim, byte[] data, int length, long keep, int last, long user, int valid);

  int oasis_sim_sink_ready(Pointer sim);

  int oasis_sim_source_set_ready(Pointer sim, int source, int ready);

  int oasis_sim_source_peek(Pointer sim, int source, byte[] record);

  int oasis_sim_sink_push(Pointer sim, byte[] records, int count);

  int oasis_sim_sink_pending(Pointer sim);

  int oasis_sim_sink_frames_pop(Pointer sim, long[] cycles, int maxFrames);

  int oasis_sim_source_pop(Pointer sim, int source, byte[] records, int maxRecords);

  int oasis_sim_run(
      Pointer sim, int cycles, byte[] validMask, byte[] readyMasks, int stopAfterIdle);

  long oasis_sim_idle_cycles(Pointer sim);

  int oasis_sim_quiescent(Pointer sim, int minIdleCycles);

  int oasis_sim_axil_write(
      Pointer sim, int addr, int data, int strb, int timeoutCycles, int[] resp);

  int oasis_sim_axil_read(Pointer sim, int addr, int[] data, int timeoutCycles, int[] resp);
}
