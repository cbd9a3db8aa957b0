package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Span;
import dev.oasis.runtime.pipeline.ActionIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generators of one class share: the program, the header layout, names of metadata fields,
 * action ids, and the constants and buffers that expressions ask for on the way (byte string
 * constants, lower() buffers, stack sizeof helpers), declared once in the class. Also the
 * temporaries counter of the method being written.
 */
final class GenContext {
  final IrProgram program;
  final HeaderLayout layout;
  final ActionIds actionIds;
  private final Map<String, String> metaNames = new HashMap<>();
  private final List<byte[]> bytesConstants = new ArrayList<>();
  private final List<Integer> lowerBuffers = new ArrayList<>();
  private final List<Decls.HeaderInstance> stackSizes = new ArrayList<>();
  private int temps;

  GenContext(IrProgram program) {
    this.program = program;
    this.layout = new HeaderLayout(program, new Names());
    this.actionIds = new ActionIds(program);
    for (int i = 0; i < program.metadata().size(); i++) {
      Decls.MetaField f = program.metadata().get(i);
      metaNames.put(f.name(), Names.meta(i, f.name()));
    }
    checkWidths();
  }

  /** Refuses, before any code is written, values wider than this backend handles. */
  private void checkWidths() {
    for (Decls.MetaField f : program.metadata()) {
      checkWidth(f.type(), "metadata field '" + f.name() + "'", f.span());
    }
    for (Decls.HeaderInstance h : program.headers()) {
      for (var f : h.type().fields()) {
        checkWidth(f.type(), "field '" + h.type().name() + "." + f.name() + "'", f.span());
      }
    }
    for (Decls.Register r : program.registers()) {
      checkWidth(Type.bit(r.width()), "register '" + r.name() + "'", r.span());
    }
    for (Decls.MapDecl m : program.maps()) {
      checkWidth(Type.bit(m.keyWidth()), "the key of map '" + m.name() + "'", m.span());
      checkWidth(Type.bit(m.valueWidth()), "the value of map '" + m.name() + "'", m.span());
    }
    for (Decls.Action a : program.actions()) {
      for (Decls.Param p : a.params()) {
        checkWidth(p.type(), "parameter '" + p.name() + "' of action '" + a.name() + "'", p.span());
      }
    }
  }

  static void checkWidth(Type type, String what, Span span) {
    if (type instanceof Type.Bit b && b.width() > 128) {
      throw unsupported(what + " is a bit<" + b.width() + ">", span);
    }
  }

  static UnsupportedProgramException unsupported(String what, Span span) {
    String where = span == null || span == Span.NONE ? "" : span.location() + ": ";
    return new UnsupportedProgramException(
        where
            + what
            + "; the Java backend handles values of up to 128 bits (run the program with"
            + " --interpret)");
  }

  String meta(Decls.MetaField f) {
    return metaNames.get(f.name());
  }

  /** The name of a static final byte[] holding {@code value}. */
  String bytesConstant(byte[] value) {
    for (int i = 0; i < bytesConstants.size(); i++) {
      if (Arrays.equals(bytesConstants.get(i), value)) {
        return "BYTES_" + i;
      }
    }
    bytesConstants.add(value.clone());
    return "BYTES_" + (bytesConstants.size() - 1);
  }

  List<byte[]> bytesConstants() {
    return bytesConstants;
  }

  /** A new buffer of {@code size} bytes for one lower() call. */
  String lowerBuffer(int size) {
    lowerBuffers.add(size);
    return "lower" + (lowerBuffers.size() - 1);
  }

  List<Integer> lowerBuffers() {
    return lowerBuffers;
  }

  /** The name of a method giving the bytes of a stack's valid elements. */
  String stackSize(Decls.HeaderInstance stack) {
    if (stackSizes.stream().noneMatch(s -> s.name().equals(stack.name()))) {
      stackSizes.add(stack);
    }
    return "sizeof_" + Names.ident(stack.name());
  }

  List<Decls.HeaderInstance> stackSizes() {
    return stackSizes;
  }

  /** Starts a method: temporaries are numbered from 0 again. */
  void startMethod() {
    temps = 0;
  }

  String temp() {
    return "t" + temps++;
  }
}
