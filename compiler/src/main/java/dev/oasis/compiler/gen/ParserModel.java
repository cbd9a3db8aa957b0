package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent model of the parser semantics (docs/language.md, "Parser"): walks a frame through
 * the parser graph and records the states, the select cases taken, the headers extracted with the
 * bit offsets of their fields, the parse error and the final position. A {@link FrameSource} in
 * generating mode grows the frame on demand, which is how {@link PacketGenerator} builds frames
 * that follow a planned path.
 */
final class ParserModel {
  private static final int MAX_STEPS = 10_000;

  private final IrProgram program;

  ParserModel(IrProgram program) {
    this.program = program;
  }

  IrProgram program() {
    return program;
  }

  /** One extracted header: where its fields are and their current values. */
  static final class Occurrence {
    final Decls.HeaderInstance instance;
    final int element;
    final int ordinal;
    final int startByte;
    final long[] fieldBits;
    final Object[] values;
    int endByte;
    boolean valid;

    /** The extract read every field (the header may have become invalid since). */
    boolean complete;

    Occurrence(Decls.HeaderInstance instance, int element, int ordinal, int startByte) {
      this.instance = instance;
      this.element = element;
      this.ordinal = ordinal;
      this.startByte = startByte;
      int n = instance.type().fields().size();
      this.fieldBits = new long[n];
      this.values = new Object[n];
    }

    String name() {
      return element < 0 ? instance.name() : instance.name() + "[" + element + "]";
    }
  }

  /** A variable's value came from {@code chain} over field {@code field} of {@code occurrence}. */
  record Origin(Occurrence occurrence, int field, Expr chain) {}

  /** The state of one walk; after {@link #walk} it holds the result. */
  static final class Walk {
    final List<String> steps = new ArrayList<>();
    final List<Occurrence> extracted = new ArrayList<>();
    final Map<Decls.HeaderInstance, Occurrence[]> slots = new IdentityHashMap<>();
    final Map<Object, Object> variables = new HashMap<>();

    /** For a local or metadata field last set from a field (through slices and casts): where. */
    final Map<Object, Origin> origins = new HashMap<>();

    int error;
    int position;
    boolean exact = true;
    String unsupported;
    Occurrence extracting;
    int port;
    long timestamp;
    int length;
    byte[] frame;
  }

  /** Walks a complete frame; never grows it. */
  Walk walk(byte[] frame, int port, long timestamp) {
    return walk(FrameSource.fixed(frame), port, timestamp);
  }

  Walk walk(FrameSource source, int port, long timestamp) {
    Walk w = new Walk();
    w.port = port;
    w.timestamp = timestamp;
    for (Decls.HeaderInstance h : program.headers()) {
      w.slots.put(h, new Occurrence[h.isStack() ? h.stackSize() : 1]);
    }
    try {
      run(source, w);
    } catch (ModelEval.Unsupported e) {
      w.exact = false;
      w.unsupported = e.getMessage();
    } catch (ParseFailure f) {
      w.error = f.code;
    }
    w.frame = source.bytes();
    w.length = w.frame.length;
    return w;
  }

  private static final class ParseFailure extends RuntimeException {
    final int code;

    ParseFailure(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  private void run(FrameSource source, Walk w) {
    ParserGraph.State state = program.parser().start();
    int selects = 0;
    for (int n = 0; n < MAX_STEPS; n++) {
      for (Stmt s : state.statements()) {
        statement(s, source, w);
      }
      ParserGraph.Target target;
      if (state.transition() instanceof ParserGraph.Goto g) {
        w.steps.add(state.name());
        target = g.target();
      } else {
        ParserGraph.Select sel = (ParserGraph.Select) state.transition();
        int index = selects++;
        int wanted = source.wantedCase(index, state.name());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < sel.subjects().size(); i++) {
          values.add(subject(sel.subjects().get(i), source, w, index, i));
        }
        int taken = firstMatch(sel, values);
        if (wanted != Integer.MIN_VALUE && wanted != Math.max(taken, -1)) {
          source.missed(index, sel, values, wanted, w);
        }
        w.steps.add(state.name() + (taken < 0 ? "#nomatch" : "#" + taken));
        if (taken < 0) {
          throw new ParseFailure(Decls.ErrorCode.NO_MATCH.value());
        }
        target = sel.cases().get(taken).target();
      }
      if (target instanceof ParserGraph.Accept) {
        return;
      }
      if (target instanceof ParserGraph.Reject r) {
        throw new ParseFailure(r.error().value());
      }
      state = program.parser().state(((ParserGraph.ToState) target).name());
    }
    throw new ModelEval.Unsupported("more than " + MAX_STEPS + " parser states");
  }

  static int firstMatch(ParserGraph.Select sel, List<Object> values) {
    for (int c = 0; c < sel.cases().size(); c++) {
      if (matchesAll(sel, sel.cases().get(c), values)) {
        return c;
      }
    }
    return -1;
  }

  static boolean matchesAll(ParserGraph.Select sel, ParserGraph.Case c, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!Matches.matches(c.matches().get(i), values.get(i), sel.subjects().get(i).type())) {
        return false;
      }
    }
    return true;
  }

  private Object subject(Expr e, FrameSource source, Walk w, int select, int subject) {
    if (e instanceof Expr.Lookahead la) {
      BigInteger pin = source.lookaheadPin(select, subject);
      if (pin != null && source.has((long) w.position * 8 + la.width())) {
        source.write((long) w.position * 8, la.width(), pin);
      }
    }
    return ModelEval.eval(e, leaf -> leaf(leaf, source, w));
  }

  private void statement(Stmt s, FrameSource source, Walk w) {
    ModelEval.Leaves leaves = leaf -> leaf(leaf, source, w);
    if (s instanceof Stmt.Extract x) {
      extract(x.header(), source, w);
    } else if (s instanceof Stmt.Declare d) {
      w.variables.put(d.local(), ModelEval.eval(d.init(), leaves));
      remember(d.local(), d.init(), w);
    } else if (s instanceof Stmt.Assign a) {
      assign(a.target(), ModelEval.eval(a.value(), leaves), w);
      if (a.target() instanceof Expr.LocalRef l) {
        remember(l.local(), a.value(), w);
      } else if (a.target() instanceof Expr.MetaRef m) {
        remember(m.field(), a.value(), w);
      }
    } else {
      throw new ModelEval.Unsupported("parser statement " + s.getClass().getSimpleName());
    }
  }

  private static void remember(Object variable, Expr value, Walk w) {
    Expr.FieldRef f = ModelEval.baseField(value);
    Occurrence o = f == null || f.header() == null ? null : resolve(f.header(), w);
    if (o != null && o.valid) {
      w.origins.put(variable, new Origin(o, o.instance.type().fields().indexOf(f.field()), value));
    } else {
      w.origins.remove(variable);
    }
  }

  private void assign(Expr target, Object value, Walk w) {
    if (target instanceof Expr.LocalRef l) {
      w.variables.put(l.local(), value);
    } else if (target instanceof Expr.MetaRef m) {
      w.variables.put(m.field(), value);
    } else if (target instanceof Expr.FieldRef f) {
      Occurrence o = resolve(f.header(), w);
      if (o != null && o.valid) {
        o.values[o.instance.type().fields().indexOf(f.field())] = value;
      }
    } else {
      throw new ModelEval.Unsupported("assignment to " + target.getClass().getSimpleName());
    }
  }

  private void extract(Expr target, FrameSource source, Walk w) {
    Decls.HeaderInstance inst;
    int element;
    Occurrence[] slots;
    if (target instanceof Expr.StackRef s) {
      inst = s.instance();
      slots = w.slots.get(inst);
      element = 0;
      for (int i = 0; i < slots.length; i++) {
        if (slots[i] != null && slots[i].valid) {
          element = i + 1;
        }
      }
      if (element == slots.length) {
        throw new ParseFailure(Decls.ErrorCode.STACK_OVERFLOW.value());
      }
    } else {
      Expr.HeaderRef h = (Expr.HeaderRef) target;
      inst = h.instance();
      slots = w.slots.get(inst);
      element = h.index() == Expr.HeaderRef.NONE ? -1 : h.index();
      if (h.index() == Expr.HeaderRef.LAST) {
        throw new ModelEval.Unsupported("extract into the last element");
      }
    }
    int slot = Math.max(element, 0);
    Occurrence o = new Occurrence(inst, element, w.extracted.size(), w.position);
    w.extracted.add(o);
    HeaderType type = inst.type();
    long bit = (long) w.position * 8;
    if (!source.has(bit + type.fixedBits())) {
      failExtract(slots, slot, Decls.ErrorCode.PACKET_TOO_SHORT);
    }
    w.extracting = o;
    for (int i = 0; i < type.fields().size(); i++) {
      HeaderType.Field f = type.fields().get(i);
      o.fieldBits[i] = bit;
      if (f.isVariable()) {
        if (bit % 8 != 0) {
          throw new ModelEval.Unsupported("a variable field that does not start on a byte");
        }
        BigInteger len = ModelEval.bits(f.length(), leaf -> leaf(leaf, source, w));
        if (len.compareTo(BigInteger.valueOf(f.maxBytes())) > 0) {
          source.tooLong(o, i);
          failExtract(slots, slot, Decls.ErrorCode.HEADER_TOO_LONG);
        }
        int n = len.intValue();
        if (!source.has(bit + 8L * n)) {
          failExtract(slots, slot, Decls.ErrorCode.PACKET_TOO_SHORT);
        }
        byte[] v = new byte[n];
        System.arraycopy(source.bytes(), (int) (bit / 8), v, 0, n);
        o.values[i] = v;
        bit += 8L * n;
      } else {
        BigInteger pin = source.fieldPin(o.ordinal, i);
        if (pin != null) {
          source.write(bit, f.width(), pin);
        }
        o.values[i] = FrameBits.readBits(source.bytes(), bit, f.width());
        bit += f.width();
      }
    }
    w.extracting = null;
    o.valid = true;
    o.complete = true;
    o.endByte = (int) (bit / 8);
    slots[slot] = o;
    w.position = o.endByte;
  }

  private static void failExtract(Occurrence[] slots, int slot, Decls.ErrorCode code) {
    if (slots[slot] != null) {
      slots[slot].valid = false;
    }
    throw new ParseFailure(code.value());
  }

  private Object leaf(Expr e, FrameSource source, Walk w) {
    if (e instanceof Expr.FieldRef f) {
      Occurrence o = f.header() == null ? w.extracting : resolve(f.header(), w);
      if (o == null || (f.header() != null && !o.valid)) {
        return f.field().isVariable() ? new byte[0] : BigInteger.ZERO;
      }
      return o.values[o.instance.type().fields().indexOf(f.field())];
    }
    if (e instanceof Expr.IsValid v) {
      Occurrence o = resolve(v.header(), w);
      return o != null && o.valid ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (e instanceof Expr.LocalRef l) {
      return w.variables.getOrDefault(l.local(), zero(l.type()));
    }
    if (e instanceof Expr.MetaRef m) {
      return w.variables.getOrDefault(m.field(), zero(m.type()));
    }
    if (e instanceof Expr.Lookahead la) {
      long bit = (long) w.position * 8;
      if (!source.has(bit + la.width())) {
        throw new ParseFailure(Decls.ErrorCode.PACKET_TOO_SHORT.value());
      }
      return FrameBits.readBits(source.bytes(), bit, la.width());
    }
    if (e instanceof Expr.IntrinsicRef i) {
      return switch (i.intrinsic()) {
        case INGRESS_PORT -> BigInteger.valueOf(w.port);
        case LENGTH -> BigInteger.valueOf(source.bytes().length & 0xffff);
        case TIMESTAMP -> new BigInteger(Long.toUnsignedString(w.timestamp));
        case PARSE_ERROR -> BigInteger.ZERO;
      };
    }
    throw new ModelEval.Unsupported("expression " + e.getClass().getSimpleName());
  }

  private static Object zero(dev.oasis.compiler.ir.Type t) {
    return t instanceof dev.oasis.compiler.ir.Type.Bytes ? new byte[0] : BigInteger.ZERO;
  }

  static Occurrence resolve(Expr.HeaderRef ref, Walk w) {
    Occurrence[] slots = w.slots.get(ref.instance());
    if (ref.index() == Expr.HeaderRef.LAST) {
      for (int i = slots.length - 1; i >= 0; i--) {
        if (slots[i] != null && slots[i].valid) {
          return slots[i];
        }
      }
      return null;
    }
    return slots[Math.max(0, ref.index())];
  }

  /** The outcome of a finished walk, with the deparsed bytes when the walk was exact. */
  ParseOutcome outcome(Walk w) {
    if (w.length > program.config().maxFrame()) {
      return new ParseOutcome(true, true, List.of(), 0, List.of(), null);
    }
    List<String> valid = new ArrayList<>();
    for (Decls.HeaderInstance h : program.headers()) {
      for (Occurrence o : w.slots.get(h)) {
        if (o != null && o.valid) {
          valid.add(o.name());
        }
      }
    }
    byte[] out = w.exact ? ModelDeparser.deparse(program, w) : null;
    return new ParseOutcome(false, w.exact, w.steps, w.error, valid, out);
  }
}
