package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every header lives in the generated pipeline's storage (see {@link
 * dev.oasis.runtime.pipeline.GeneratedPipeline}): per header type, the storage offset of each field
 * (fixed fields packed most significant bit first, each variable field byte-aligned with its
 * largest size) and the wire segments to copy on extract and emit; per header instance, its element
 * ids, storage base and first variable-length slot.
 */
final class HeaderLayout {

  /** The storage layout of one header type. */
  static final class TypeLayout {
    final HeaderType type;
    final String javaName;
    final Map<String, Integer> storageBit = new LinkedHashMap<>();
    final Map<String, Integer> varIndex = new LinkedHashMap<>();
    final List<Segment> segments = new ArrayList<>();
    final int storageBytes;
    final int varFields;
    final int fixedBits;

    /** True if every segment starts on a byte boundary on the wire and fixed ones are whole. */
    final boolean wireAligned;

    TypeLayout(HeaderType type, String javaName) {
      this.type = type;
      this.javaName = javaName;
      int cursor = 0;
      int vars = 0;
      int wire = 0;
      boolean aligned = true;
      Segment open = null;
      for (HeaderType.Field f : type.fields()) {
        if (f.isVariable()) {
          if (open != null) {
            aligned &= open.bits % 8 == 0;
            open = null;
          }
          cursor = (cursor + 7) / 8 * 8;
          aligned &= wire % 8 == 0;
          storageBit.put(f.name(), cursor);
          varIndex.put(f.name(), vars);
          segments.add(Segment.variable(f, cursor / 8, vars));
          vars++;
          cursor += f.maxBytes() * 8;
        } else {
          if (open == null) {
            aligned &= wire % 8 == 0;
            open = Segment.fixed(cursor);
            segments.add(open);
          }
          storageBit.put(f.name(), cursor);
          open.bits += f.width();
          open.fields.add(f);
          cursor += f.width();
          wire += f.width();
        }
      }
      if (open != null) {
        aligned &= open.bits % 8 == 0;
      }
      this.storageBytes = Math.max(1, (cursor + 7) / 8);
      this.varFields = vars;
      this.fixedBits = type.fixedBits();
      this.wireAligned = aligned;
    }

    boolean hasVariableFields() {
      return varFields > 0;
    }
  }

  /**
   * A run of consecutive fixed fields ({@code bits} bits at storage bit {@code storageBit}) or one
   * variable field (at storage byte {@code storageByte}, its length in variable slot {@code var}).
   */
  static final class Segment {
    final HeaderType.Field variable;
    final int storageBit;
    final int storageByte;
    final int var;
    final List<HeaderType.Field> fields = new ArrayList<>();
    int bits;

    private Segment(HeaderType.Field variable, int storageBit, int storageByte, int var) {
      this.variable = variable;
      this.storageBit = storageBit;
      this.storageByte = storageByte;
      this.var = var;
    }

    static Segment fixed(int storageBit) {
      return new Segment(null, storageBit, storageBit / 8, -1);
    }

    static Segment variable(HeaderType.Field f, int storageByte, int var) {
      return new Segment(f, storageByte * 8, storageByte, var);
    }

    boolean isVariable() {
      return variable != null;
    }
  }

  /** One header instance (a stack of N has N elements of one stride). */
  record Instance(
      Decls.HeaderInstance decl,
      TypeLayout type,
      String javaName,
      int firstElement,
      int elements,
      int base,
      int firstVar) {

    int stride() {
      return type.storageBytes;
    }

    int element(int index) {
      return firstElement + index;
    }

    int baseOf(int index) {
      return base + index * type.storageBytes;
    }

    int varOf(int index) {
      return firstVar + index * type.varFields;
    }
  }

  private final Map<String, TypeLayout> types = new LinkedHashMap<>();
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final int storageBytes;
  private final int elements;
  private final int varFields;
  private final int scratchBytes;
  private final int scratchVars;
  private final int maxEmittedBytes;

  HeaderLayout(IrProgram program, Names names) {
    int base = 0;
    int element = 0;
    int var = 0;
    int scratch = 1;
    int scratchVar = 0;
    int emitted = 0;
    for (Decls.HeaderInstance h : program.headers()) {
      TypeLayout t =
          types.computeIfAbsent(h.type().name(), n -> new TypeLayout(h.type(), names.type(n)));
      int count = Math.max(1, h.stackSize());
      instances.put(
          h.name(), new Instance(h, t, names.instance(h.name()), element, count, base, var));
      element += count;
      base += count * t.storageBytes;
      var += count * t.varFields;
      scratch = Math.max(scratch, t.storageBytes);
      scratchVar = Math.max(scratchVar, t.varFields);
      emitted += count * h.type().maxBytes();
    }
    this.storageBytes = Math.max(1, base);
    this.elements = element;
    this.varFields = var;
    this.scratchBytes = scratch;
    this.scratchVars = scratchVar;
    // A header can be emitted more than once; leave room for every emit statement's worst case.
    int perEmit = 0;
    for (var e : program.deparser()) {
      perEmit += emittedBytes(e.header());
    }
    this.maxEmittedBytes = Math.max(emitted, perEmit);
  }

  private int emittedBytes(dev.oasis.compiler.ir.Expr header) {
    if (header instanceof dev.oasis.compiler.ir.Expr.StackRef s) {
      return s.instance().stackSize() * s.instance().type().maxBytes();
    }
    return ((dev.oasis.compiler.ir.Expr.HeaderRef) header).instance().type().maxBytes();
  }

  Instance instance(Decls.HeaderInstance h) {
    return instances.get(h.name());
  }

  TypeLayout type(HeaderType t) {
    return types.get(t.name());
  }

  Iterable<TypeLayout> types() {
    return types.values();
  }

  Iterable<Instance> instances() {
    return instances.values();
  }

  int storageBytes() {
    return storageBytes;
  }

  int elements() {
    return elements;
  }

  int varFields() {
    return varFields;
  }

  int scratchBytes() {
    return scratchBytes;
  }

  int scratchVars() {
    return scratchVars;
  }

  int maxEmittedBytes() {
    return maxEmittedBytes;
  }
}
