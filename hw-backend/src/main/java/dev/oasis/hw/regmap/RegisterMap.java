package dev.oasis.hw.regmap;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.print.IrPrinter;
import dev.oasis.hw.lib.AxiLiteRegisterBlock;
import dev.oasis.hw.lib.RegisterSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The AXI-Lite register map of a lowered program. After the self-describing header of {@link
 * AxiLiteRegisterBlock} (magic, version, id = {@link #programHash}, size) come, per exact table in
 * program order, an entry-write window and, per counter, its cells:
 *
 * <pre>
 * T_index        RW  slot to write (0 .. size-1)
 * T_key_0..k     RW  key, 32 bits per word, word 0 the least significant
 * T_mask_0..k    RW  (tables with lpm or ternary elements) mask, see TableEncoding
 * T_high_0..k    RW  (tables with range elements) upper bounds, see TableEncoding
 * T_priority     RW  (tables with ternary or range elements) priority of the entry
 * T_action       RW  action id: position in the table's action list
 * T_param_0..p   RW  the action's parameters, concatenated (first parameter in the most
 *                    significant bits of the parameter vector), word 0 the least significant
 * T_valid        RW  1 = the slot holds an entry, 0 = the slot is empty
 * T_commit       RW  writing any value copies the window into slot T_index
 * T_default_commit  writing any value makes T_action and T_param the default action (an action
 *                    id one past the table's actions is NoAction)
 * T_slotI_packets_lo, T_slotI_bytes_lo (and _hi), then T_default_...: direct counters of a
 *                    table with counters = true, per slot and for the default action
 * R_index, R_value_N, R_commit  RW  write a cell of register array R (commit stores it)
 * R_I_N          RO  word N of cell I of register array R
 * C_I_packets_lo RO  packets counted at cell I of counter C, bits 31..0 (then _hi: 63..32)
 * C_I_bytes_lo   RO  bytes counted, bits 31..0 (then _hi: 63..32)
 * </pre>
 *
 * A commit takes effect in the cycle after the write; a packet that is being processed at that
 * cycle sees the table either before or after the whole entry changed, never half of it.
 */
public final class RegisterMap {

  /** The register-map version in the header's version register. */
  public static final long VERSION = 1;

  private final String programName;
  private final long programHash;
  private final List<RegisterSpec> registers;
  private final Map<String, RegisterSpec> byName = new TreeMap<>();

  private RegisterMap(String programName, long programHash, List<RegisterSpec> registers) {
    this.programName = programName;
    this.programHash = programHash;
    this.registers = List.copyOf(registers);
    for (RegisterSpec r : registers) {
      byName.put(r.name(), r);
    }
  }

  /** The register map of {@code program} (which must be within the hardware subset). */
  public static RegisterMap of(IrProgram program) {
    List<RegisterSpec> regs = new ArrayList<>();
    int[] offset = {AxiLiteRegisterBlock.FIRST_OFFSET};
    for (Table t : program.tables()) {
      String n = prefix(t.name());
      int keyWidth = t.keys().stream().mapToInt(k -> k.expr().type().width()).sum();
      int paramWidth = 1;
      for (Decls.Action a : t.actions()) {
        paramWidth =
            Math.max(paramWidth, a.params().stream().mapToInt(p -> p.type().width()).sum());
      }
      int actionWidth =
          Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, t.actions().size())));
      int indexWidth = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, t.size() - 1)));
      regs.add(rw(n + "_index", indexWidth, offset, "slot of table " + t.name() + " to write"));
      words(regs, n + "_key", keyWidth, offset, "key of table " + t.name());
      if (TableEncoding.hasMask(t)) {
        words(regs, n + "_mask", keyWidth, offset, "mask of the key (see TableEncoding)");
      }
      if (TableEncoding.hasHigh(t)) {
        words(regs, n + "_high", keyWidth, offset, "upper bounds of range elements");
      }
      if (t.needsPriority()) {
        regs.add(rw(n + "_priority", 32, offset, "priority: the highest matching entry wins"));
      }
      regs.add(rw(n + "_action", actionWidth, offset, "action id of the entry"));
      words(regs, n + "_param", paramWidth, offset, "action parameters of the entry");
      regs.add(rw(n + "_valid", 1, offset, "1 if the slot holds an entry"));
      regs.add(
          rw(n + "_commit", 1, offset, "write: copy the window into the slot").withWriteStrobe());
      regs.add(
          rw(
                  n + "_default_commit",
                  1,
                  offset,
                  "write: the window's action and parameters become" + " the default action")
              .withWriteStrobe());
      if (t.directCounters()) {
        for (int i = 0; i <= t.size(); i++) {
          String cell = i < t.size() ? "slot" + i : "default";
          counterWords(regs, n + "_" + cell, offset, "table " + t.name() + " " + cell);
        }
      }
    }
    for (Decls.Register r : program.registers()) {
      String n = prefix(r.name());
      int indexWidth = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, r.size() - 1)));
      regs.add(rw(n + "_index", indexWidth, offset, "cell of register " + r.name() + " to write"));
      words(regs, n + "_value", r.width(), offset, "value to write");
      regs.add(
          rw(n + "_commit", 1, offset, "write: store the value in the cell").withWriteStrobe());
      for (int i = 0; i < r.size(); i++) {
        for (int w = 0; w < wordCount(r.width()); w++) {
          int bits = Math.min(32, r.width() - 32 * w);
          regs.add(
              RegisterSpec.readOnly(
                  n + "_" + i + "_" + w,
                  bits,
                  offset[0],
                  r.name() + "[" + i + "], bits " + (32 * w + bits - 1) + ".." + (32 * w)));
          offset[0] += 4;
        }
      }
    }
    for (Decls.Counter c : program.counters()) {
      String n = prefix(c.name());
      for (int i = 0; i < c.size(); i++) {
        for (String what : List.of("packets", "bytes")) {
          for (String half : List.of("lo", "hi")) {
            String name = n + "_" + i + "_" + what + "_" + half;
            regs.add(
                RegisterSpec.readOnly(
                    name,
                    32,
                    offset[0],
                    what
                        + " at "
                        + c.name()
                        + "["
                        + i
                        + "], "
                        + (half.equals("lo") ? "bits 31..0" : "bits 63..32")));
            offset[0] += 4;
          }
        }
      }
    }
    return new RegisterMap(program.name(), programHash(program), regs);
  }

  private static void counterWords(
      List<RegisterSpec> regs, String base, int[] offset, String what) {
    for (String count : List.of("packets", "bytes")) {
      for (String half : List.of("lo", "hi")) {
        String bits = half.equals("lo") ? "bits 31..0" : "bits 63..32";
        regs.add(
            RegisterSpec.readOnly(
                base + "_" + count + "_" + half,
                32,
                offset[0],
                count + " of " + what + ", " + bits));
        offset[0] += 4;
      }
    }
  }

  /** CRC-32 (java.util.zip) of the IR printer's text of the program, in UTF-8. */
  public static long programHash(IrProgram program) {
    CRC32 crc = new CRC32();
    crc.update(IrPrinter.print(program).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The register-name prefix of a table or counter. */
  public static String prefix(String name) {
    return dev.oasis.hw.hcl.Names.sanitize(name);
  }

  /** Number of 32-bit words a value of {@code width} bits takes. */
  public static int wordCount(int width) {
    return (width + 31) / 32;
  }

  private static RegisterSpec rw(String name, int width, int[] offset, String description) {
    RegisterSpec r = RegisterSpec.readWrite(name, width, offset[0], 0, description);
    offset[0] += 4;
    return r;
  }

  private static void words(
      List<RegisterSpec> regs, String base, int width, int[] offset, String description) {
    for (int w = 0; w < wordCount(width); w++) {
      int bits = Math.min(32, width - 32 * w);
      regs.add(
          rw(
              base + "_" + w,
              bits,
              offset,
              description + ", bits " + (32 * w + bits - 1) + ".." + (32 * w)));
    }
  }

  public String programName() {
    return programName;
  }

  public long programHash() {
    return programHash;
  }

  /** The registers after the header, in offset order. */
  public List<RegisterSpec> registers() {
    return registers;
  }

  /** The register called {@code name}. */
  public RegisterSpec register(String name) {
    RegisterSpec r = byName.get(name);
    if (r == null) {
      throw new IllegalArgumentException("register map has no register '" + name + "'");
    }
    return r;
  }

  /** The byte offset of the register called {@code name}. */
  public int offset(String name) {
    return register(name).offset();
  }

  /** The AXI-Lite block that implements this map. */
  public AxiLiteRegisterBlock block(String moduleName) {
    return new AxiLiteRegisterBlock(
        moduleName,
        "register map of Oasis program " + programName,
        VERSION,
        programHash,
        registers);
  }
}
