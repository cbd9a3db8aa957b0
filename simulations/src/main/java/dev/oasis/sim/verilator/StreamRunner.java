package dev.oasis.sim.verilator;

import java.util.ArrayList;
import java.util.List;

/**
 * Clocks a device in chunks of cycles while the harness moves beats: builds each chunk's handshake
 * masks from the driver's and monitors' patterns, runs it in one native call and hands the
 * transferred beats to the monitors.
 */
final class StreamRunner {

  private static final int CHUNK_CYCLES = 4096;
  private static final int POP_RECORDS = 256;

  private final NativeSim sim;
  private final AxisDriver sink;
  private final List<AxisMonitor> sources;
  private final int dataBytes;
  private final byte[] popBuffer;

  StreamRunner(NativeSim sim, AxisDriver sink, List<AxisMonitor> sources, int dataBytes) {
    this.sim = sim;
    this.sink = sink;
    this.sources = List.copyOf(sources);
    this.dataBytes = dataBytes;
    this.popBuffer = new byte[POP_RECORDS * BeatRecords.size(dataBytes)];
  }

  /**
   * Runs up to {@code cycles} cycles, stopping early once the design has been idle for {@code
   * stopAfterIdle} cycles (0: never).
   *
   * @return the cycles run
   */
  long advance(long cycles, int stopAfterIdle) {
    if (cycles < 0) {
      throw new IllegalArgumentException("cycles " + cycles + " is negative");
    }
    long done = 0;
    while (done < cycles) {
      int chunk = (int) Math.min(CHUNK_CYCLES, cycles - done);
      long start = sim.lib().oasis_sim_cycle(sim.handle());
      byte[] validMask = mask(List.of(sink.validPattern()), start, chunk);
      byte[] readyMasks =
          mask(sources.stream().map(AxisMonitor::readyPattern).toList(), start, chunk);
      int ran =
          sim.check(
              "oasis_sim_run",
              sim.lib().oasis_sim_run(sim.handle(), chunk, validMask, readyMasks, stopAfterIdle));
      done += ran;
      drain();
      if (ran < chunk) {
        break;
      }
    }
    return done;
  }

  /** Hands every beat the sources transferred so far to their monitors. */
  void drain() {
    for (AxisMonitor monitor : sources) {
      int n;
      do {
        n =
            sim.check(
                "oasis_sim_source_pop",
                sim.lib()
                    .oasis_sim_source_pop(sim.handle(), monitor.index(), popBuffer, POP_RECORDS));
        for (int i = 0; i < n; i++) {
          BeatRecords.addTo(monitor.assembler(), popBuffer, i, dataBytes);
        }
      } while (n == POP_RECORDS);
    }
  }

  /** Why the design is not idle, for an error message. */
  String busyReasons() {
    List<String> reasons = new ArrayList<>();
    int pending = sink.pendingBeats();
    if (pending > 0) {
      boolean ready = sim.lib().oasis_sim_sink_ready(sim.handle()) == 1;
      reasons.add(
          pending + " beats still wait on " + sink.port().name() + " (tready=" + ready + ")");
    }
    byte[] record = new byte[BeatRecords.size(dataBytes)];
    for (AxisMonitor monitor : sources) {
      if (sim.lib().oasis_sim_source_peek(sim.handle(), monitor.index(), record) == 1) {
        reasons.add(monitor.port().name() + " holds tvalid");
      }
    }
    if (reasons.isEmpty()) {
      reasons.add("a source showed tvalid within the last cycles");
    }
    return String.join(", ", reasons);
  }

  /** Cycle-major masks of several patterns, or null when every pattern is always high. */
  private static byte[] mask(List<HandshakePattern> patterns, long start, int cycles) {
    boolean always = patterns.stream().allMatch(p -> p == Patterns.ALWAYS);
    if (always) {
      return null;
    }
    int n = patterns.size();
    byte[] mask = new byte[cycles * n];
    for (int c = 0; c < cycles; c++) {
      for (int s = 0; s < n; s++) {
        mask[c * n + s] = (byte) (patterns.get(s).high(start + c) ? 1 : 0);
      }
    }
    return mask;
  }
}
