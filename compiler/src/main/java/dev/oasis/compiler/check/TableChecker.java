package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.ast.TableProperty;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a table declaration into an IR {@link Table}: its key elements (types, match kinds, at
 * most one lpm, byte strings exact only, unique names), its actions, its default action and
 * constant entries (listed actions, constant arguments of the parameter types, match forms valid
 * for each kind, priorities exactly when the table needs them), its size and counters. The table is
 * built even after errors, so that the code that applies it can still be checked.
 */
final class TableChecker {
  static final int MAX_SIZE = 1_000_000;
  static final int DEFAULT_SIZE = 1024;

  private final Env env;
  private final Decl.Table decl;
  private final String name;

  /** A key element had an error: entries' match forms and priorities are not checked. */
  private boolean keyErrors;

  TableChecker(Env env, Decl.Table decl) {
    this.env = env;
    this.decl = decl;
    this.name = decl.name().text();
  }

  private Diagnostic error(SemanticCodes code, Span span, Object... args) {
    return env.diags.error(code, span, args);
  }

  Table check() {
    Map<String, TableProperty> once = new HashMap<>();
    TableProperty.Key key = null;
    TableProperty.Actions actionList = null;
    TableProperty.DefaultAction defaultAction = null;
    TableProperty.Entries entries = null;
    int size = DEFAULT_SIZE;
    boolean counters = false;
    for (TableProperty p : decl.properties()) {
      String property = propertyName(p);
      TableProperty first = once.putIfAbsent(property, p);
      if (first != null) {
        Diagnostic d = error(SemanticCodes.DUPLICATE_TABLE_PROPERTY, p.span(), name, property);
        env.diags.replace(d, d.withNote("the first '" + property + "' is here", first.span()));
        continue;
      }
      if (p instanceof TableProperty.Key k) {
        key = k;
      } else if (p instanceof TableProperty.Actions a) {
        actionList = a;
      } else if (p instanceof TableProperty.DefaultAction d) {
        defaultAction = d;
      } else if (p instanceof TableProperty.Entries e) {
        entries = e;
      } else {
        TableProperty.Value v = (TableProperty.Value) p;
        switch (property) {
          case "size" -> size = size(v);
          case "counters" -> counters = counters(v);
          default -> error(SemanticCodes.UNKNOWN_TABLE_PROPERTY, v.name().span(), property);
        }
      }
    }

    List<Decls.Key> keys = new ArrayList<>();
    List<SemType> keyTypes = new ArrayList<>();
    if (key != null) {
      keys(key, keys, keyTypes);
    }
    List<Decls.Action> actions = actionList == null ? List.of() : actions(actionList);
    if (actionList == null) {
      error(SemanticCodes.NO_ACTIONS, decl.name().span(), name);
    }
    Decls.ActionCall defaultCall =
        new Decls.ActionCall(Decls.NO_ACTION, List.of(), decl.name().span());
    if (defaultAction != null) {
      Decls.ActionCall call = actionCall(defaultAction.action(), actions, true);
      if (call != null) {
        defaultCall = call;
      }
    }
    Table partial =
        new Table(name, keys, actions, defaultCall, size, counters, List.of(), decl.span());
    List<Table.ConstEntry> constEntries = new ArrayList<>();
    if (entries != null) {
      Map<String, Table.ConstEntry> byKey = new HashMap<>();
      for (TableProperty.Entry e : entries.entries()) {
        Table.ConstEntry entry = entry(e, partial, keyTypes);
        if (entry == null) {
          continue;
        }
        Table.ConstEntry first = byKey.putIfAbsent(keyOf(entry.matches()), entry);
        if (first != null) {
          var d = error(SemanticCodes.DUPLICATE_ENTRY, e.span(), name);
          env.diags.replace(d, d.withNote("the first entry with this key is here", first.span()));
          continue;
        }
        constEntries.add(entry);
      }
      if (entries.entries().size() > size) {
        error(SemanticCodes.TOO_MANY_ENTRIES, entries.span(), name, entries.entries().size(), size);
      }
    }
    return new Table(name, keys, actions, defaultCall, size, counters, constEntries, decl.span());
  }

  /** A text that is equal for two keys exactly when a table would hold them as one entry. */
  private static String keyOf(List<Match> matches) {
    StringBuilder key = new StringBuilder();
    for (Match m : matches) {
      String part;
      if (m instanceof Match.Exact x) {
        part = "exact " + x.value();
      } else if (m instanceof Match.BytesExact b) {
        part = "bytes " + java.util.HexFormat.of().formatHex(b.value());
      } else if (m instanceof Match.Lpm l) {
        part = "lpm " + l.value() + "/" + l.prefixLength();
      } else if (m instanceof Match.Ternary t) {
        part = "ternary " + t.value().and(t.mask()) + "&" + t.mask();
      } else if (m instanceof Match.Range r) {
        part = "range " + r.low() + ".." + r.high();
      } else {
        part = "any";
      }
      key.append(part).append(';');
    }
    return key.toString();
  }

  private static String propertyName(TableProperty p) {
    if (p instanceof TableProperty.Key) {
      return "key";
    } else if (p instanceof TableProperty.Actions) {
      return "actions";
    } else if (p instanceof TableProperty.DefaultAction) {
      return "default_action";
    } else if (p instanceof TableProperty.Entries) {
      return "entries";
    }
    return ((TableProperty.Value) p).name().text();
  }

  private int size(TableProperty.Value v) {
    BigInteger size = env.constant(v.value(), null, "the size of table '" + name + "'");
    if (size == null) {
      return DEFAULT_SIZE;
    }
    if (size.signum() <= 0 || size.compareTo(BigInteger.valueOf(MAX_SIZE)) > 0) {
      error(SemanticCodes.TABLE_SIZE_OUT_OF_RANGE, v.value().span(), size, name);
      return DEFAULT_SIZE;
    }
    return size.intValueExact();
  }

  private boolean counters(TableProperty.Value v) {
    if (v.value() instanceof dev.oasis.dsl.ast.Expr.BoolLit b) {
      return b.value();
    }
    error(SemanticCodes.COUNTERS_NOT_BOOL, v.value().span(), v.value().span().text(), name);
    return false;
  }

  // ---- keys ---------------------------------------------------------------------------------

  private void keys(TableProperty.Key key, List<Decls.Key> keys, List<SemType> types) {
    ExprChecker ex = new ExprChecker(env, Body.tableKey(name));
    Map<String, Span> names = new HashMap<>();
    String firstLpm = null;
    for (TableProperty.KeyElement element : key.elements()) {
      String keyName =
          element.alias() != null ? element.alias().text() : SourceText.keyName(element.expr());
      Typed t = ex.check(element.expr(), null);
      MatchKind kind = matchKind(element.matchKind());
      if (names.containsKey(keyName)) {
        Diagnostic d =
            error(SemanticCodes.DUPLICATE_KEY_NAME, element.expr().span(), name, keyName);
        env.diags.replace(d, d.withNote("the first '" + keyName + "' is here", names.get(keyName)));
      }
      names.putIfAbsent(keyName, element.expr().span());
      boolean typeOk =
          t.type().isBit()
              || t.type().isBool()
              || t.type() instanceof SemType.Enum
              || (t.type().isBytes() && !(t.ir() instanceof Expr.BytesConst));
      if (!t.isPoison() && !typeOk) {
        error(
            SemanticCodes.BAD_KEY_TYPE,
            element.expr().span(),
            keyName,
            t.isUnsized() ? "integer literal" : t.type());
      }
      if (kind == MatchKind.LPM) {
        if (firstLpm != null) {
          error(SemanticCodes.TWO_LPM_KEYS, element.matchKind().span(), name, firstLpm, keyName);
        }
        firstLpm = firstLpm == null ? keyName : firstLpm;
      }
      if (kind != null && kind != MatchKind.EXACT && t.type().isBytes()) {
        error(
            SemanticCodes.BYTES_KEY_NOT_EXACT, element.matchKind().span(), keyName, kind.keyword());
        kind = null;
      }
      boolean ok = !t.isPoison() && typeOk && kind != null;
      keyErrors |= !ok;
      keys.add(
          new Decls.Key(
              keyName,
              ok
                  ? t.ir()
                  : new Expr.Const(
                      BigInteger.ZERO, dev.oasis.compiler.ir.Type.bit(1), element.span()),
              kind == null ? MatchKind.EXACT : kind,
              element.span()));
      types.add(ok ? t.type() : SemType.POISON);
    }
  }

  private MatchKind matchKind(Name kind) {
    for (MatchKind k : MatchKind.values()) {
      if (k.keyword().equals(kind.text())) {
        return k;
      }
    }
    error(SemanticCodes.UNKNOWN_MATCH_KIND, kind.span(), kind.text());
    return null;
  }

  // ---- actions ------------------------------------------------------------------------------

  private List<Decls.Action> actions(TableProperty.Actions list) {
    List<Decls.Action> actions = new ArrayList<>();
    Map<String, Name> seen = new HashMap<>();
    for (Name n : list.actions()) {
      Decls.Action action = action(n);
      if (action == null) {
        env.poisoned.add("actions:" + name);
        continue;
      }
      if (seen.containsKey(n.text())) {
        Diagnostic d = error(SemanticCodes.DUPLICATE_TABLE_ACTION, n.span(), n.text(), name);
        env.diags.replace(
            d, d.withNote("'" + n.text() + "' is first listed here", seen.get(n.text()).span()));
        continue;
      }
      seen.put(n.text(), n);
      actions.add(action);
    }
    return actions;
  }

  /** The action {@code n} names (NoAction included), or null after reporting. */
  private Decls.Action action(Name n) {
    if (n.text().equals(Decls.NO_ACTION.name())) {
      return Decls.NO_ACTION;
    }
    if (env.globals.isDuplicated(n.text())) {
      return null; // which declaration is meant is unknown; the duplicate is reported
    }
    Decls.Action action = env.actions.get(n.text());
    if (action != null) {
      return action;
    }
    Node other = env.globals.lookup(n.text());
    if (other != null && !(other instanceof Decl.Action)) {
      error(
          SemanticCodes.WRONG_KIND_OF_NAME,
          n.span(),
          n.text(),
          Globals.describe(other),
          "an action");
    } else if (other == null && env.firstReport("action:" + n.text())) {
      List<String> candidates = new ArrayList<>(env.globals.namesOf(Decl.Action.class));
      candidates.add(Decls.NO_ACTION.name());
      error(
          SemanticCodes.UNKNOWN_ACTION,
          n.span(),
          n.text(),
          Suggestions.didYouMean(n.text(), candidates));
    }
    return null;
  }

  /**
   * An action with constant arguments for the default action ({@code isDefault}: NoAction is always
   * allowed) or an entry; null after an error.
   */
  private Decls.ActionCall actionCall(
      TableProperty.ActionRef ref, List<Decls.Action> listed, boolean isDefault) {
    Decls.Action action = action(ref.name());
    if (action == null) {
      return null;
    }
    boolean listedHere = listed.stream().anyMatch(a -> a == action);
    if (!listedHere && env.poisoned.contains("actions:" + name)) {
      return null; // the actions list has an error, so it may have meant this action
    }
    if (!listedHere && !(isDefault && action.isNoAction())) {
      error(SemanticCodes.ACTION_NOT_IN_TABLE, ref.name().span(), action.name(), name);
      return null;
    }
    if (env.actionsWithBadParams.contains(action.name())) {
      return null;
    }
    if (ref.args().size() != action.params().size()) {
      error(
          SemanticCodes.ACTION_ARGUMENT_COUNT,
          ref.span(),
          action.name(),
          action.params().size(),
          ref.args().size());
      return null;
    }
    List<BigInteger> values = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < ref.args().size(); i++) {
      Decls.Param p = action.params().get(i);
      String role = "argument '" + p.name() + "' of action '" + action.name() + "'";
      BigInteger value = env.constant(ref.args().get(i), env.semType(p, p.type()), role);
      ok &= value != null;
      values.add(value);
    }
    return ok ? new Decls.ActionCall(action, values, ref.span()) : null;
  }

  // ---- constant entries ---------------------------------------------------------------------

  private Table.ConstEntry entry(TableProperty.Entry e, Table table, List<SemType> keyTypes) {
    Decls.ActionCall action = actionCall(e.action(), table.actions(), false);
    int priority = priority(e, table);
    List<Decls.Key> keys = table.keys();
    if (e.keys().size() != keys.size()) {
      error(SemanticCodes.ENTRY_ARITY, e.span(), name, keys.size(), e.keys().size());
      return null;
    }
    Keysets keysets = new Keysets(env);
    List<Match> matches = new ArrayList<>();
    boolean ok = action != null && priority >= 0;
    for (int i = 0; i < keys.size(); i++) {
      Decls.Key key = keys.get(i);
      Match m = keysets.entry(e.keys().get(i), key.kind(), keyTypes.get(i), key.name());
      ok &= m != null;
      matches.add(m);
    }
    return ok ? new Table.ConstEntry(matches, action, priority, e.span()) : null;
  }

  /** The entry's priority (0 where the table needs none), or -1 after an error. */
  private int priority(TableProperty.Entry e, Table table) {
    if (keyErrors) {
      return 0;
    }
    if (!table.needsPriority()) {
      if (e.priority() != null) {
        error(SemanticCodes.PRIORITY_NOT_ALLOWED, e.priority().span(), name);
        return -1;
      }
      return 0;
    }
    if (e.priority() == null) {
      Decls.Key key =
          table.keys().stream()
              .filter(k -> k.kind() == MatchKind.TERNARY || k.kind() == MatchKind.RANGE)
              .findFirst()
              .orElseThrow();
      error(
          SemanticCodes.PRIORITY_MISSING,
          e.span(),
          name,
          key.name(),
          key.kind().keyword().toLowerCase(Locale.ROOT));
      return -1;
    }
    BigInteger p = env.constant(e.priority(), null, "the priority of an entry");
    if (p == null) {
      return -1;
    }
    if (p.signum() < 0 || p.bitLength() > 31) {
      error(SemanticCodes.PRIORITY_OUT_OF_RANGE, e.priority().span(), p);
      return -1;
    }
    return p.intValueExact();
  }
}
