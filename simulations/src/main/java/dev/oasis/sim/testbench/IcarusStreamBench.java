package dev.oasis.sim.testbench;

import dev.oasis.sim.verilator.AxisBeat;
import dev.oasis.sim.verilator.AxisFrame;
import dev.oasis.sim.verilator.DeviceInterface;
import dev.oasis.sim.verilator.FrameAssembler;
import dev.oasis.sim.verilator.HandshakePattern;
import dev.oasis.sim.verilator.StreamPort;
import dev.oasis.sim.verilator.TimedFrame;
import dev.oasis.sim.verilator.ToolProcess;
import dev.oasis.sim.verilator.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * Runs a design with the Oasis stream interface under Icarus Verilog, as a second simulator beside
 * Verilator.
 *
 * <p>The bench writes the input frames as beats to a hex file, the sink's valid pattern and the
 * first source's ready pattern as one bit per cycle, and runs a generic Verilog testbench ({@code
 * oasis_axis_bench.v}) that replays them with the same cycle discipline as the Verilator harness
 * and records what the first source hands over. Given the same frames and patterns, both simulators
 * must report the same frames in the same cycles. Other sources are held ready and not recorded; an
 * AXI-Lite slave is left idle.
 */
public final class IcarusStreamBench {

  private static final String BENCH = "/dev/oasis/sim/testbench/oasis_axis_bench.v";
  private static final String DUT_MARKER = "/*@DUT@*/";

  private final String top;
  private final DeviceInterface device;
  private final List<Path> rtlFiles;
  private final Map<String, Long> parameters = new TreeMap<>();
  private Duration timeout = Duration.ofMinutes(5);

  private IcarusStreamBench(String top, DeviceInterface device, List<Path> rtlFiles) {
    this.top = top;
    this.device = device;
    this.rtlFiles = List.copyOf(rtlFiles);
  }

  /** A bench for top module {@code top} from these Verilog files. */
  public static IcarusStreamBench of(String top, DeviceInterface device, List<Path> rtlFiles) {
    return new IcarusStreamBench(top, device, rtlFiles);
  }

  /** Overrides a parameter of the top module. */
  public IcarusStreamBench parameter(String name, long value) {
    parameters.put(name, value);
    return this;
  }

  /** Kills iverilog or vvp when one runs longer than this (default 5 minutes). */
  public IcarusStreamBench timeout(Duration limit) {
    this.timeout = limit;
    return this;
  }

  /**
   * Resets the design for {@code resetCycles}, then runs until cycle {@code cycles} (reset
   * included), feeding {@code frames} into the sink.
   *
   * @param workDirectory where the bench's files go; must exist
   * @param valid in which cycles the sink may offer a new beat
   * @param ready in which cycles the first source is ready
   * @return the frames the first source handed over, with their cycles
   * @throws IcarusBenchException when a tool is missing, fails or times out, or its output is not
   *     what the bench writes
   */
  public List<TimedFrame> run(
      Path workDirectory,
      List<AxisFrame> frames,
      HandshakePattern valid,
      HandshakePattern ready,
      int resetCycles,
      int cycles) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("no frames to send");
    }
    if (resetCycles < 1 || cycles <= resetCycles) {
      throw new IllegalArgumentException(
          "reset cycles "
              + resetCycles
              + " and cycles "
              + cycles
              + ": expected 1 <= reset < cycles");
    }
    try {
      Path beats = workDirectory.resolve("beats.hex");
      int beatCount = writeBeats(beats, frames);
      writeMask(workDirectory.resolve("valid.hex"), valid, cycles);
      writeMask(workDirectory.resolve("ready.hex"), ready, cycles);
      Path bench = workDirectory.resolve("oasis_axis_bench.v");
      Files.writeString(bench, benchSource(), StandardCharsets.UTF_8);

      List<String> compile = new ArrayList<>(List.of("iverilog", "-g2005", "-Wall"));
      compile.addAll(List.of("-s", "oasis_axis_bench", "-o", "bench.vvp"));
      compile.add("-Poasis_axis_bench.DATA_WIDTH=" + device.dataWidth());
      compile.add("-Poasis_axis_bench.USER_WIDTH=" + benchUserWidth());
      compile.add("-Poasis_axis_bench.NUM_BEATS=" + beatCount);
      compile.add("-Poasis_axis_bench.NUM_CYCLES=" + cycles);
      compile.add("-Poasis_axis_bench.RESET_CYCLES=" + resetCycles);
      compile.add(bench.toString());
      rtlFiles.forEach(f -> compile.add(f.toAbsolutePath().toString()));
      require(run(compile, workDirectory), "iverilog");

      Path out = workDirectory.resolve("out.txt");
      List<String> simulate = new ArrayList<>(List.of("vvp", "-n", "bench.vvp"));
      simulate.addAll(List.of("+beats=" + beats, "+valid=" + workDirectory.resolve("valid.hex")));
      simulate.addAll(List.of("+ready=" + workDirectory.resolve("ready.hex"), "+out=" + out));
      ToolResult result = require(run(simulate, workDirectory), "vvp");
      if (!result.output().contains("OASIS-BENCH-DONE")) {
        throw new IcarusBenchException("vvp did not finish the bench:\n" + result.head());
      }
      return readFrames(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bench files in " + workDirectory, e);
    }
  }

  private int writeBeats(Path file, List<AxisFrame> frames) throws IOException {
    int dataBytes = device.dataBytes();
    int userWidth = benchUserWidth();
    int width = 1 + userWidth + dataBytes + device.dataWidth();
    int digits = (width + 3) / 4;
    int count = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (AxisFrame frame : frames) {
        byte[] data = frame.data();
        int beats = frame.beats(dataBytes);
        for (int i = 0; i < beats; i++) {
          int offset = i * dataBytes;
          int length = Math.min(dataBytes, data.length - offset);
          BigInteger line = littleEndian(data, offset, length);
          BigInteger keep = BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE);
          line = line.or(keep.shiftLeft(device.dataWidth()));
          BigInteger user = BigInteger.valueOf(frame.user());
          line = line.or(user.shiftLeft(device.dataWidth() + dataBytes));
          if (i == beats - 1) {
            line = line.setBit(device.dataWidth() + dataBytes + userWidth);
          }
          out.write(String.format("%" + digits + "s", line.toString(16)).replace(' ', '0'));
          out.write('\n');
          count++;
        }
      }
    }
    return count;
  }

  private static void writeMask(Path file, HandshakePattern pattern, int cycles)
      throws IOException {
    StringBuilder text = new StringBuilder(cycles * 2);
    for (int c = 0; c < cycles; c++) {
      text.append(pattern.high(c) ? '1' : '0').append('\n');
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII);
  }

  private List<TimedFrame> readFrames(Path out) throws IOException {
    FrameAssembler frames = new FrameAssembler();
    int dataBytes = device.dataBytes();
    List<String> lines = Files.readAllLines(out, StandardCharsets.US_ASCII);
    for (int n = 0; n < lines.size(); n++) {
      String[] fields = lines.get(n).trim().split(" ");
      String line = lines.get(n);
      if (fields.length != 5 || line.matches(".*[xXzZ].*")) {
        throw new IcarusBenchException(
            "line "
                + (n + 1)
                + " of "
                + out
                + " is not 'cycle last user keep data' in 0/1/hex: "
                + line);
      }
      long cycle = Long.parseLong(fields[0]);
      boolean last = fields[1].equals("1");
      long user = new BigInteger(fields[2], 16).longValue();
      long keep = new BigInteger(fields[3], 16).longValue();
      byte[] data = bytes(new BigInteger(fields[4], 16), dataBytes);
      frames.add(new AxisBeat(data, keep, last, user, true), cycle);
    }
    return frames.frames();
  }

  private String benchSource() throws IOException {
    try (InputStream in = IcarusStreamBench.class.getResourceAsStream(BENCH)) {
      if (in == null) {
        throw new IllegalStateException("bench resource " + BENCH + " missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace(DUT_MARKER, instance());
    }
  }

  /** The design's instance with every port connected to the bench. */
  private String instance() {
    StringBuilder v = new StringBuilder();
    List<String> connections = new ArrayList<>();
    connections.add(".clk(clk)");
    connections.add(".rst(rst)");
    StreamPort sink = device.sink();
    for (String signal : List.of("tdata", "tkeep", "tlast", "tvalid", "tready")) {
      connections.add("." + sink.signal(signal) + "(s_axis_" + signal + ")");
    }
    if (sink.userWidth() > 0) {
      connections.add(
          "." + sink.signal("tuser") + "(s_axis_tuser[" + (sink.userWidth() - 1) + ":0])");
    }
    List<StreamPort> sources = device.sources();
    StreamPort first = sources.get(0);
    for (String signal : List.of("tdata", "tkeep", "tlast", "tvalid", "tready")) {
      connections.add("." + first.signal(signal) + "(m_axis_" + signal + ")");
    }
    int userWidth = first.userWidth();
    if (userWidth > 0) {
      connections.add("." + first.signal("tuser") + "(m_axis_tuser[" + (userWidth - 1) + ":0])");
    }
    if (userWidth < benchUserWidth()) {
      v.append("assign m_axis_tuser[USER_WIDTH-1:").append(userWidth).append("] = 0;\n");
    }
    for (StreamPort other : sources.subList(1, sources.size())) {
      connections.add("." + other.signal("tready") + "(1'b1)");
    }
    if (device.hasAxiLite()) {
      for (String input : List.of("awaddr", "awvalid", "wdata", "wstrb", "wvalid", "bready")) {
        connections.add("." + DeviceInterface.AXI_LITE_PREFIX + input + "(0)");
      }
      for (String input : List.of("araddr", "arvalid", "rready")) {
        connections.add("." + DeviceInterface.AXI_LITE_PREFIX + input + "(0)");
      }
    }
    v.append(top);
    if (!parameters.isEmpty()) {
      List<String> values = new ArrayList<>();
      parameters.forEach((name, value) -> values.add("." + name + "(" + value + ")"));
      v.append(" #(").append(String.join(", ", values)).append(")");
    }
    v.append(" dut (\n    ").append(String.join(",\n    ", connections)).append("\n);\n");
    return v.toString();
  }

  private int benchUserWidth() {
    int width = Math.max(device.sink().userWidth(), device.sources().get(0).userWidth());
    return Math.max(1, width);
  }

  private ToolResult run(List<String> command, Path workDirectory) {
    try {
      return ToolProcess.run(command, workDirectory, timeout);
    } catch (TimeoutException e) {
      throw new IcarusBenchException(e.getMessage());
    } catch (IOException e) {
      throw new IcarusBenchException(
          command.get(0)
              + " is not installed (cannot run it: "
              + e.getMessage()
              + "): install it with `apt-get install iverilog`");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IcarusBenchException("interrupted while running " + command.get(0));
    }
  }

  private static ToolResult require(ToolResult result, String tool) {
    if (!result.succeeded() || result.output().contains("OASIS-BENCH-ERROR")) {
      throw new IcarusBenchException(
          tool + " exited with " + result.exitCode() + ":\n" + result.head());
    }
    return result;
  }

  private static BigInteger littleEndian(byte[] data, int offset, int length) {
    byte[] bigEndian = new byte[length + 1];
    for (int i = 0; i < length; i++) {
      bigEndian[length - i] = data[offset + i];
    }
    return new BigInteger(bigEndian);
  }

  private static byte[] bytes(BigInteger value, int length) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = value.shiftRight(8 * i).byteValue();
    }
    return data;
  }
}
