package dev.oasis.compiler.gen;

import java.util.List;

/**
 * Writes random statements of actions and the control for {@link ProgramWriter}: assignments,
 * locals, nested ifs, decisions, table applies, action calls, extern calls, checksums and validity
 * changes, over the declarations the program writer holds.
 */
final class StatementWriter {
  private final ProgramWriter w;

  StatementWriter(ProgramWriter w) {
    this.w = w;
  }

  void statements(ExprWriter scope, int indent, int count, int ifDepth, boolean control) {
    for (int i = 0; i < count; i++) {
      statement(scope, indent, ifDepth, control);
    }
  }

  private void statement(ExprWriter scope, int indent, int ifDepth, boolean control) {
    String pad = "    ".repeat(indent);
    int choice = w.rnd.nextInt(16);
    switch (choice) {
      case 0, 1, 2 -> {
        String[] target = assignable();
        w.line(pad + target[0] + " = " + scope.bits(Integer.parseInt(target[1]), 3) + ";");
      }
      case 3 -> {
        int width = w.width();
        String name = "l" + w.locals++;
        w.line(pad + "bit<" + width + "> " + name + " = " + scope.bits(width, 2) + ";");
        scope.add(name, width);
      }
      case 4 -> w.line(pad + "meta.flag = " + scope.bool(2) + ";");
      case 5, 6 -> {
        if (ifDepth > 0) {
          w.line(pad + "if (" + scope.bool(2) + ") {");
          statements(scope.copy(), indent + 1, 1 + w.rnd.nextInt(3), ifDepth - 1, control);
          w.line(pad + "} else {");
          statements(scope.copy(), indent + 1, w.rnd.nextInt(3), ifDepth - 1, control);
          w.line(pad + "}");
        }
      }
      case 7 -> w.line(pad + decision(scope));
      case 8, 9 -> {
        if (control && !w.tables.isEmpty()) {
          apply(scope, indent, ifDepth);
        } else if (control) {
          String a = w.actions.get(w.rnd.nextInt(w.actions.size()));
          w.line(pad + w.call(a) + ";");
        }
      }
      case 10 -> {
        if (w.counter != null) {
          w.line(pad + "c0.count(" + scope.bits(32, 1) + ");");
        }
      }
      case 11 -> {
        if (w.register != null) {
          w.line(
              pad + "r0.write(" + scope.bits(32, 1) + ", " + scope.bits(w.registerWidth, 2) + ");");
          scope.add("r0.read(" + scope.literal(32) + ")", w.registerWidth);
        }
      }
      case 12 -> {
        if (w.map != null) {
          mapCall(scope, pad);
        }
      }
      case 13 -> {
        if (w.subset.checksums()) {
          checksum(scope, pad);
        }
      }
      case 14 -> {
        String[] h = w.headers.get(w.rnd.nextInt(w.headers.size()));
        if (!h[1].contains("[")) {
          w.line(pad + h[0] + (w.rnd.nextBoolean() ? ".setValid();" : ".setInvalid();"));
        }
      }
      default -> {
        if (control && w.rnd.nextInt(4) == 0) {
          String a = w.actions.get(w.rnd.nextInt(w.actions.size()));
          w.line(pad + w.call(a) + ";");
        }
      }
    }
  }

  private String[] assignable() {
    if (w.rnd.nextBoolean()) {
      int m = w.rnd.nextInt(w.metaWidths.size());
      return new String[] {"meta.m" + m, String.valueOf(w.metaWidths.get(m))};
    }
    int h = w.rnd.nextInt(w.headers.size());
    List<int[]> fields = w.headerFields.get(h);
    String name = w.headers.get(h)[0];
    if (name.equals("v")) {
      return new String[] {"v.len", "8"};
    }
    if (name.equals("st")) {
      return new String[] {"st[0].tag", "8"};
    }
    int f = w.rnd.nextInt(fields.size());
    return new String[] {name + ".f" + f, String.valueOf(fields.get(f)[0])};
  }

  private String decision(ExprWriter scope) {
    return switch (w.rnd.nextInt(6)) {
      case 0 -> "forward(" + scope.bits(16, 1) + ");";
      case 1 -> "forward(16w" + w.rnd.nextInt(w.ports) + ");";
      case 2 -> "drop();";
      case 3 -> "reply();";
      case 4 -> "punt(" + scope.bits(16, 1) + ");";
      default ->
          w.rnd.nextBoolean()
              ? "broadcast();"
              : "multicast(" + w.rnd.nextInt(1 << Math.min(w.ports, 16)) + ");";
    };
  }

  private void apply(ExprWriter scope, int indent, int ifDepth) {
    String pad = "    ".repeat(indent);
    int t = w.rnd.nextInt(w.tables.size());
    String table = w.tables.get(t);
    switch (w.rnd.nextInt(3)) {
      case 0 -> w.line(pad + table + ".apply();");
      case 1 -> {
        w.line(pad + "if (" + table + ".apply()." + (w.rnd.nextBoolean() ? "hit" : "miss") + ") {");
        statements(scope.copy(), indent + 1, 1 + w.rnd.nextInt(2), Math.max(0, ifDepth - 1), true);
        w.line(pad + "}");
      }
      default -> {
        w.line(pad + "switch (" + table + ".apply()) {");
        for (String a : w.tableActions.get(t)) {
          if (w.rnd.nextBoolean()) {
            w.line(pad + "    " + a + ": {");
            statements(scope.copy(), indent + 2, 1, 0, true);
            w.line(pad + "    }");
          }
        }
        w.line(pad + "    default: {");
        statements(scope.copy(), indent + 2, 1, 0, true);
        w.line(pad + "    }");
        w.line(pad + "}");
      }
    }
  }

  private void mapCall(ExprWriter scope, String pad) {
    String key = scope.bits(w.mapKey, 1);
    switch (w.rnd.nextInt(4)) {
      case 0 -> w.line(pad + "mp0.put(" + key + ", " + scope.bits(w.mapValue, 1) + ");");
      case 1 -> w.line(pad + "mp0.remove(" + key + ");");
      case 2 -> {
        String name = "l" + w.locals++;
        w.line(pad + "bit<" + w.mapValue + "> " + name + " = mp0.get(" + key + ");");
        scope.add(name, w.mapValue);
      }
      default -> {
        String name = "l" + w.locals++;
        w.line(pad + "bool " + name + " = mp0.contains(" + key + ");");
        scope.addBool(name);
      }
    }
  }

  private void checksum(ExprWriter scope, String pad) {
    if (w.rnd.nextBoolean()) {
      String h = w.headers.get(w.rnd.nextInt(w.headers.size()))[0];
      w.line(pad + "meta.sum = csum16(" + h + ", " + scope.bits(16, 1) + ");");
    } else {
      w.line(
          pad
              + "meta.sum = csum16_update(meta.sum, "
              + scope.bits(32, 1)
              + ", "
              + scope.bits(32, 1)
              + ");");
    }
  }
}
