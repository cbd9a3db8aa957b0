package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields and constructor of a generated class: the header storage map (as a comment), action
 * ids, byte-string constants, the runtime structures taken from the {@link
 * dev.oasis.runtime.pipeline.PipelineState}, metadata fields and lower() buffers.
 */
final class ClassFields {
  private ClassFields() {}

  static void write(GenContext ctx, String className, Code out) {
    IrProgram program = ctx.program;
    HeaderLayout layout = ctx.layout;

    out.line(
        "// Header storage: instance, type, elements, first element id, base byte, bytes each.");
    for (HeaderLayout.Instance i : layout.instances()) {
      out.line(
          "//   "
              + i.decl().name()
              + ": "
              + i.type().type.name()
              + ", "
              + i.elements()
              + (i.elements() == 1 ? " element" : " elements")
              + ", id "
              + i.firstElement()
              + ", base "
              + i.base()
              + ", "
              + i.stride()
              + " bytes");
    }
    out.line("private static final int STORAGE_BYTES = " + layout.storageBytes() + ";");
    out.line("private static final int ELEMENTS = " + layout.elements() + ";");
    out.line("private static final int VARIABLE_FIELDS = " + layout.varFields() + ";");
    out.line("private static final int SCRATCH_BYTES = " + layout.scratchBytes() + ";");
    out.line("private static final int SCRATCH_FIELDS = " + layout.scratchVars() + ";");
    out.line("private static final int MAX_HEADER_BYTES = " + layout.maxEmittedBytes() + ";");
    out.line("");

    out.line("// Action ids, as the tables hold them.");
    for (Decls.Action a : program.actions()) {
      out.line(
          "private static final int "
              + Names.actionId(a.name())
              + " = "
              + ctx.actionIds.id(a)
              + ";");
    }
    out.line(
        "private static final int "
            + Names.actionId(Decls.NO_ACTION.name())
            + " = "
            + ctx.actionIds.noAction()
            + ";");

    if (!ctx.bytesConstants().isEmpty()) {
      out.line("");
      List<byte[]> constants = ctx.bytesConstants();
      for (int i = 0; i < constants.size(); i++) {
        out.line(
            "private static final byte[] BYTES_" + i + " = {" + bytes(constants.get(i)) + "};");
      }
    }

    out.line("");
    for (Table t : program.tables()) {
      out.line("private final TableRuntime " + Names.table(t.name()) + ";");
    }
    for (Decls.Counter c : program.counters()) {
      out.line("private final CounterArray " + Names.counter(c.name()) + ";");
    }
    for (Decls.Register r : program.registers()) {
      out.line("private final RegisterArray " + Names.register(r.name()) + ";");
    }
    for (Decls.MapDecl m : program.maps()) {
      out.line("private final MapRuntime " + Names.map(m.name()) + ";");
    }
    for (int i = 0; i < ctx.lowerBuffers().size(); i++) {
      out.line(
          "private final byte[] lower" + i + " = new byte[" + ctx.lowerBuffers().get(i) + "];");
    }

    if (!program.metadata().isEmpty()) {
      out.line("");
      out.line("// Metadata, zeroed for every packet.");
    }
    for (Decls.MetaField f : program.metadata()) {
      String n = ctx.meta(f);
      Comments.source(f.span(), out);
      if (f.type() instanceof Type.Bool) {
        out.line("private boolean " + n + ";");
      } else if (f.type().width() > 64) {
        out.line("private long " + n + "_hi;");
        out.line("private long " + n + "_lo;");
      } else {
        out.line("private long " + n + ";");
      }
    }

    out.line("");
    out.open("public " + className + "(IrProgram program, PipelineState state)");
    out.line("super(program, state, STORAGE_BYTES, ELEMENTS, VARIABLE_FIELDS, SCRATCH_BYTES,");
    out.line("    SCRATCH_FIELDS, MAX_HEADER_BYTES);");
    for (Table t : program.tables()) {
      out.line(Names.table(t.name()) + " = state.table(" + Literals.string(t.name()) + ");");
    }
    for (Decls.Counter c : program.counters()) {
      out.line(Names.counter(c.name()) + " = state.counter(" + Literals.string(c.name()) + ");");
    }
    for (Decls.Register r : program.registers()) {
      out.line(Names.register(r.name()) + " = state.register(" + Literals.string(r.name()) + ");");
    }
    for (Decls.MapDecl m : program.maps()) {
      out.line(Names.map(m.name()) + " = state.map(" + Literals.string(m.name()) + ");");
    }
    out.close();
  }

  private static String bytes(byte[] value) {
    List<String> out = new ArrayList<>();
    for (byte b : value) {
      out.add(Integer.toString(b));
    }
    return String.join(", ", out);
  }
}
