package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.hw.hcl.Bits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packet as hardware values while the lowering walks the program: every header field, header
 * validity bit, metadata field and local is the current {@link Bits} that holds it. A statement
 * replaces a value with a multiplexer that keeps the old one unless the statement runs.
 */
final class PacketState {

  /** What the last executed decision was; {@link #NONE} until one runs. */
  static final int NONE = 0;

  static final int FORWARD = 1;
  static final int DROP = 2;
  static final int PUNT = 3;

  /** Width of the decision kind. */
  static final int KIND_WIDTH = 2;

  /** A {@code c.count(i)} that runs when {@code when} is high. */
  record CountEvent(Decls.Counter counter, Bits when, Bits index) {}

  /** A {@code t.apply()} of a table with direct counters: which slot (or the default) counts. */
  record TableCountEvent(dev.oasis.compiler.ir.Table table, List<Bits> slots, Bits miss) {}

  final List<TableCountEvent> tableCounts = new ArrayList<>();
  final Map<Decls.HeaderInstance, Bits[]> fields = new LinkedHashMap<>();
  final Map<Decls.HeaderInstance, Bits> valid = new LinkedHashMap<>();
  final Map<String, Bits> meta = new HashMap<>();

  /** The cells of each register as the packet leaves them (initially the stored values). */
  final Map<Decls.Register, Bits[]> registers = new LinkedHashMap<>();

  final Map<Integer, Bits> locals = new HashMap<>();
  final List<CountEvent> counts = new ArrayList<>();
  Bits parseError = Nets.zero(8);
  Bits position = Nets.zero(16);
  Bits decisionKind = Nets.zero(KIND_WIDTH);
  Bits decisionOperand = Nets.zero(16);
  Bits discardPayload = Nets.zero(1);

  PacketState(IrProgram program) {
    for (Decls.HeaderInstance h : program.headers()) {
      List<HeaderType.Field> fs = h.type().fields();
      Bits[] values = new Bits[fs.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = Nets.zero(fs.get(i).width());
      }
      fields.put(h, values);
      valid.put(h, Nets.zero(1));
    }
    for (Decls.MetaField m : program.metadata()) {
      meta.put(m.name(), Nets.zero(m.type().width()));
    }
  }

  /** A header's bytes as they would be emitted, fields in wire order. */
  Bits headerBits(Decls.HeaderInstance h) {
    return Bits.cat(List.of(fields.get(h)));
  }
}
