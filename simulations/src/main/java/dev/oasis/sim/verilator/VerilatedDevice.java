package dev.oasis.sim.verilator;

import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One running instance of a Verilated design, driven cycle by cycle from Java.
 *
 * <p>Packets go in through the {@linkplain #sink() sink driver} and come out through one {@link
 * AxisMonitor} per source; {@link #run} and {@link #runUntilQuiescent} clock the design while the
 * harness moves beats (in batches, so the cost per cycle stays in C++). Control registers are
 * reached with {@link #csrWrite} and {@link #csrRead}, each a complete AXI-Lite transaction. For
 * fine-grained tests, {@link #driveSink}, {@link #peekSource}, {@link #setSourceReady} and {@link
 * #step} work on single beats.
 *
 * <p>Cycles are counted from creation, reset cycles included. Every method checks the native result
 * and throws {@link SimulationException} naming the C function that failed. A device is used by one
 * thread at a time; {@link #close()} frees the native model (and finishes the VCD).
 */
public final class VerilatedDevice implements AutoCloseable {

  /** Reset length used by {@link #reset()}. */
  public static final int DEFAULT_RESET_CYCLES = 8;

  /** Default AXI-Lite response timeout. */
  public static final int DEFAULT_CSR_TIMEOUT_CYCLES = 1000;

  private final NativeSim sim;
  private final OasisSimLibrary lib;
  private final VerilatedModel model;
  private final DeviceInterface device;
  private final int dataBytes;
  private final AxisDriver sink;
  private final List<AxisMonitor> sources = new ArrayList<>();
  private final StreamRunner runner;
  private int csrTimeoutCycles = DEFAULT_CSR_TIMEOUT_CYCLES;

  private VerilatedDevice(OasisSimLibrary lib, VerilatedModel model, Pointer handle) {
    this.sim = new NativeSim(lib, model.top(), handle);
    this.lib = lib;
    this.model = model;
    this.device = model.deviceInterface();
    this.dataBytes = device.dataBytes();
    this.sink = new AxisDriver(sim, device.sink(), dataBytes);
    for (int i = 0; i < device.sources().size(); i++) {
      sources.add(new AxisMonitor(device.sources().get(i), i));
    }
    this.runner = new StreamRunner(sim, sink, sources, dataBytes);
  }

  static VerilatedDevice open(VerilatedModel model, Path vcdFile) {
    OasisSimLibrary lib = NativeLibraries.load(model.library());
    checkLibrary(lib, model);
    if (vcdFile != null && !model.traceBuilt()) {
      throw new SimulationException(
          "oasis_sim_create",
          OasisSimLibrary.ESTATE,
          "cannot write "
              + vcdFile
              + ": "
              + model.top()
              + " was built without tracing;"
              + " build it with VerilatorBuild.trace(true)");
    }
    if (vcdFile != null && vcdFile.getParent() != null && !Files.isDirectory(vcdFile.getParent())) {
      throw new SimulationException(
          "oasis_sim_create",
          OasisSimLibrary.EINVAL,
          "cannot write " + vcdFile + ": directory " + vcdFile.getParent() + " does not exist");
    }
    Pointer handle = lib.oasis_sim_create(vcdFile == null ? null : vcdFile.toString());
    if (handle == null) {
      throw new SimulationException(
          "oasis_sim_create", OasisSimLibrary.EFATAL, lib.oasis_sim_create_error());
    }
    return new VerilatedDevice(lib, model, handle);
  }

  private static void checkLibrary(OasisSimLibrary lib, VerilatedModel model) {
    long abi = lib.oasis_sim_info(OasisSimLibrary.INFO_ABI_VERSION);
    long bytes = lib.oasis_sim_info(OasisSimLibrary.INFO_DATA_BYTES);
    long count = lib.oasis_sim_info(OasisSimLibrary.INFO_SOURCE_COUNT);
    DeviceInterface device = model.deviceInterface();
    if (abi != OasisSimLibrary.ABI_VERSION
        || bytes != device.dataBytes()
        || count != device.sources().size()) {
      throw new SimulationException(
          "oasis_sim_info",
          OasisSimLibrary.ESTATE,
          model.library()
              + " has ABI "
              + abi
              + ", "
              + bytes
              + " bytes per beat and "
              + count
              + " sources; expected ABI "
              + OasisSimLibrary.ABI_VERSION
              + ", "
              + device.dataBytes()
              + " and "
              + device.sources().size());
    }
  }

  /** The model this device runs. */
  public VerilatedModel model() {
    return model;
  }

  /** The design's interface. */
  public DeviceInterface deviceInterface() {
    return device;
  }

  /** Holds {@code rst} high for {@link #DEFAULT_RESET_CYCLES} cycles. */
  public void reset() {
    reset(DEFAULT_RESET_CYCLES);
  }

  /**
   * Holds {@code rst} high for {@code cycles} cycles with {@code tvalid} low on the sink. Beats
   * still queued are offered again afterwards (the rest of a frame cut by the reset included);
   * nothing a source shows during reset is recorded, and a frame a source had begun is dropped and
   * counted by {@link AxisMonitor#abandonedFrames()}.
   */
  public void reset(int cycles) {
    sim.check("oasis_sim_reset", lib.oasis_sim_reset(sim.handle(), cycles));
    for (AxisMonitor monitor : sources) {
      monitor.assembler().abandonPartial();
    }
  }

  /** Clocks {@code cycles} cycles with the inputs as they are (queued beats still move). */
  public void step(int cycles) {
    sim.check("oasis_sim_step", lib.oasis_sim_step(sim.handle(), cycles));
    runner.drain();
  }

  /** Cycles since creation. */
  public long cycle() {
    return lib.oasis_sim_cycle(sim.handle());
  }

  /** The driver of the sink ({@code s_axis_*}). */
  public AxisDriver sink() {
    return sink;
  }

  /** The monitor of source {@code index} (0 is the main output). */
  public AxisMonitor source(int index) {
    if (index < 0 || index >= sources.size()) {
      throw new IllegalArgumentException(
          "source " + index + " out of range, " + model.top() + " has " + sources.size());
    }
    return sources.get(index);
  }

  /** The monitor of the source with this prefix, e.g. {@code m_axis_host_}. */
  public AxisMonitor source(String prefix) {
    int index =
        device
            .sourceIndex(prefix)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        model.top() + " has no source " + prefix + "; it has " + device.sources()));
    return sources.get(index);
  }

  /** Runs exactly {@code cycles} cycles, moving beats as the patterns allow. */
  public long run(long cycles) {
    return runner.advance(cycles, 0);
  }

  /**
   * Runs until the design has been idle for {@code idleCycles} consecutive cycles: no beat queued
   * or offered on the sink and no {@code tvalid} on any source.
   *
   * @return the cycles run
   * @throws SimulationException when the design is still busy after {@code maxCycles}, naming what
   *     is stuck
   */
  public long runUntilQuiescent(int idleCycles, long maxCycles) {
    if (idleCycles < 1) {
      throw new IllegalArgumentException("idle cycles " + idleCycles + " is not positive");
    }
    long ran = runner.advance(maxCycles, idleCycles);
    if (!quiescent(idleCycles)) {
      throw new SimulationException(
          "runUntilQuiescent",
          0,
          "not quiescent after " + ran + " cycles: " + runner.busyReasons());
    }
    return ran;
  }

  /** Whether the design has been idle for at least {@code idleCycles} cycles. */
  public boolean quiescent(int idleCycles) {
    return sim.check("oasis_sim_quiescent", lib.oasis_sim_quiescent(sim.handle(), idleCycles)) == 1;
  }

  /** Sets how many cycles an AXI-Lite transaction may take before it fails (default 1000). */
  public void csrTimeout(int cycles) {
    if (cycles < 1) {
      throw new IllegalArgumentException("CSR timeout " + cycles + " cycles is not positive");
    }
    csrTimeoutCycles = cycles;
  }

  /**
   * Writes a 32-bit register through AXI-Lite (all byte strobes set).
   *
   * @throws SimulationException on a timeout or an error response, naming the address
   */
  public void csrWrite(long address, int value) {
    checkAddress(address);
    int[] resp = new int[1];
    int rc =
        lib.oasis_sim_axil_write(sim.handle(), (int) address, value, 0xf, csrTimeoutCycles, resp);
    sim.check("oasis_sim_axil_write", rc);
    runner.drain();
    checkResponse("oasis_sim_axil_write", "write", address, resp[0]);
  }

  /**
   * Reads a 32-bit register through AXI-Lite.
   *
   * @throws SimulationException on a timeout or an error response, naming the address
   */
  public int csrRead(long address) {
    checkAddress(address);
    int[] data = new int[1];
    int[] resp = new int[1];
    int rc = lib.oasis_sim_axil_read(sim.handle(), (int) address, data, csrTimeoutCycles, resp);
    sim.check("oasis_sim_axil_read", rc);
    runner.drain();
    checkResponse("oasis_sim_axil_read", "read", address, resp[0]);
    return data[0];
  }

  /**
   * Drives one beat on the sink directly; it stays on the port until changed. Only while no frame
   * is queued.
   */
  public void driveSink(AxisBeat beat) {
    byte[] data = beat.data();
    if (data.length > dataBytes) {
      throw new IllegalArgumentException(
          "beat of " + data.length + " bytes, the sink carries " + dataBytes);
    }
    int rc =
        lib.oasis_sim_sink_drive(
            sim.handle(),
            data,
            data.length,
            beat.keep(),
            beat.last() ? 1 : 0,
            beat.user(),
            beat.valid() ? 1 : 0);
    sim.check("oasis_sim_sink_drive", rc);
  }

  /** The sink's {@code tready} with the current inputs. */
  public boolean sinkReady() {
    return sim.check("oasis_sim_sink_ready", lib.oasis_sim_sink_ready(sim.handle())) == 1;
  }

  /** Sets a source's {@code tready} for {@link #step} and CSR transactions. */
  public void setSourceReady(int source, boolean ready) {
    source(source);
    sim.check(
        "oasis_sim_source_set_ready",
        lib.oasis_sim_source_set_ready(sim.handle(), source, ready ? 1 : 0));
  }

  /** What a source shows with the current inputs. */
  public AxisBeat peekSource(int source) {
    source(source);
    byte[] record = new byte[BeatRecords.size(dataBytes)];
    int valid =
        sim.check("oasis_sim_source_peek", lib.oasis_sim_source_peek(sim.handle(), source, record));
    AxisBeat beat = BeatRecords.beat(record, 0, dataBytes);
    return new AxisBeat(beat.data(), beat.keep(), beat.last(), beat.user(), valid == 1);
  }

  /** Flushes the VCD file, if any, so that it can be read while the device runs. */
  public void flushTrace() {
    sim.check("oasis_sim_trace_flush", lib.oasis_sim_trace_flush(sim.handle()));
  }

  /** Frees the native model and closes the VCD file; later calls fail. */
  @Override
  public void close() {
    sim.close();
  }

  private void checkAddress(long address) {
    if (!device.hasAxiLite()) {
      throw new IllegalStateException(model.top() + " has no AXI-Lite slave");
    }
    long limit = 1L << device.axiLiteAddressWidth();
    if (address < 0 || address >= limit) {
      throw new IllegalArgumentException(
          String.format(
              "CSR address 0x%x out of range for a %d-bit AXI-Lite address",
              address, device.axiLiteAddressWidth()));
    }
  }

  private static void checkResponse(String call, String what, long address, int resp) {
    if (resp != 0) {
      String name =
          switch (resp) {
            case 1 -> "EXOKAY";
            case 2 -> "SLVERR";
            case 3 -> "DECERR";
            default -> "response " + resp;
          };
      throw new SimulationException(
          call,
          0,
          String.format(
              "AXI-Lite %s at address 0x%08x: the slave answered %s", what, address, name));
    }
  }
}
