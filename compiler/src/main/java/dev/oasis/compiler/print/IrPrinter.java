package dev.oasis.compiler.print;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints an IR program as a self-contained Oasis program: config, error codes, header types, header
 * instances, metadata, externs, actions, tables, parser, control and deparser. Constants are
 * already values, enums and typedefs are their bit types, and the deparser is always explicit.
 *
 * <p>The output compiles, and compiling and printing it again gives the same text: golden tests
 * rely on this fixed point. Two things of the source cannot come back: a struct of the metadata is
 * printed as a struct named after its field ({@code Meta_s} for {@code meta.s}), and a table key
 * whose expression folding changed and that has no alias gets a new control-plane name.
 */
public final class IrPrinter {
  private static final String INDENT = CodePrinter.INDENT;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final IrProgram program;
  private final CodePrinter code;
  private final StringBuilder out = new StringBuilder();

  private IrPrinter(IrProgram program) {
    this.program = program;
    int multicastWidth = Math.min(Math.max(program.config().ports(), 1), 2048);
    this.code = new CodePrinter(multicastWidth);
  }

  /** {@code program} as Oasis source. */
  public static String print(IrProgram program) {
    return new IrPrinter(program).program();
  }

  private String program() {
    out.append("// Program '").append(program.name()).append("' as the compiler sees it.\n");
    config();
    errors();
    for (HeaderType h : program.headerTypes()) {
      header(h);
    }
    out.append(new MetadataPrinter(program).print());
    headers();
    externs();
    for (Decls.Action a : program.actions()) {
      action(a);
    }
    for (Table t : program.tables()) {
      table(t);
    }
    if (program.parser() != null) {
      parser(program.parser());
    }
    if (program.control() != null) {
      out.append("\ncontrol ");
      code.braces(out, program.control().statements(), "");
      out.append('\n');
    }
    out.append("\ndeparser {\n");
    code.block(out, new ArrayList<>(program.deparser()), INDENT);
    out.append("}\n");
    return wrapLongLines(out.toString());
  }

  private static String wrapLongLines(String text) {
    StringBuilder wrapped = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      wrapped.append(LineWrapper.wrap(line, indent)).append('\n');
    }
    return wrapped.substring(0, wrapped.length() - 1);
  }

  private void config() {
    Decls.Config c = program.config();
    out.append("\nconfig {\n");
    out.append(INDENT).append("ports = ").append(c.ports()).append(";\n");
    out.append(INDENT).append("max_frame = ").append(c.maxFrame()).append(";\n");
    out.append(INDENT)
        .append("on_parse_error = ")
        .append(c.dropOnParseError() ? "drop" : "continue")
        .append(";\n}\n");
  }

  private void errors() {
    List<String> declared = new ArrayList<>();
    for (Decls.ErrorCode e : program.errors()) {
      if (!e.isBuiltIn()) {
        declared.add(e.name());
      }
    }
    if (!declared.isEmpty()) {
      out.append("\nerror { ").append(String.join(", ", declared)).append(" }\n");
    }
  }

  private void header(HeaderType h) {
    out.append("\nheader ").append(h.name()).append(" {\n");
    for (HeaderType.Field f : h.fields()) {
      out.append(INDENT);
      if (f.isVariable()) {
        out.append("bytes<").append(f.maxBytes()).append("> ").append(f.name());
        out.append('[').append(code.expr(f.length(), Type.bit(32))).append("];\n");
      } else {
        out.append("bit<").append(f.width()).append("> ").append(f.name()).append(";\n");
      }
    }
    out.append("}\n");
  }

  // ---- headers and externs --------------------------------------------------------------------

  private void headers() {
    if (program.headers().isEmpty()) {
      return;
    }
    out.append("\nheaders {\n");
    for (Decls.HeaderInstance h : program.headers()) {
      out.append(INDENT).append(h.type().name()).append(' ').append(h.name());
      if (h.isStack()) {
        out.append('[').append(h.stackSize()).append(']');
      }
      out.append(";\n");
    }
    out.append("}\n");
  }

  private void externs() {
    boolean any = false;
    for (Decls.Counter c : program.counters()) {
      out.append(any ? "" : "\n").append("counter ").append(c.name());
      out.append('[').append(c.size()).append("];\n");
      any = true;
    }
    for (Decls.Register r : program.registers()) {
      out.append(any ? "" : "\n").append("register<bit<").append(r.width()).append(">> ");
      out.append(r.name()).append('[').append(r.size()).append("];\n");
      any = true;
    }
    for (Decls.MapDecl m : program.maps()) {
      out.append("\nmap<bit<").append(m.keyWidth()).append(">, bit<").append(m.valueWidth());
      out.append(">> ").append(m.name()).append(" {\n");
      out.append(INDENT).append("sets = ").append(m.sets()).append(";\n");
      out.append(INDENT).append("ways = ").append(m.ways()).append(";\n");
      if (m.timeoutNanos() != 0) {
        out.append(INDENT).append("timeout = ").append(m.timeoutNanos()).append(";\n");
      }
      out.append("}\n");
    }
  }

  // ---- actions and tables ---------------------------------------------------------------------

  private void action(Decls.Action a) {
    List<String> params = new ArrayList<>();
    for (Decls.Param p : a.params()) {
      params.add(CodePrinter.type(p.type()) + " " + p.name());
    }
    out.append("\naction ").append(a.name()).append('(').append(String.join(", ", params));
    out.append(") ");
    code.braces(out, a.body().statements(), "");
    out.append('\n');
  }

  private void table(Table t) {
    out.append("\ntable ").append(t.name()).append(" {\n");
    if (!t.keys().isEmpty()) {
      out.append(INDENT).append("key {\n");
      for (Decls.Key k : t.keys()) {
        String text = code.expr(k.expr(), null);
        out.append(INDENT).append(INDENT).append(text).append(": ").append(k.kind().keyword());
        boolean named = dev.oasis.compiler.check.SourceText.withoutSpaces(text).equals(k.name());
        if (!named && IDENTIFIER.matcher(k.name()).matches()) {
          out.append(" as ").append(k.name());
        }
        out.append(";\n");
      }
      out.append(INDENT).append("}\n");
    }
    out.append(INDENT).append("actions {");
    for (Decls.Action a : t.actions()) {
      out.append(' ').append(a.name()).append(';');
    }
    out.append(" }\n");
    if (!t.defaultAction().action().isNoAction()) {
      out.append(INDENT).append("default_action = ").append(actionCall(t.defaultAction()));
      out.append(";\n");
    }
    out.append(INDENT).append("size = ").append(t.size()).append(";\n");
    if (t.directCounters()) {
      out.append(INDENT).append("counters = true;\n");
    }
    if (!t.entries().isEmpty()) {
      out.append(INDENT).append("entries {\n");
      for (Table.ConstEntry e : t.entries()) {
        out.append(INDENT).append(INDENT).append(entryKeys(t, e)).append(": ");
        out.append(actionCall(e.action()));
        if (t.needsPriority()) {
          out.append(" priority ").append(e.priority());
        }
        out.append(";\n");
      }
      out.append(INDENT).append("}\n");
    }
    out.append("}\n");
  }

  private String actionCall(Decls.ActionCall call) {
    Decls.Action a = call.action();
    if (a.params().isEmpty()) {
      return a.name();
    }
    List<String> args = new ArrayList<>();
    for (int i = 0; i < call.args().size(); i++) {
      args.add(CodePrinter.constant(call.args().get(i), a.params().get(i).type(), true));
    }
    return a.name() + "(" + String.join(", ", args) + ")";
  }

  private String entryKeys(Table t, Table.ConstEntry e) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < e.matches().size(); i++) {
      keys.add(entryMatch(e.matches().get(i), t.keys().get(i).expr().type()));
    }
    return keys.size() == 1 ? keys.get(0) : "(" + String.join(", ", keys) + ")";
  }

  /** A match in the canonical form the checker builds back into the same match. */
  private static String entryMatch(Match m, Type type) {
    if (m instanceof Match.Lpm l) {
      if (l.prefixLength() == 0 && l.value().signum() == 0) {
        return "_";
      }
      return l.prefixLength() == type.width()
          ? value(l.value(), type)
          : value(l.value(), type) + " / " + l.prefixLength();
    }
    if (m instanceof Match.Ternary t && t.mask().equals(allOnes(type))) {
      return value(t.value(), type);
    }
    if (m instanceof Match.Range r) {
      if (r.low().signum() == 0 && r.high().equals(allOnes(type))) {
        return "_";
      }
      if (r.low().equals(r.high())) {
        return value(r.low(), type);
      }
    }
    return match(m, type);
  }

  private static BigInteger allOnes(Type type) {
    return BigInteger.ONE.shiftLeft(type.width()).subtract(BigInteger.ONE);
  }

  /** A match of a select case or an entry, with values sized by {@code type}. */
  static String match(Match m, Type type) {
    if (m instanceof Match.Any) {
      return "_";
    } else if (m instanceof Match.Exact e) {
      return value(e.value(), type);
    } else if (m instanceof Match.BytesExact b) {
      return CodePrinter.quote(b.value());
    } else if (m instanceof Match.Lpm l) {
      return value(l.value(), type) + " / " + l.prefixLength();
    } else if (m instanceof Match.Ternary t) {
      if (t.value().signum() == 0 && t.mask().signum() == 0) {
        return "_";
      }
      return value(t.value(), type) + " &&& " + value(t.mask(), type);
    }
    Match.Range r = (Match.Range) m;
    return value(r.low(), type) + " .. " + value(r.high(), type);
  }

  private static String value(BigInteger v, Type type) {
    return CodePrinter.constant(v, type, true);
  }

  // ---- parser ---------------------------------------------------------------------------------

  private void parser(ParserGraph g) {
    out.append("\nparser {\n");
    boolean first = true;
    for (ParserGraph.State s : g.states()) {
      out.append(first ? "" : "\n").append(INDENT).append("state ").append(s.name()).append(" {\n");
      first = false;
      code.block(out, s.statements(), INDENT + INDENT);
      out.append(INDENT).append(INDENT).append("transition ");
      if (s.transition() instanceof ParserGraph.Goto go) {
        out.append(target(go.target())).append(";\n");
      } else {
        select((ParserGraph.Select) s.transition());
      }
      out.append(INDENT).append("}\n");
    }
    out.append("}\n");
  }

  private void select(ParserGraph.Select select) {
    List<String> subjects = new ArrayList<>();
    for (Expr e : select.subjects()) {
      subjects.add(code.expr(e, null));
    }
    out.append("select (").append(String.join(", ", subjects)).append(") {\n");
    for (ParserGraph.Case c : select.cases()) {
      out.append(INDENT).append(INDENT).append(INDENT).append(keyset(c, select)).append(": ");
      out.append(target(c.target())).append(";\n");
    }
    out.append(INDENT).append(INDENT).append("}\n");
  }

  private static String keyset(ParserGraph.Case c, ParserGraph.Select select) {
    if (c.matches().stream().allMatch(m -> m instanceof Match.Any)) {
      return "default";
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < c.matches().size(); i++) {
      values.add(match(c.matches().get(i), select.subjects().get(i).type()));
    }
    return values.size() == 1 ? values.get(0) : "(" + String.join(", ", values) + ")";
  }

  private static String target(ParserGraph.Target t) {
    if (t instanceof ParserGraph.ToState s) {
      return s.name();
    } else if (t instanceof ParserGraph.Accept) {
      return "accept";
    }
    Decls.ErrorCode code = ((ParserGraph.Reject) t).error();
    return code.value() == Decls.ErrorCode.REJECTED.value()
        ? "reject"
        : "reject(error." + code.name() + ")";
  }
}
