package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-built IR declarations for tests of the state, schema and entries packages, which only need
 * the declarations (names, widths, kinds), not a whole compiled program.
 */
public final class IrFixtures {
  private IrFixtures() {}

  public static final Span NO_SPAN = Span.NONE;
  public static final Decls.Action NO_ACTION =
      new Decls.Action("NoAction", List.of(), emptyBlock(), NO_SPAN);

  public static Stmt.Block emptyBlock() {
    return new Stmt.Block(List.of(), NO_SPAN);
  }

  /** A key element on a metadata field of {@code bit<width>}. */
  public static Decls.Key key(String name, int width, Decls.MatchKind kind) {
    return keyOfType(name, Type.bit(width), kind);
  }

  /** An exact key element on a byte string of at most {@code maxBytes}. */
  public static Decls.Key bytesKey(String name, int maxBytes) {
    return keyOfType(name, new Type.Bytes(maxBytes), Decls.MatchKind.EXACT);
  }

  public static Decls.Key keyOfType(String name, Type type, Decls.MatchKind kind) {
    Decls.MetaField f = new Decls.MetaField(name.replace('.', '_'), type, NO_SPAN);
    return new Decls.Key(name, new Expr.MetaRef(f, NO_SPAN), kind, NO_SPAN);
  }

  /** An action whose parameters are {@code name, width} pairs. */
  public static Decls.Action action(String name, Object... nameWidthPairs) {
    Decls.Param[] params = new Decls.Param[nameWidthPairs.length / 2];
    for (int i = 0; i < params.length; i++) {
      params[i] =
          new Decls.Param(
              (String) nameWidthPairs[2 * i],
              Type.bit((Integer) nameWidthPairs[2 * i + 1]),
              i,
              NO_SPAN);
    }
    return new Decls.Action(name, Arrays.asList(params), emptyBlock(), NO_SPAN);
  }

  public static Decls.ActionCall call(Decls.Action action, long... args) {
    return new Decls.ActionCall(
        action, Arrays.stream(args).mapToObj(BigInteger::valueOf).toList(), NO_SPAN);
  }

  public static Table table(
      String name,
      List<Decls.Key> keys,
      List<Decls.Action> actions,
      Decls.ActionCall defaultAction,
      int size,
      boolean counters) {
    return table(name, keys, actions, defaultAction, size, counters, List.of());
  }

  public static Table table(
      String name,
      List<Decls.Key> keys,
      List<Decls.Action> actions,
      Decls.ActionCall defaultAction,
      int size,
      boolean counters,
      List<Table.ConstEntry> entries) {
    Decls.ActionCall def = defaultAction != null ? defaultAction : call(NO_ACTION);
    return new Table(name, keys, actions, def, size, counters, entries, NO_SPAN);
  }

  public static IrProgram program(
      List<Decls.Action> actions,
      List<Table> tables,
      List<Decls.Counter> counters,
      List<Decls.Register> registers,
      List<Decls.MapDecl> maps) {
    return program(new Decls.Config(4, 1518, true), actions, tables, counters, registers, maps);
  }

  public static IrProgram program(
      Decls.Config config,
      List<Decls.Action> actions,
      List<Table> tables,
      List<Decls.Counter> counters,
      List<Decls.Register> registers,
      List<Decls.MapDecl> maps) {
    ParserGraph parser =
        new ParserGraph(
            List.of(
                new ParserGraph.State(
                    "start",
                    List.of(),
                    new ParserGraph.Goto(new ParserGraph.Accept(), NO_SPAN),
                    NO_SPAN)),
            NO_SPAN);
    return new IrProgram(
        "fixture",
        config,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        counters,
        registers,
        maps,
        actions,
        tables,
        parser,
        emptyBlock(),
        List.of(),
        NO_SPAN);
  }

  public static Decls.MapDecl map(
      String name, int keyWidth, int valueWidth, int sets, int ways, long timeout) {
    return new Decls.MapDecl(name, keyWidth, valueWidth, sets, ways, timeout, NO_SPAN);
  }

  public static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }
}
