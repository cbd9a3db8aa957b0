package dev.oasis.hw.verilog;

import dev.oasis.dsl.diag.Span;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.Expr;
import dev.oasis.hw.hcl.Instance;
import dev.oasis.hw.hcl.LogicIndex;
import dev.oasis.hw.hcl.Mem;
import dev.oasis.hw.hcl.Parameter;
import dev.oasis.hw.hcl.Signal;
import dev.oasis.hw.hcl.SignalKind;
import dev.oasis.hw.hcl.Statement;
import dev.oasis.hw.hcl.Width;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes one component as a Verilog-2005 module in the layout of verilog-ethernet and Corundum:
 * header, parameters, ports grouped and aligned, parameter checks, declarations, continuous
 * assignments, child instances, combinational blocks, the next-state block of the registers, the
 * register block with synchronous reset, and the memory blocks.
 */
final class ModuleWriter {

  private final Component c;
  private final LogicIndex index;
  private final CodeBuffer out = new CodeBuffer();

  ModuleWriter(Component c) {
    this.c = c;
    this.index = LogicIndex.of(c);
  }

  String write() {
    InterfaceWriter.write(c, index, out);
    declarations();
    continuousAssignments();
    instances();
    combinationalBlocks();
    nextStateBlock();
    registerBlock();
    memoryBlocks();
    ignored();
    out.blank();
    out.line("endmodule");
    out.blank();
    out.line("`resetall");
    return out.toString();
  }

  private void declarations() {
    out.blank();
    for (Signal s : c.signals()) {
      if (s.kind() == SignalKind.REGISTER) {
        String init = s.resetValue() == null ? "" : " = " + literal(s, s.resetValue());
        String current = "reg " + range(s) + s.name() + "_reg" + init;
        String next = s.name() + "_next;";
        if (current.length() + next.length() + 2 + Comments.origin(s.origin()).length() <= 100) {
          declare(s, current + ", " + next);
        } else {
          declare(s, current + ",");
          out.line("    " + next);
        }
      } else if (s.kind() == SignalKind.MEMORY_READ) {
        declare(s, "reg " + range(s) + s.name() + "_reg;");
      }
    }
    out.blank();
    for (Signal s : c.signals()) {
      if (s.kind() == SignalKind.WIRE) {
        boolean procedural = !index.sites(s).isEmpty() && !index.isContinuous(s);
        declare(s, (procedural ? "reg " : "wire ") + range(s) + s.name() + ";");
      }
    }
    for (Mem<?> m : c.memories()) {
      Width aw = m.addressWidth();
      String depth =
          aw.isLiteral()
              ? Integer.toString((1 << aw.value()) - 1)
              : "(2**" + (aw.isCompound() ? "(" + aw.toVerilog() + ")" : aw.toVerilog()) + ")-1";
      out.blank();
      out.line(
          "reg "
              + ExprPrinter.range(m.wordType().width())
              + (ExprPrinter.range(m.wordType().width()).isEmpty() ? "" : " ")
              + m.name()
              + "["
              + depth
              + ":0];"
              + Comments.origin(m.origin()));
    }
  }

  private void declare(Signal s, String text) {
    if (s.comment() != null) {
      out.line("// " + Comments.oneLine(s.comment()));
    }
    out.line(text + Comments.origin(s.origin()));
  }

  private void continuousAssignments() {
    out.blank();
    StatementPrinter printer = new StatementPrinter(out);
    for (Signal s : c.signals()) {
      if ((s.kind() == SignalKind.WIRE || s.kind() == SignalKind.OUTPUT) && index.isContinuous(s)) {
        Statement.Assign a = index.sites(s).get(0).assign();
        Span where = a.origin() != null ? a.origin() : s.origin();
        printer.assignment("assign " + s.name() + " = ", a.value(), ";" + Comments.origin(where));
      }
    }
  }

  private void instances() {
    for (Instance i : c.instances()) {
      out.blank();
      if (i.origin() != null) {
        out.line(Comments.origin(i.origin()).strip());
      }
      Map<Parameter, Width> params = i.parameterBindings();
      if (params.isEmpty()) {
        out.line(i.child().moduleName() + " " + i.name() + " (");
      } else {
        out.line(i.child().moduleName() + " #(");
        out.indent();
        int n = 0;
        for (var p : params.entrySet()) {
          n++;
          out.line(
              "."
                  + p.getKey().name()
                  + "("
                  + p.getValue().toVerilog()
                  + ")"
                  + (n < params.size() ? "," : ""));
        }
        out.outdent();
        out.line(")");
        out.line(i.name() + " (");
      }
      out.indent();
      List<Signal> ports = i.child().ports();
      for (int k = 0; k < ports.size(); k++) {
        Signal p = ports.get(k);
        String bound;
        if (p.kind() == SignalKind.INPUT) {
          Expr e = i.inputBindings().get(p);
          bound = e == null ? "" : ExprPrinter.print(e);
        } else {
          Signal net = i.outputBindings().get(p);
          bound = net == null ? "" : net.name();
        }
        out.line("." + p.name() + "(" + bound + ")" + (k + 1 < ports.size() ? "," : ""));
      }
      out.outdent();
      out.line(");");
    }
  }

  private void combinationalBlocks() {
    for (Signal s : c.signals()) {
      boolean comb = s.kind() == SignalKind.WIRE || s.kind() == SignalKind.OUTPUT;
      if (!comb || index.sites(s).isEmpty() || index.isContinuous(s)) {
        continue;
      }
      out.blank();
      out.line("always @* begin");
      out.indent();
      new StatementPrinter(out).print(LogicIndex.project(c.statements(), t -> t == s));
      out.outdent();
      out.line("end");
    }
  }

  private void nextStateBlock() {
    List<Signal> regs = registers();
    if (regs.isEmpty()) {
      return;
    }
    out.blank();
    out.line("always @* begin");
    out.indent();
    for (Signal r : regs) {
      out.line(r.name() + "_next = " + r.name() + "_reg;");
    }
    List<Statement> logic =
        LogicIndex.project(c.statements(), t -> t.kind() == SignalKind.REGISTER);
    if (!logic.isEmpty()) {
      out.blank();
      new StatementPrinter(out).print(logic);
    }
    out.outdent();
    out.line("end");
  }

  private void registerBlock() {
    List<Signal> regs = registers();
    if (regs.isEmpty()) {
      return;
    }
    out.blank();
    out.line("always @(posedge clk) begin");
    out.indent();
    for (Signal r : regs) {
      String load = r.name() + "_reg <= " + r.name() + "_next;";
      if (r.clockEnable() == null) {
        out.line(load);
      } else {
        out.line("if (" + ExprPrinter.print(r.clockEnable()) + ") begin");
        out.indent();
        out.line(load);
        out.outdent();
        out.line("end");
      }
    }
    List<Signal> withReset = regs.stream().filter(r -> r.resetValue() != null).toList();
    if (!withReset.isEmpty()) {
      out.blank();
      out.line("if (rst) begin");
      out.indent();
      for (Signal r : withReset) {
        out.line(r.name() + "_reg <= " + literal(r, r.resetValue()) + ";");
      }
      out.outdent();
      out.line("end");
    }
    out.outdent();
    out.line("end");
  }

  private void memoryBlocks() {
    for (Mem<?> m : c.memories()) {
      for (Mem.WritePort w : m.writePorts()) {
        out.blank();
        out.line("always @(posedge clk) begin");
        out.indent();
        String target = m.name() + "[" + ExprPrinter.print(w.address()) + "] <= ";
        guarded(w.enable(), () -> new StatementPrinter(out).assignment(target, w.data(), ";"));
        out.outdent();
        out.line("end");
      }
      for (Mem.ReadPort r : m.readPorts()) {
        out.blank();
        out.line("always @(posedge clk) begin");
        out.indent();
        String load =
            r.data().name() + "_reg <= " + m.name() + "[" + ExprPrinter.print(r.address()) + "];";
        guarded(r.enable(), () -> out.line(load));
        out.outdent();
        out.line("end");
      }
    }
  }

  private void guarded(Expr enable, Runnable statement) {
    boolean always = enable instanceof Expr.Literal l && l.value().signum() != 0;
    if (always) {
      statement.run();
      return;
    }
    out.line("if (" + ExprPrinter.print(enable) + ") begin");
    out.indent();
    statement.run();
    out.outdent();
    out.line("end");
  }

  private void ignored() {
    for (Component.Ignored ig : c.ignored()) {
      out.blank();
      out.line("// " + Comments.oneLine(ig.reason()));
      List<String> parts = ig.values().stream().map(ExprPrinter::print).toList();
      String operand = parts.size() == 1 ? parts.get(0) : "{" + String.join(", ", parts) + "}";
      out.line("wire " + ig.name() + " = ^" + operand + ";");
    }
  }

  private List<Signal> registers() {
    return c.signals().stream().filter(s -> s.kind() == SignalKind.REGISTER).toList();
  }

  private static String range(Signal s) {
    String r = ExprPrinter.range(s.width());
    return r.isEmpty() ? "" : r + " ";
  }

  private static String literal(Signal s, BigInteger value) {
    return ExprPrinter.literal(value, s.type().kind(), s.width());
  }
}
