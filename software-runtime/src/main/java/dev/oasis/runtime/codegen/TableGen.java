package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.BytesVal;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import dev.oasis.runtime.pipeline.ActionIds;
import dev.oasis.runtime.pipeline.ByteStrings;
import dev.oasis.runtime.pipeline.KeyLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code apply_t()} method per table: it evaluates the key into the table's key words, looks it
 * up (counting the packet), runs the selected action with the entry's arguments, and returns {@code
 * (action id << 1) | hit} for {@code .hit}, {@code .miss} and {@code switch}. Also one method per
 * action.
 */
final class TableGen {
  private final GenContext ctx;

  TableGen(GenContext ctx) {
    this.ctx = ctx;
  }

  void applyMethod(Table t, Code out) {
    ctx.startMethod();
    ExprGen gen = new ExprGen(ctx, false);
    String table = Names.table(t.name());
    KeyLayout layout = KeyLayout.of(t);

    Comments.source(t.span(), out);
    out.open("private int " + Names.apply(t.name()) + "()");
    if (!t.keys().isEmpty()) {
      out.line("long[] key = " + table + ".key;");
    }
    for (int i = 0; i < t.keys().size(); i++) {
      Decls.Key k = t.keys().get(i);
      KeyLayout.Element e = layout.elements().get(i);
      out.line("// key " + k.name() + ": " + k.kind().keyword());
      Operand v = gen.eval(k.expr(), out);
      int at = e.offset();
      if (v instanceof BytesVal b) {
        out.line(
            "ByteStrings.pack(key, "
                + at
                + ", "
                + ByteStrings.words(e.shape().maxBytes())
                + ", "
                + b.array()
                + ", "
                + b.offset()
                + ", "
                + b.length()
                + ");");
      } else if (v instanceof WideVal w) {
        out.line("key[" + at + "] = " + w.hi() + ";");
        out.line("key[" + (at + 1) + "] = " + w.lo() + ";");
      } else {
        Val n = (Val) v;
        if (e.words() == 2) {
          out.line("key[" + at + "] = 0L;");
          at++;
        }
        out.line("key[" + at + "] = " + (n.bool() ? n.code() + " ? 1L : 0L" : n.code()) + ";");
      }
    }
    out.line("int entry = " + table + ".apply(length);");
    out.line("int action = " + table + ".action(entry);");
    List<Decls.Action> actions = actionsOf(t);
    boolean anyArgs = actions.stream().anyMatch(a -> !a.params().isEmpty());
    if (anyArgs) {
      out.line("long[] args = " + table + ".args(entry);");
    }
    out.open("switch (action)");
    for (Decls.Action a : actions) {
      if (a.isNoAction()) {
        continue;
      }
      out.line("case " + Names.actionId(a.name()) + ":");
      out.line("  " + Names.action(a.name()) + "(" + String.join(", ", arguments(a)) + ");");
      out.line("  break;");
    }
    out.line("default:");
    out.line("  break;");
    out.close();
    out.line("return (action << 1) | (entry >= 0 ? 1 : 0);");
    out.close();
  }

  /** The actions a table can run: its own, then its default action if that is not one of them. */
  private static List<Decls.Action> actionsOf(Table t) {
    Map<String, Decls.Action> byName = new LinkedHashMap<>();
    for (Decls.Action a : t.actions()) {
      byName.put(a.name(), a);
    }
    byName.putIfAbsent(t.defaultAction().action().name(), t.defaultAction().action());
    return new ArrayList<>(byName.values());
  }

  /** An entry's argument words as the action's Java arguments. */
  private static List<String> arguments(Decls.Action a) {
    List<String> out = new ArrayList<>();
    int[] at = ActionIds.wordOffsets(a);
    for (int i = 0; i < a.params().size(); i++) {
      Type type = a.params().get(i).type();
      if (type instanceof Type.Bool) {
        out.add("args[" + at[i] + "] != 0");
      } else if (ActionIds.wordsOf(type) == 2) {
        out.add("args[" + at[i] + "]");
        out.add("args[" + (at[i] + 1) + "]");
      } else {
        out.add("args[" + at[i] + "]");
      }
    }
    return out;
  }

  void actionMethod(Decls.Action a, Code out) {
    ctx.startMethod();
    Comments.source(a.span(), out);
    out.open("private void " + Names.action(a.name()) + "(" + StmtGen.parameters(a) + ")");
    new StmtGen(ctx, new ExprGen(ctx, false)).statements(a.body().statements(), out);
    out.close();
  }
}
