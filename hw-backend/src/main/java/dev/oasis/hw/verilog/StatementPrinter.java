package dev.oasis.hw.verilog;

import dev.oasis.hw.hcl.Expr;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Signal;
import dev.oasis.hw.hcl.Statement;
import dev.oasis.hw.hcl.Width;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints statements inside an {@code always @*} block: blocking assignments (to {@code x_next} for
 * a register), {@code if / else if / else} and {@code case}. Long assignments are laid over several
 * lines at the operators of their top-level chain.
 */
final class StatementPrinter {

  /** Lines longer than this are wrapped where the expression allows it. */
  static final int MAX_COLUMNS = 100;

  private final CodeBuffer out;

  StatementPrinter(CodeBuffer out) {
    this.out = out;
  }

  void print(List<Statement> stmts) {
    Statement previous = null;
    for (Statement s : stmts) {
      // a block (if, case) stands apart from what comes before and after it
      if (previous != null
          && (!(previous instanceof Statement.Assign) || !(s instanceof Statement.Assign))) {
        out.blank();
      }
      previous = s;
      if (s instanceof Statement.Assign a) {
        assignment(target(a.target()) + " = ", a.value(), ";");
      } else if (s instanceof Statement.If i) {
        printIf(i);
      } else if (s instanceof Statement.Switch sw) {
        printSwitch(sw);
      }
    }
  }

  /** The name an assignment in combinational logic writes: {@code x_next} for a register. */
  static String target(Signal s) {
    return switch (s.kind()) {
      case REGISTER -> s.name() + "_next";
      default -> s.name();
    };
  }

  /** {@code prefix + expression + suffix}, wrapped at a chain's operators if it is too long. */
  void assignment(String prefix, Expr value, String suffix) {
    String flat = prefix + ExprPrinter.print(value) + suffix;
    if (out.currentIndent().length() + flat.length() <= MAX_COLUMNS) {
      out.line(flat);
      return;
    }
    if (value instanceof Expr.Concat c) {
      out.line(prefix + "{");
      out.indent();
      for (int i = 0; i < c.parts().size(); i++) {
        String sep = i + 1 < c.parts().size() ? "," : "";
        out.line(ExprPrinter.print(c.parts().get(i)) + sep);
      }
      out.outdent();
      out.line("}" + suffix);
      return;
    }
    if (value instanceof Expr.Mux m) {
      out.line(prefix + ExprPrinter.print(m.condition()));
      out.indent();
      out.line("? " + ExprPrinter.print(m.whenTrue()));
      out.line(": " + ExprPrinter.print(m.whenFalse()) + suffix);
      out.outdent();
      return;
    }
    List<String> operators = new ArrayList<>();
    List<String> operands = ExprPrinter.chain(value, operators);
    if (operands.size() < 2) {
      out.line(flat);
      return;
    }
    out.line(prefix + operands.get(0));
    out.indent();
    for (int i = 1; i < operands.size(); i++) {
      String end = i + 1 < operands.size() ? "" : suffix;
      out.line(operators.get(i - 1) + " " + operands.get(i) + end);
    }
    out.outdent();
  }

  private void printIf(Statement.If stmt) {
    // branches after the last one that does something can go: they change nothing
    List<Statement.Branch> branches = new ArrayList<>(stmt.branches());
    List<Statement> otherwise = stmt.otherwise();
    if (otherwise.isEmpty()) {
      while (branches.size() > 1 && branches.get(branches.size() - 1).body().isEmpty()) {
        branches.remove(branches.size() - 1);
      }
    }
    for (int i = 0; i < branches.size(); i++) {
      Statement.Branch b = branches.get(i);
      String cond = ExprPrinter.print(b.condition());
      out.line((i == 0 ? "if (" : "end else if (") + cond + ") begin");
      out.indent();
      print(b.body());
      out.outdent();
    }
    if (!otherwise.isEmpty()) {
      out.line("end else begin");
      out.indent();
      print(otherwise);
      out.outdent();
    }
    out.line("end");
  }

  private void printSwitch(Statement.Switch sw) {
    Width w = sw.selector().width();
    HwType.Kind kind =
        sw.selector().kind() == HwType.Kind.BITS ? HwType.Kind.BITS : HwType.Kind.UINT;
    out.line("case (" + ExprPrinter.print(sw.selector()) + ")");
    out.indent();
    for (Statement.Case c : sw.cases()) {
      out.line(ExprPrinter.literal(c.value(), kind, w) + ": begin");
      out.indent();
      print(c.body());
      out.outdent();
      out.line("end");
    }
    boolean complete =
        w.value() < 31
            && BigInteger.valueOf(sw.cases().size()).equals(BigInteger.ONE.shiftLeft(w.value()));
    if (!sw.otherwise().isEmpty()) {
      out.line("default: begin");
      out.indent();
      print(sw.otherwise());
      out.outdent();
      out.line("end");
    } else if (!complete) {
      out.line("default: begin end");
    }
    out.outdent();
    out.line("endcase");
  }
}
