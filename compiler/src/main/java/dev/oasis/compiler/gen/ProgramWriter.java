package dev.oasis.compiler.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one random program for {@link ProgramGenerator}: the declarations, tables and control; the
 * parser comes from {@link ParserWriter} and statements from {@link StatementWriter}. Holds what
 * has been declared so far.
 */
final class ProgramWriter {
  final SplittableRandom rnd;
  final Subset subset;
  private final StringBuilder out = new StringBuilder();
  final ExprWriter globals;
  final List<String[]> headers = new ArrayList<>(); // name, type
  final List<List<int[]>> headerFields = new ArrayList<>(); // width per field
  final List<Integer> metaWidths = new ArrayList<>();
  final List<String> actions = new ArrayList<>();
  final List<List<Integer>> actionParams = new ArrayList<>();
  final List<String> tables = new ArrayList<>();
  final List<List<String>> tableActions = new ArrayList<>();
  String register;
  int registerWidth;
  String counter;
  String map;
  int mapKey;
  int mapValue;
  int ports;
  int locals;

  private final StatementWriter statements = new StatementWriter(this);

  ProgramWriter(SplittableRandom rnd, Subset subset) {
    this.rnd = rnd;
    this.subset = subset;
    this.globals = new ExprWriter(rnd, subset.maxWidth());
  }

  String write() {
    ports = 1 + rnd.nextInt(8);
    line("// A random program from dev.oasis.compiler.gen.ProgramGenerator.");
    line("config {");
    line("    ports = " + ports + ";");
    line("    max_frame = " + (64 + rnd.nextInt(1500)) + ";");
    line("    on_parse_error = " + (rnd.nextBoolean() ? "drop" : "continue") + ";");
    line("}");
    headerTypes();
    metadata();
    externs();
    actions();
    tables();
    new ParserWriter(rnd, subset, out, headers, headerFields).write();
    control();
    return out.toString();
  }

  void line(String s) {
    out.append(s).append('\n');
  }

  int width() {
    int[] common = {1, 3, 4, 8, 12, 16, 32, 48, 64};
    int w =
        rnd.nextInt(3) == 0
            ? 1 + rnd.nextInt(subset.maxWidth())
            : common[rnd.nextInt(common.length)];
    return Math.min(w, subset.maxWidth());
  }

  private void headerTypes() {
    int count = 1 + rnd.nextInt(4);
    StringBuilder instances = new StringBuilder("headers {\n");
    for (int h = 0; h < count; h++) {
      List<int[]> fields = new ArrayList<>();
      line("header H" + h + " {");
      int bits = 0;
      int n = 1 + rnd.nextInt(5);
      for (int f = 0; f < n; f++) {
        int w = width();
        fields.add(new int[] {w});
        bits += w;
        line("    bit<" + w + "> f" + f + ";");
      }
      if (bits % 8 != 0) {
        int pad = 8 - bits % 8;
        fields.add(new int[] {pad});
        line("    bit<" + pad + "> f" + n + ";");
      }
      line("}");
      headers.add(new String[] {"h" + h, "H" + h});
      headerFields.add(fields);
      instances.append("    H").append(h).append(" h").append(h).append(";\n");
      for (int f = 0; f < fields.size(); f++) {
        globals.add("h" + h + ".f" + f, fields.get(f)[0]);
      }
      globals.addBool("h" + h + ".isValid()");
    }
    if (subset.varbytes()) {
      line("header V {");
      line("    bit<8> len;");
      int max = 1 + rnd.nextInt(32);
      line("    bytes<" + max + "> data[len];");
      line("}");
      headers.add(new String[] {"v", "V"});
      headerFields.add(List.of(new int[] {8, max}));
      instances.append("    V v;\n");
      globals.add("v.len", 8);
    }
    if (subset.stacks()) {
      int size = 1 + rnd.nextInt(4);
      line("header S {");
      line("    bit<8> more;");
      line("    bit<8> tag;");
      line("}");
      headers.add(new String[] {"st", "S[" + size + "]"});
      headerFields.add(List.of(new int[] {8}, new int[] {8}));
      instances.append("    S st[").append(size).append("];\n");
      globals.add("st[0].tag", 8);
      globals.add("st[" + (size - 1) + "].tag", 8);
    }
    out.append(instances).append("}\n");
  }

  private void metadata() {
    line("metadata {");
    int n = 1 + rnd.nextInt(4);
    for (int m = 0; m < n; m++) {
      int w = width();
      line("    bit<" + w + "> m" + m + ";");
      metaWidths.add(w);
      globals.add("meta.m" + m, w);
    }
    line("    bool flag;");
    globals.addBool("meta.flag");
    if (subset.checksums()) {
      line("    bit<16> sum;");
      globals.add("meta.sum", 16);
    }
    line("}");
    globals.add("packet.ingress_port", 16);
    globals.add("packet.length", 16);
  }

  private void externs() {
    if (subset.counters()) {
      counter = "c0";
      line("counter c0[" + (1 + rnd.nextInt(16)) + "];");
    }
    if (subset.registers()) {
      register = "r0";
      registerWidth = width();
      line("register<bit<" + registerWidth + ">> r0[" + (1 + rnd.nextInt(16)) + "];");
    }
    if (subset.maps()) {
      map = "mp0";
      mapKey = width();
      mapValue = width();
      line("map<bit<" + mapKey + ">, bit<" + mapValue + ">> mp0 {");
      line("    sets = " + (1 << rnd.nextInt(5)) + ";");
      line("    ways = " + (1 + rnd.nextInt(4)) + ";");
      if (rnd.nextBoolean()) {
        line("    timeout = " + (1 + rnd.nextInt(1_000_000)) + ";");
      }
      line("}");
    }
  }

  private void actions() {
    int n = 1 + rnd.nextInt(subset.maxActions());
    for (int a = 0; a < n; a++) {
      ExprWriter scope = globals.copy();
      List<Integer> params = new ArrayList<>();
      StringBuilder sig = new StringBuilder();
      int paramCount = rnd.nextInt(3);
      for (int p = 0; p < paramCount; p++) {
        int w = width();
        params.add(w);
        sig.append(p == 0 ? "" : ", ").append("bit<").append(w).append("> p").append(p);
        scope.add("p" + p, w);
      }
      line("action a" + a + "(" + sig + ") {");
      statements.statements(scope, 1, 1 + rnd.nextInt(4), Math.min(1, subset.maxIfDepth()), false);
      line("}");
      actions.add("a" + a);
      actionParams.add(params);
    }
  }

  private void tables() {
    if (!subset.anyTables()) {
      return;
    }
    int n = rnd.nextInt(subset.maxTables() + 1);
    for (int t = 0; t < n; t++) {
      List<String> kinds = new ArrayList<>();
      if (subset.exactTables()) {
        kinds.add("exact");
      }
      if (subset.ternaryTables()) {
        kinds.add("ternary");
      }
      if (subset.rangeTables()) {
        kinds.add("range");
      }
      line("table t" + t + " {");
      line("    key {");
      int keys = 1 + rnd.nextInt(3);
      boolean lpm = false;
      for (int k = 0; k < keys; k++) {
        String kind;
        if (subset.lpmTables() && !lpm && (kinds.isEmpty() || rnd.nextInt(3) == 0)) {
          kind = "lpm";
          lpm = true;
        } else if (kinds.isEmpty()) {
          break;
        } else {
          kind = kinds.get(rnd.nextInt(kinds.size()));
        }
        int w = width();
        line("        " + globals.variable(w) + ": " + kind + " as k" + k + ";");
      }
      line("    }");
      List<String> listed = new ArrayList<>();
      for (String a : actions) {
        if (listed.isEmpty() || rnd.nextBoolean()) {
          listed.add(a);
        }
      }
      line("    actions { " + String.join("; ", listed) + "; }");
      String def = listed.get(rnd.nextInt(listed.size()));
      line("    default_action = " + call(def) + ";");
      line("    size = " + (1 + rnd.nextInt(64)) + ";");
      if (rnd.nextBoolean()) {
        line("    counters = true;");
      }
      line("}");
      tables.add("t" + t);
      tableActions.add(listed);
    }
  }

  String call(String action) {
    List<Integer> params = actionParams.get(actions.indexOf(action));
    List<String> args = new ArrayList<>();
    for (int w : params) {
      args.add(globals.literalValue(w).toString());
    }
    return action + "(" + String.join(", ", args) + ")";
  }

  private void control() {
    line("control {");
    ExprWriter scope = globals.copy();
    statements.statements(scope, 1, 3 + rnd.nextInt(6), subset.maxIfDepth(), true);
    line("}");
  }
}
