package dev.oasis.compiler.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random well-typed Oasis programs for differential testing, within a {@link Subset}. A program has
 * random header types (fixed fields whose widths add up to whole bytes, optionally a
 * length-prefixed byte string), a parser that is a DAG of states with selects on exact values,
 * ranges and masks (optionally a loop over a header stack), tables with random keys and actions,
 * externs, and a control of random statements and expressions. Every program compiles without
 * diagnostics; {@code ProgramGeneratorTest} checks hundreds of seeds.
 *
 * <pre>{@code
 * ProgramGenerator gen = new ProgramGenerator(seed, Subset.all());
 * GeneratedProgram p = gen.next();
 * IrProgram ir = p.compile().program();
 * DataplaneState state = p.entries(ir, seed, 8);
 * List<GeneratedFrame> frames = PacketGenerator.forProgram(ir, seed).generate(200);
 * }</pre>
 */
public final class ProgramGenerator {
  private final SplittableRandom seeds;
  private final Subset subset;

  public ProgramGenerator(long seed, Subset subset) {
    this.seeds = new SplittableRandom(seed);
    this.subset = subset;
  }

  /** The next program; each has a seed of its own, so that it can be made again alone. */
  public GeneratedProgram next() {
    long seed = seeds.nextLong();
    return generate(seed, subset);
  }

  /** The program for one seed. */
  public static GeneratedProgram generate(long seed, Subset subset) {
    return new GeneratedProgram(
        new ProgramWriter(new SplittableRandom(seed), subset).write(), seed);
  }

  /** Writes one program; holds what has been declared so far. */
  private static final class ProgramWriter {
    private final SplittableRandom rnd;
    private final Subset subset;
    private final StringBuilder out = new StringBuilder();
    private final ExprWriter globals;
    private final List<String[]> headers = new ArrayList<>(); // name, type
    private final List<List<int[]>> headerFields = new ArrayList<>(); // width per field
    private final List<Integer> metaWidths = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final List<List<Integer>> actionParams = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final List<List<String>> tableActions = new ArrayList<>();
    private String register;
    private int registerWidth;
    private String counter;
    private String map;
    private int mapKey;
    private int mapValue;
    private int ports;
    private int locals;

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

    private void line(String s) {
      out.append(s).append('\n');
    }

    private int width() {
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
        statements(scope, 1, 1 + rnd.nextInt(4), Math.min(1, subset.maxIfDepth()), false);
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

    private String call(String action) {
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
      statements(scope, 1, 3 + rnd.nextInt(6), subset.maxIfDepth(), true);
      line("}");
    }

    private void statements(ExprWriter scope, int indent, int count, int ifDepth, boolean control) {
      for (int i = 0; i < count; i++) {
        statement(scope, indent, ifDepth, control);
      }
    }

    private void statement(ExprWriter scope, int indent, int ifDepth, boolean control) {
      String pad = "    ".repeat(indent);
      int choice = rnd.nextInt(16);
      switch (choice) {
        case 0, 1, 2 -> {
          String[] target = assignable();
          line(pad + target[0] + " = " + scope.bits(Integer.parseInt(target[1]), 3) + ";");
        }
        case 3 -> {
          int w = width();
          String name = "l" + locals++;
          line(pad + "bit<" + w + "> " + name + " = " + scope.bits(w, 2) + ";");
          scope.add(name, w);
        }
        case 4 -> line(pad + "meta.flag = " + scope.bool(2) + ";");
        case 5, 6 -> {
          if (ifDepth > 0) {
            line(pad + "if (" + scope.bool(2) + ") {");
            statements(scope.copy(), indent + 1, 1 + rnd.nextInt(3), ifDepth - 1, control);
            line(pad + "} else {");
            statements(scope.copy(), indent + 1, rnd.nextInt(3), ifDepth - 1, control);
            line(pad + "}");
          }
        }
        case 7 -> line(pad + decision(scope));
        case 8, 9 -> {
          if (control && !tables.isEmpty()) {
            apply(scope, indent, ifDepth);
          } else if (control) {
            String a = actions.get(rnd.nextInt(actions.size()));
            line(pad + call(a) + ";");
          }
        }
        case 10 -> {
          if (counter != null) {
            line(pad + "c0.count(" + scope.bits(32, 1) + ");");
          }
        }
        case 11 -> {
          if (register != null) {
            line(
                pad + "r0.write(" + scope.bits(32, 1) + ", " + scope.bits(registerWidth, 2) + ");");
            scope.add("r0.read(" + scope.literal(32) + ")", registerWidth);
          }
        }
        case 12 -> {
          if (map != null) {
            mapCall(scope, pad);
          }
        }
        case 13 -> {
          if (subset.checksums()) {
            checksum(scope, pad);
          }
        }
        case 14 -> {
          String[] h = headers.get(rnd.nextInt(headers.size()));
          if (!h[1].contains("[")) {
            line(pad + h[0] + (rnd.nextBoolean() ? ".setValid();" : ".setInvalid();"));
          }
        }
        default -> {
          if (control && rnd.nextInt(4) == 0) {
            String a = actions.get(rnd.nextInt(actions.size()));
            line(pad + call(a) + ";");
          }
        }
      }
    }

    private String[] assignable() {
      if (rnd.nextBoolean()) {
        int m = rnd.nextInt(metaWidths.size());
        return new String[] {"meta.m" + m, String.valueOf(metaWidths.get(m))};
      }
      int h = rnd.nextInt(headers.size());
      List<int[]> fields = headerFields.get(h);
      String name = headers.get(h)[0];
      if (name.equals("v")) {
        return new String[] {"v.len", "8"};
      }
      if (name.equals("st")) {
        return new String[] {"st[0].tag", "8"};
      }
      int f = rnd.nextInt(fields.size());
      return new String[] {name + ".f" + f, String.valueOf(fields.get(f)[0])};
    }

    private String decision(ExprWriter scope) {
      return switch (rnd.nextInt(6)) {
        case 0 -> "forward(" + scope.bits(16, 1) + ");";
        case 1 -> "forward(16w" + rnd.nextInt(ports) + ");";
        case 2 -> "drop();";
        case 3 -> "reply();";
        case 4 -> "punt(" + scope.bits(16, 1) + ");";
        default ->
            rnd.nextBoolean()
                ? "broadcast();"
                : "multicast(" + rnd.nextInt(1 << Math.min(ports, 16)) + ");";
      };
    }

    private void apply(ExprWriter scope, int indent, int ifDepth) {
      String pad = "    ".repeat(indent);
      int t = rnd.nextInt(tables.size());
      String table = tables.get(t);
      switch (rnd.nextInt(3)) {
        case 0 -> line(pad + table + ".apply();");
        case 1 -> {
          line(pad + "if (" + table + ".apply()." + (rnd.nextBoolean() ? "hit" : "miss") + ") {");
          statements(scope.copy(), indent + 1, 1 + rnd.nextInt(2), Math.max(0, ifDepth - 1), true);
          line(pad + "}");
        }
        default -> {
          line(pad + "switch (" + table + ".apply()) {");
          for (String a : tableActions.get(t)) {
            if (rnd.nextBoolean()) {
              line(pad + "    " + a + ": {");
              statements(scope.copy(), indent + 2, 1, 0, true);
              line(pad + "    }");
            }
          }
          line(pad + "    default: {");
          statements(scope.copy(), indent + 2, 1, 0, true);
          line(pad + "    }");
          line(pad + "}");
        }
      }
    }

    private void mapCall(ExprWriter scope, String pad) {
      String key = scope.bits(mapKey, 1);
      switch (rnd.nextInt(4)) {
        case 0 -> line(pad + "mp0.put(" + key + ", " + scope.bits(mapValue, 1) + ");");
        case 1 -> line(pad + "mp0.remove(" + key + ");");
        case 2 -> {
          String name = "l" + locals++;
          line(pad + "bit<" + mapValue + "> " + name + " = mp0.get(" + key + ");");
          scope.add(name, mapValue);
        }
        default -> {
          String name = "l" + locals++;
          line(pad + "bool " + name + " = mp0.contains(" + key + ");");
          scope.addBool(name);
        }
      }
    }

    private void checksum(ExprWriter scope, String pad) {
      if (rnd.nextBoolean()) {
        String h = headers.get(rnd.nextInt(headers.size()))[0];
        line(pad + "meta.sum = csum16(" + h + ", " + scope.bits(16, 1) + ");");
      } else {
        line(
            pad
                + "meta.sum = csum16_update(meta.sum, "
                + scope.bits(32, 1)
                + ", "
                + scope.bits(32, 1)
                + ");");
      }
    }
  }
}
