package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.StateException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random control-plane contents for any program, written through {@link DataplaneState}'s public
 * API: table entries of every key kind (with priorities where needed), default actions, register
 * values and map entries. Inserts the state refuses (a duplicate key, a full table or map set) are
 * skipped.
 */
public final class RandomEntries {
  private RandomEntries() {}

  /** A new state of {@code program} with up to {@code perTable} entries in each table. */
  public static DataplaneState fill(IrProgram program, long seed, int perTable) {
    SplittableRandom rnd = new SplittableRandom(seed);
    DataplaneState state = new DataplaneState(program);
    for (Table t : program.tables()) {
      List<Decls.Action> actions = t.actions().stream().filter(a -> !a.isNoAction()).toList();
      if (actions.isEmpty()) {
        continue;
      }
      int room = Math.min(perTable, t.size() - t.entries().size());
      for (int i = 0; i < room; i++) {
        Decls.Action a = actions.get(rnd.nextInt(actions.size()));
        try {
          state.insertEntry(
              t.name(),
              key(t, rnd),
              a.name(),
              args(a, rnd),
              t.needsPriority() ? 1 + rnd.nextInt(100) : 0);
        } catch (StateException e) {
          // a duplicate key: skip it
        }
      }
      if (rnd.nextBoolean()) {
        Decls.Action a = actions.get(rnd.nextInt(actions.size()));
        state.setDefaultAction(t.name(), a.name(), args(a, rnd));
      }
    }
    for (Decls.Register r : program.registers()) {
      for (int i = 0; i < Math.min(r.size(), 8); i++) {
        state.writeRegister(r.name(), rnd.nextInt(r.size()), Matches.random(r.width(), rnd));
      }
    }
    for (Decls.MapDecl m : program.maps()) {
      for (int i = 0; i < 8; i++) {
        try {
          state.putMapEntry(
              m.name(), Matches.random(m.keyWidth(), rnd), Matches.random(m.valueWidth(), rnd));
        } catch (StateException e) {
          // the set is full: skip it
        }
      }
    }
    return state;
  }

  private static List<Match> key(Table t, SplittableRandom rnd) {
    List<Match> key = new ArrayList<>();
    for (Decls.Key k : t.keys()) {
      if (k.expr().type() instanceof Type.Bytes b) {
        byte[] text = new byte[rnd.nextInt(Math.min(b.maxBytes(), 4) + 1)];
        for (int i = 0; i < text.length; i++) {
          text[i] = (byte) ('a' + rnd.nextInt(26));
        }
        key.add(new Match.BytesExact(text));
        continue;
      }
      int width = k.expr().type() instanceof Type.Bool ? 1 : k.expr().type().width();
      BigInteger v = small(width, rnd);
      key.add(
          switch (k.kind()) {
            case EXACT -> new Match.Exact(v);
            case LPM -> {
              int len = rnd.nextInt(width + 1);
              BigInteger mask = ModelEval.mask(len).shiftLeft(width - len);
              yield new Match.Lpm(v.and(mask), len);
            }
            case TERNARY -> {
              BigInteger mask = Matches.random(width, rnd);
              yield rnd.nextInt(4) == 0 ? Match.ANY : new Match.Ternary(v.and(mask), mask);
            }
            case RANGE -> {
              BigInteger other = small(width, rnd);
              yield new Match.Range(v.min(other), v.max(other));
            }
          });
    }
    return key;
  }

  /** Small values hit more often in random frames, so half of the values are below 4. */
  private static BigInteger small(int width, SplittableRandom rnd) {
    return rnd.nextBoolean()
        ? BigInteger.valueOf(rnd.nextInt(4)).and(ModelEval.mask(width))
        : Matches.random(width, rnd);
  }

  private static List<BigInteger> args(Decls.Action a, SplittableRandom rnd) {
    List<BigInteger> args = new ArrayList<>();
    for (Decls.Param p : a.params()) {
      int width = p.type() instanceof Type.Bool ? 1 : p.type().width();
      args.add(small(width, rnd));
    }
    return args;
  }
}
