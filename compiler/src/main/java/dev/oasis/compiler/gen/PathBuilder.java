package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.ParserGraph;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a frame that follows a {@link ParserPlan}: the parser model walks a frame that grows with
 * random bytes as the parser reads; when a select would take another case than the plan's, the
 * builder pins the fields (or lookahead bits) the select reads to values that hit the planned case
 * and the walk starts again with the same random bytes. Subjects that are not fields of extracted
 * headers, slices or casts of them, or lookaheads cannot be steered; the frame then follows
 * whatever path its bytes give, and its outcome says so.
 */
final class PathBuilder {
  private static final int ROUNDS = 16;

  private final ParserModel model;
  private final int limitBytes;

  PathBuilder(ParserModel model) {
    this.model = model;
    this.limitBytes = model.program().config().maxFrame() + 1;
  }

  /** Pins on fixed fields ({@code ordinal} of the extract, field index) and on lookaheads. */
  static final class Pins {
    final Map<Long, BigInteger> fields = new HashMap<>();
    final Map<Long, BigInteger> lookaheads = new HashMap<>();

    Pins copy() {
      Pins p = new Pins();
      p.fields.putAll(fields);
      p.lookaheads.putAll(lookaheads);
      return p;
    }

    static long key(int a, int b) {
      return ((long) a << 20) | b;
    }
  }

  /** The result of building: the frame (no payload yet) and the final walk. */
  record Built(byte[] frame, ParserModel.Walk walk, Pins pins) {}

  Built build(ParserPlan plan, Pins start, long seed, int variant) {
    Pins pins = start.copy();
    Source source = null;
    ParserModel.Walk walk = null;
    for (int round = 0; round < ROUNDS; round++) {
      source = new Source(plan, pins, seed, round, variant);
      walk = model.walk(source, 0, 0);
      if (!source.retry) {
        break;
      }
      pins = source.pins;
    }
    return new Built(Arrays.copyOf(source.buf, source.len), walk, pins);
  }

  /** A generating frame source for one round. */
  private final class Source implements FrameSource {
    private final ParserPlan plan;
    private final Pins pins;
    private final SplittableRandom bytes;
    private final SplittableRandom choices;
    private final int variant;
    private byte[] buf = new byte[64];
    private int len;
    private boolean retry;

    Source(ParserPlan plan, Pins pins, long seed, int round, int variant) {
      this.plan = plan;
      this.pins = pins.copy();
      this.bytes = new SplittableRandom(seed);
      this.choices = new SplittableRandom(seed * 31 + round);
      this.variant = variant;
    }

    @Override
    public boolean has(long bits) {
      long need = (bits + 7) / 8;
      if (need > limitBytes) {
        return need <= len;
      }
      while (len < need) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) bytes.nextInt(256);
      }
      return true;
    }

    @Override
    public byte[] bytes() {
      return buf;
    }

    @Override
    public void write(long bit, int width, BigInteger value) {
      FrameBits.writeBits(buf, bit, width, value);
    }

    @Override
    public BigInteger fieldPin(int ordinal, int field) {
      return pins.fields.get(Pins.key(ordinal, field));
    }

    @Override
    public BigInteger lookaheadPin(int select, int subject) {
      return pins.lookaheads.get(Pins.key(select, subject));
    }

    @Override
    public void tooLong(ParserModel.Occurrence o, int field) {
      if (retry) {
        return;
      }
      HeaderType type = o.instance.type();
      HeaderType.Field f = type.fields().get(field);
      for (int attempt = 0; attempt < 4; attempt++) {
        long wanted = choices.nextInt(Math.min(f.maxBytes(), 16) + 1);
        Map.Entry<Integer, BigInteger> fix = lengthField(type, f, o.values, wanted);
        if (fix != null) {
          long key = Pins.key(o.ordinal, fix.getKey());
          if (!pins.fields.containsKey(key)) {
            pins.fields.put(key, fix.getValue());
            retry = true;
          }
          return;
        }
      }
    }

    @Override
    public int wantedCase(int select, String state) {
      Integer c = plan.selectCase(select, state);
      return c == null ? Integer.MIN_VALUE : c;
    }

    @Override
    public void missed(
        int select, ParserGraph.Select s, List<Object> values, int wanted, ParserModel.Walk walk) {
      if (retry) {
        return;
      }
      for (int attempt = 0; attempt < 64 && !retry; attempt++) {
        List<Object> candidate = new ArrayList<>(values);
        for (int i = 0; i < values.size(); i++) {
          Expr subject = s.subjects().get(i);
          if (!steerable(subject, walk)) {
            continue;
          }
          int width = subject.type().width();
          if (wanted >= 0) {
            candidate.set(
                i,
                Matches.sample(
                    s.cases().get(wanted).matches().get(i),
                    width,
                    attempt == 0 ? variant : 2 + attempt,
                    choices));
          } else {
            ParserGraph.Case any = s.cases().get(choices.nextInt(s.cases().size()));
            candidate.set(
                i,
                attempt % 2 == 0
                    ? Matches.nearMiss(any.matches().get(i), width, choices)
                    : Matches.random(width, choices));
          }
        }
        if (ParserModel.firstMatch(s, candidate) == wanted) {
          retry = pin(select, s, candidate, walk);
        }
      }
    }

    private boolean steerable(Expr subject, ParserModel.Walk walk) {
      return subject instanceof Expr.Lookahead || target(subject, walk) != null;
    }

    /**
     * The field that decides {@code subject}: the field it reads through slices and casts, or the
     * field a local or metadata field it reads was last set from; null if there is none.
     */
    private ParserModel.Origin target(Expr subject, ParserModel.Walk walk) {
      if (!(subject.type() instanceof dev.oasis.compiler.ir.Type.Bit)) {
        return null;
      }
      Expr base = ModelEval.base(subject);
      if (base instanceof Expr.FieldRef f && !f.field().isVariable() && f.header() != null) {
        ParserModel.Occurrence o = ParserModel.resolve(f.header(), walk);
        return o != null && o.valid
            ? new ParserModel.Origin(o, o.instance.type().fields().indexOf(f.field()), subject)
            : null;
      }
      Object variable =
          base instanceof Expr.LocalRef l
              ? l.local()
              : base instanceof Expr.MetaRef m ? m.field() : null;
      ParserModel.Origin origin = variable == null ? null : walk.origins.get(variable);
      return origin != null && origin.occurrence().valid ? origin : null;
    }

    private boolean pin(
        int select, ParserGraph.Select s, List<Object> candidate, ParserModel.Walk walk) {
      Map<Long, BigInteger> next = new HashMap<>();
      for (int i = 0; i < candidate.size(); i++) {
        Expr subject = s.subjects().get(i);
        if (!steerable(subject, walk)) {
          continue;
        }
        BigInteger v = (BigInteger) candidate.get(i);
        if (subject instanceof Expr.Lookahead) {
          pins.lookaheads.put(Pins.key(select, i), v);
          continue;
        }
        ParserModel.Origin t = target(subject, walk);
        ParserModel.Occurrence o = t.occurrence();
        long key = Pins.key(o.ordinal, t.field());
        BigInteger current = next.getOrDefault(key, (BigInteger) o.values[t.field()]);
        BigInteger solved;
        if (t.chain() == subject) {
          solved = ModelEval.solve(subject, v, current);
        } else {
          // through a variable: first the variable's value, then the field's
          BigInteger variable = ModelEval.innerValue(t.chain(), current);
          BigInteger wantedVariable = ModelEval.solve(subject, v, variable);
          solved =
              wantedVariable == null ? null : ModelEval.solve(t.chain(), wantedVariable, current);
        }
        if (solved == null) {
          return false;
        }
        next.put(key, solved);
      }
      pins.fields.putAll(next);
      return true;
    }
  }

  /**
   * A value of the one fixed field that a variable field's length reads, such that the length (in
   * bytes) is {@code wanted}; null if the length reads no field, several fields, a field wider than
   * 16 bits, or no value gives that length.
   */
  static Map.Entry<Integer, BigInteger> lengthField(
      HeaderType type, HeaderType.Field varField, Object[] values, long wanted) {
    List<HeaderType.Field> read = new ArrayList<>();
    collectFields(varField.length(), read);
    if (read.size() != 1 || read.get(0).width() > 16) {
      return null;
    }
    HeaderType.Field f = read.get(0);
    int index = type.fields().indexOf(f);
    for (int v = 0; v < (1 << f.width()); v++) {
      BigInteger candidate = BigInteger.valueOf(v);
      BigInteger len =
          ModelEval.bits(
              varField.length(),
              leaf -> {
                if (leaf instanceof Expr.FieldRef r && r.field() == f) {
                  return candidate;
                }
                if (leaf instanceof Expr.FieldRef r) {
                  return values[type.fields().indexOf(r.field())];
                }
                throw new ModelEval.Unsupported("length reads " + leaf);
              });
      if (len.longValue() == wanted && len.bitLength() < 63) {
        return Map.entry(index, candidate);
      }
    }
    return null;
  }

  private static void collectFields(Expr e, List<HeaderType.Field> out) {
    if (e instanceof Expr.FieldRef f) {
      if (!out.contains(f.field())) {
        out.add(f.field());
      }
    } else if (e instanceof Expr.Binary b) {
      collectFields(b.left(), out);
      collectFields(b.right(), out);
    } else if (e instanceof Expr.Cast c) {
      collectFields(c.operand(), out);
    } else if (e instanceof Expr.Slice s) {
      collectFields(s.operand(), out);
    } else if (e instanceof Expr.Unary u) {
      collectFields(u.operand(), out);
    } else if (e instanceof Expr.Conditional c) {
      collectFields(c.condition(), out);
      collectFields(c.then(), out);
      collectFields(c.otherwise(), out);
    }
  }
}
