package dev.oasis.sim.equiv;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.lower.HardwareLowering;
import dev.oasis.hw.lower.HwOptions;
import dev.oasis.hw.lower.LoweringResult;
import dev.oasis.hw.regmap.RegisterMap;
import dev.oasis.hw.regmap.TableEncoding;
import dev.oasis.hw.verilog.VerilogEmitter;
import dev.oasis.sim.verilator.DeviceInterface;
import dev.oasis.sim.verilator.StreamPort;
import dev.oasis.sim.verilator.VerilatedDevice;
import dev.oasis.sim.verilator.VerilatedModel;
import dev.oasis.sim.verilator.VerilatorBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's lowered pipeline, built with Verilator. The device's interface: {@code s_axis_*}
 * (tuser 64 bits: ingress port in 15..0, timestamp in 63..16), {@code m_axis_*} (tuser 16 bits:
 * egress port), {@code m_axis_host_*} (punted frames after the punt metadata, no tuser) and the
 * register map on {@code s_axil_*}.
 */
public final class LoweredDevice {
  /** Index of the main output among the device's sources. */
  public static final int MAIN = 0;

  /** Index of the host (punt) output. */
  public static final int HOST = 1;

  private final IrProgram program;
  private final RegisterMap registerMap;
  private final VerilatedModel model;
  private final String top;
  private final DeviceInterface ports;
  private final List<Path> rtlFiles;
  private final Map<String, Integer> nextSlot = new HashMap<>();

  private LoweredDevice(
      IrProgram program,
      RegisterMap registerMap,
      VerilatedModel model,
      String top,
      DeviceInterface ports,
      List<Path> rtlFiles) {
    this.program = program;
    this.registerMap = registerMap;
    this.model = model;
    this.top = top;
    this.ports = ports;
    this.rtlFiles = List.copyOf(rtlFiles);
  }

  /**
   * Lowers {@code program}, writes its Verilog into {@code rtlDir} and builds it.
   *
   * @throws IllegalArgumentException if the program is outside the hardware subset (the message
   *     lists the diagnostics)
   */
  public static LoweredDevice build(IrProgram program, HwOptions options, Path rtlDir) {
    LoweringResult result = HardwareLowering.lower(program, options);
    if (!result.ok()) {
      throw new IllegalArgumentException(
          "program " + program.name() + " has no hardware form: " + result.diagnostics());
    }
    Map<String, String> files = VerilogEmitter.emit(Elaboration.elaborate(result.top()));
    List<Path> paths = new ArrayList<>();
    try {
      Files.createDirectories(rtlDir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        paths.add(
            Files.writeString(rtlDir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the RTL of " + program.name(), e);
    }
    int addressWidth = result.registerMap().block("probe").addressWidth();
    DeviceInterface ports =
        new DeviceInterface(
            options.dataWidth(),
            new StreamPort("s_axis_", 64),
            List.of(new StreamPort("m_axis_", 16), new StreamPort("m_axis_host_", 0)),
            addressWidth);
    VerilatedModel model = VerilatorBuild.of(result.top().moduleName(), ports, paths).build();
    return new LoweredDevice(
        program, result.registerMap(), model, result.top().moduleName(), ports, paths);
  }

  public VerilatedModel model() {
    return model;
  }

  /** The top module's name. */
  public String top() {
    return top;
  }

  /** The device's ports as the simulators see them. */
  public DeviceInterface deviceInterface() {
    return ports;
  }

  /** The Verilog files, one module each. */
  public List<Path> rtlFiles() {
    return rtlFiles;
  }

  public RegisterMap registerMap() {
    return registerMap;
  }

  /** The s_axis_tuser value of a frame that arrives on {@code port} at {@code timestampNanos}. */
  public static long sinkUser(int port, long timestampNanos) {
    return (port & 0xffffL) | (timestampNanos << 16);
  }

  /**
   * Writes an entry of an exact table into the next free slot through the register map: the window
   * (index, key words, action id, parameter words, valid), then the commit register.
   */
  public void insertEntry(
      VerilatedDevice device, String table, List<Match> key, String action, List<BigInteger> args) {
    insertEntry(device, table, key, action, args, 0);
  }

  /**
   * Writes an entry into the next free slot through the register map: the window (index, key, mask
   * and upper bounds as {@link TableEncoding} lays them out, priority, action id, parameter words,
   * valid), then the commit register.
   */
  public void insertEntry(
      VerilatedDevice device,
      String table,
      List<Match> key,
      String action,
      List<BigInteger> args,
      int priority) {
    Table t = program.table(table);
    String n = RegisterMap.prefix(table);
    // slots 0..k-1 hold the program's constant entries
    int slot = nextSlot.merge(table, t.entries().size() + 1, (a, b) -> a + 1) - 1;
    if (slot >= t.size()) {
      throw new IllegalArgumentException("table " + table + " is full (" + t.size() + " entries)");
    }
    TableEncoding.Encoded encoded = TableEncoding.encode(t, key);
    int keyWidth = TableEncoding.keyWidth(t);
    Decls.Action a = t.action(action);
    int paramWidth = 1;
    for (Decls.Action each : t.actions()) {
      paramWidth =
          Math.max(paramWidth, each.params().stream().mapToInt(p -> p.type().width()).sum());
    }
    BigInteger params = BigInteger.ZERO;
    int used = 0;
    for (int i = 0; i < args.size(); i++) {
      int w = a.params().get(i).type().width();
      params = params.shiftLeft(w).or(args.get(i));
      used += w;
    }
    params = params.shiftLeft(paramWidth - used);

    device.csrWrite(registerMap.offset(n + "_index"), slot);
    writeWords(device, n + "_key", encoded.key(), keyWidth);
    if (TableEncoding.hasMask(t)) {
      writeWords(device, n + "_mask", encoded.mask(), keyWidth);
    }
    if (TableEncoding.hasHigh(t)) {
      writeWords(device, n + "_high", encoded.high(), keyWidth);
    }
    if (t.needsPriority()) {
      device.csrWrite(registerMap.offset(n + "_priority"), priority);
    }
    device.csrWrite(registerMap.offset(n + "_action"), t.actions().indexOf(a));
    writeWords(device, n + "_param", params, paramWidth);
    device.csrWrite(registerMap.offset(n + "_valid"), 1);
    device.csrWrite(registerMap.offset(n + "_commit"), 1);
  }

  /** Replaces the default action of {@code table} through the register map. */
  public void setDefaultAction(
      VerilatedDevice device, String table, String action, List<BigInteger> args) {
    Table t = program.table(table);
    String n = RegisterMap.prefix(table);
    Decls.Action a = t.action(action);
    int id = a == null ? t.actions().size() : t.actions().indexOf(a);
    int paramWidth = 1;
    for (Decls.Action each : t.actions()) {
      paramWidth =
          Math.max(paramWidth, each.params().stream().mapToInt(p -> p.type().width()).sum());
    }
    BigInteger params = BigInteger.ZERO;
    int used = 0;
    for (int i = 0; i < args.size(); i++) {
      int w = a.params().get(i).type().width();
      params = params.shiftLeft(w).or(args.get(i));
      used += w;
    }
    device.csrWrite(registerMap.offset(n + "_action"), id);
    writeWords(device, n + "_param", params.shiftLeft(paramWidth - used), paramWidth);
    device.csrWrite(registerMap.offset(n + "_default_commit"), 1);
  }

  private void writeWords(VerilatedDevice device, String base, BigInteger value, int width) {
    for (int w = 0; w < RegisterMap.wordCount(width); w++) {
      int word = value.shiftRight(32 * w).intValue();
      device.csrWrite(registerMap.offset(base + "_" + w), word);
    }
  }

  /** Packets and bytes counted at {@code counter[index]}, read through the register map. */
  public long[] readCounter(VerilatedDevice device, String counter, int index) {
    String n = RegisterMap.prefix(counter) + "_" + index;
    return new long[] {read64(device, n + "_packets"), read64(device, n + "_bytes")};
  }

  /**
   * Packets and bytes counted by the direct counter of {@code table} at {@code slot}, or of its
   * default action when {@code slot} is the table's size.
   */
  public long[] readDirectCounter(VerilatedDevice device, String table, int slot) {
    Table t = program.table(table);
    String n = RegisterMap.prefix(table) + "_" + (slot < t.size() ? "slot" + slot : "default");
    return new long[] {read64(device, n + "_packets"), read64(device, n + "_bytes")};
  }

  /** Writes cell {@code index} of register array {@code register} through the register map. */
  public void writeRegister(VerilatedDevice device, String register, int index, BigInteger value) {
    Decls.Register r = register(register);
    String n = RegisterMap.prefix(register);
    device.csrWrite(registerMap.offset(n + "_index"), index);
    writeWords(device, n + "_value", value, r.width());
    device.csrWrite(registerMap.offset(n + "_commit"), 1);
  }

  /** Reads cell {@code index} of register array {@code register} through the register map. */
  public BigInteger readRegister(VerilatedDevice device, String register, int index) {
    Decls.Register r = register(register);
    String n = RegisterMap.prefix(register) + "_" + index;
    BigInteger v = BigInteger.ZERO;
    for (int w = RegisterMap.wordCount(r.width()) - 1; w >= 0; w--) {
      long word = device.csrRead(registerMap.offset(n + "_" + w)) & 0xffffffffL;
      v = v.shiftLeft(32).or(BigInteger.valueOf(word));
    }
    return v;
  }

  private Decls.Register register(String name) {
    return program.registers().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("program has no register '" + name + "'"));
  }

  private long read64(VerilatedDevice device, String base) {
    long lo = device.csrRead(registerMap.offset(base + "_lo")) & 0xffffffffL;
    long hi = device.csrRead(registerMap.offset(base + "_hi")) & 0xffffffffL;
    return (hi << 32) | lo;
  }
}
