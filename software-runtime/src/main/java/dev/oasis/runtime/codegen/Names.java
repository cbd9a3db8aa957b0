package dev.oasis.runtime.codegen;

/**
 * Java names for the things of a program. Every generated name has a prefix that says what it is
 * ({@code h_} header, {@code m_} metadata, {@code l_} local, {@code p_} parameter, {@code a_}
 * action, {@code t_} table, {@code c_} counter, {@code r_} register, {@code mp_} map), so a
 * program's names never clash with Java keywords or with each other; characters Java does not allow
 * in names (the dots of struct metadata) become underscores.
 */
final class Names {

  static String ident(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
    }
    return b.toString();
  }

  String type(String headerType) {
    return ident(headerType);
  }

  String instance(String header) {
    return ident(header);
  }

  static String meta(int index, String name) {
    return "m" + index + "_" + ident(name);
  }

  static String local(int id, String name) {
    return "l" + id + "_" + ident(name);
  }

  static String param(int index, String name) {
    return "p" + index + "_" + ident(name);
  }

  static String action(String name) {
    return "a_" + ident(name);
  }

  static String actionId(String name) {
    return "A_" + ident(name);
  }

  static String table(String name) {
    return "t_" + ident(name);
  }

  /** The method that applies a table: it returns {@code (action id << 1) | hit}. */
  static String apply(String table) {
    return "apply_" + ident(table);
  }

  static String counter(String name) {
    return "c_" + ident(name);
  }

  static String register(String name) {
    return "r_" + ident(name);
  }

  static String map(String name) {
    return "mp_" + ident(name);
  }

  /** The class name for a program: {@code router} gives {@code RouterPipeline}. */
  static String className(String programName) {
    String id = ident(programName);
    StringBuilder b = new StringBuilder();
    boolean upper = true;
    for (char c : id.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    String name = b.length() == 0 || !Character.isLetter(b.charAt(0)) ? "P" + b : b.toString();
    return name + "Pipeline";
  }
}
