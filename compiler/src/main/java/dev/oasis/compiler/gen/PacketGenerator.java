package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Frames for differential testing, derived from a program's parser graph. The systematic frames
 * are, in this order: one frame per path of the graph and per variant (low bound, high bound,
 * random value of each range case; see {@link ParserPlan}); every fixed field of every extracted
 * header at 0, 1, max and max-1; variable fields at length 0, max and max+1; every truncation
 * inside every header of every path; and frames of 0, 1, {@code max_frame} and {@code max_frame +
 * 1} bytes. After them come random mutations (bit flips and byte replacements) of path frames.
 *
 * <p>Frames arrive on random ports in {@code [0, ports)} with increasing timestamps, in
 * back-to-back bursts of 1 to 8 frames 1 ns apart. Each frame carries the {@link ParseOutcome} that
 * an independent parser model expects. Everything is determined by the seed.
 *
 * <pre>{@code
 * PacketGenerator gen = PacketGenerator.forProgram(program, 42);
 * for (GeneratedFrame f : gen.generate(1000)) {
 *   PacketResult a = interpreter.process(f.bytes(), f.port(), f.timestampNanos());
 *   ...
 * }
 * }</pre>
 */
public final class PacketGenerator {
  private static final int MAX_PLANS = 256;
  private static final int MAX_PAYLOAD = 24;

  private final IrProgram program;
  private final ParserModel model;
  private final PathBuilder builder;
  private final long seed;
  private final List<ParserPlan> plans;
  private final List<Base> bases = new ArrayList<>();
  private final List<List<Candidate>> catalog = new ArrayList<>();

  private record Candidate(FrameKind kind, String description, byte[] bytes) {}

  private record Base(ParserPlan plan, PathBuilder.Built built, byte[] frame) {}

  private PacketGenerator(IrProgram program, long seed) {
    this.program = program;
    this.model = new ParserModel(program);
    this.builder = new PathBuilder(model);
    this.seed = seed;
    this.plans = ParserPlan.enumerate(program, MAX_PLANS);
    buildCatalog();
  }

  /** A generator for {@code program}; the same seed gives the same frames. */
  public static PacketGenerator forProgram(IrProgram program, long seed) {
    return new PacketGenerator(program, seed);
  }

  /** The paths of the parser graph that the generator aims at (at most 256). */
  public List<ParserPlan> plans() {
    return plans;
  }

  /** The parse outcome the model expects for any frame. */
  public ParseOutcome expect(byte[] frame, int port, long timestampNanos) {
    return model.outcome(model.walk(frame, port, timestampNanos));
  }

  /** All systematic frames (paths, boundaries, truncations, sizes), without mutations. */
  public List<GeneratedFrame> systematic() {
    List<Candidate> all = new ArrayList<>();
    catalog.forEach(all::addAll);
    return schedule(all);
  }

  /**
   * {@code count} frames: the systematic ones taken round-robin across kinds (so that a short
   * prefix has some of each), then mutations of path frames.
   */
  public List<GeneratedFrame> generate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "frame count " + count + " is negative; expected 0 or more");
    }
    return stream().limit(count).toList();
  }

  /** An endless stream: the systematic frames round-robin across kinds, then mutations. */
  public Stream<GeneratedFrame> stream() {
    List<Candidate> ordered = new ArrayList<>();
    int longest = catalog.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<Candidate> kind : catalog) {
        if (i < kind.size()) {
          ordered.add(kind.get(i));
        }
      }
    }
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5deece66dL);
    Stream<Candidate> mutations = Stream.generate(() -> mutate(rnd));
    Scheduler scheduler = new Scheduler();
    return Stream.concat(ordered.stream(), mutations).map(scheduler::next);
  }

  private List<GeneratedFrame> schedule(List<Candidate> candidates) {
    Scheduler scheduler = new Scheduler();
    return candidates.stream().map(scheduler::next).toList();
  }

  /** Gives frames ports and increasing timestamps, in bursts. */
  private final class Scheduler {
    private final SplittableRandom rnd = new SplittableRandom(seed ^ 0x9e3779b97f4a7c15L);
    private long time = 1_000_000;
    private int burst = -1;
    private int left;

    GeneratedFrame next(Candidate c) {
      if (left == 0) {
        burst++;
        left = 1 + rnd.nextInt(8);
        time += 10_000 + rnd.nextInt(1_000_000);
      } else {
        time += 1;
      }
      left--;
      int port = rnd.nextInt(program.config().ports());
      ParseOutcome expected = expect(c.bytes(), port, time);
      return new GeneratedFrame(c.kind(), c.description(), c.bytes(), port, time, burst, expected);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The systematic frames

  private void buildCatalog() {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Candidate> paths = new ArrayList<>();
    List<Candidate> boundaries = new ArrayList<>();
    List<Candidate> truncations = new ArrayList<>();
    List<Candidate> sizes = new ArrayList<>();
    Set<String> seen = new HashSet<>();

    for (int p = 0; p < plans.size(); p++) {
      ParserPlan plan = plans.get(p);
      for (int variant = 0; variant < 3; variant++) {
        long frameSeed = seed * 1_000_003L + p * 7L + variant;
        PathBuilder.Built built = builder.build(plan, new PathBuilder.Pins(), frameSeed, variant);
        byte[] frame = withPayload(built, rnd);
        if (variant == 0) {
          bases.add(new Base(plan, built, frame));
        }
        add(paths, seen, FrameKind.PATH, "path " + describe(plan, frame), frame);
      }
    }

    Set<String> boundaryKeys = new HashSet<>();
    for (Base base : bases) {
      ParserModel.Walk walk = model.walk(base.frame(), 0, 0);
      for (ParserModel.Occurrence o : walk.extracted) {
        if (!o.complete) {
          continue;
        }
        fieldBoundaries(base, o, boundaryKeys, boundaries, seen);
        lengthBoundaries(base, o, boundaryKeys, boundaries, seen, rnd);
        for (int cut = o.startByte; cut < o.endByte; cut++) {
          add(
              truncations,
              seen,
              FrameKind.TRUNCATED,
              "truncated at byte " + cut + " inside " + o.name() + " on " + base.plan(),
              Arrays.copyOf(base.frame(), cut));
        }
      }
    }

    int max = program.config().maxFrame();
    add(sizes, seen, FrameKind.SIZE, "empty frame", new byte[0]);
    add(sizes, seen, FrameKind.SIZE, "one byte", new byte[] {(byte) rnd.nextInt(256)});
    byte[] longest = bases.isEmpty() ? new byte[0] : bases.get(0).frame();
    for (Base b : bases) {
      if (b.plan().end().equals("accept")) {
        longest = b.frame();
        break;
      }
    }
    if (longest.length <= max) {
      add(sizes, seen, FrameKind.SIZE, "max_frame bytes", padded(longest, max, rnd));
    }
    add(sizes, seen, FrameKind.SIZE, "max_frame + 1 bytes", padded(longest, max + 1, rnd));

    catalog.addAll(List.of(paths, boundaries, truncations, sizes));
  }

  private void fieldBoundaries(
      Base base,
      ParserModel.Occurrence o,
      Set<String> keys,
      List<Candidate> out,
      Set<String> seen) {
    HeaderType type = o.instance.type();
    for (int i = 0; i < type.fields().size(); i++) {
      HeaderType.Field f = type.fields().get(i);
      if (f.isVariable() || o.values[i] == null) {
        continue;
      }
      BigInteger max = ModelEval.mask(f.width());
      for (BigInteger v :
          List.of(BigInteger.ZERO, BigInteger.ONE, max, max.subtract(BigInteger.ONE))) {
        String key = o.name() + "." + f.name() + "=" + v;
        if (v.signum() < 0 || !keys.add(key)) {
          continue;
        }
        byte[] frame = base.frame().clone();
        FrameBits.writeBits(frame, o.fieldBits[i], f.width(), v);
        add(out, seen, FrameKind.BOUNDARY, key + " on " + base.plan(), frame);
      }
    }
  }

  private void lengthBoundaries(
      Base base,
      ParserModel.Occurrence o,
      Set<String> keys,
      List<Candidate> out,
      Set<String> seen,
      SplittableRandom rnd) {
    HeaderType type = o.instance.type();
    for (HeaderType.Field f : type.fields()) {
      if (!f.isVariable()) {
        continue;
      }
      for (long wanted : new long[] {0, f.maxBytes(), f.maxBytes() + 1L}) {
        String key = o.name() + "." + f.name() + " length " + wanted;
        if (!keys.add(key)) {
          continue;
        }
        Map.Entry<Integer, BigInteger> fix = PathBuilder.lengthField(type, f, o.values, wanted);
        if (fix == null) {
          continue;
        }
        PathBuilder.Pins pins = base.built().pins().copy();
        pins.fields.put(PathBuilder.Pins.key(o.ordinal, fix.getKey()), fix.getValue());
        PathBuilder.Built built =
            builder.build(base.plan(), pins, seed * 1_000_003L + o.ordinal * 13L + wanted, 0);
        add(out, seen, FrameKind.BOUNDARY, key + " on " + base.plan(), withPayload(built, rnd));
      }
    }
  }

  private byte[] withPayload(PathBuilder.Built built, SplittableRandom rnd) {
    byte[] head = built.frame();
    if (built.walk().error == 0 && built.walk().exact) {
      head = Arrays.copyOf(head, Math.min(head.length, built.walk().position));
    }
    int extra = rnd.nextInt(MAX_PAYLOAD + 1);
    int total = Math.min(head.length + extra, program.config().maxFrame());
    return padded(head, Math.max(total, head.length), rnd);
  }

  private static byte[] padded(byte[] frame, int length, SplittableRandom rnd) {
    byte[] out = Arrays.copyOf(frame, length);
    for (int i = frame.length; i < length; i++) {
      out[i] = (byte) rnd.nextInt(256);
    }
    return out;
  }

  private String describe(ParserPlan plan, byte[] frame) {
    ParserModel.Walk walk = model.walk(frame, 0, 0);
    String taken = String.join("->", walk.steps);
    return plan.toString().startsWith(taken) && walk.steps.size() == plan.steps().size()
        ? plan.toString()
        : taken + " (planned " + plan + ")";
  }

  private static void add(
      List<Candidate> out, Set<String> seen, FrameKind kind, String description, byte[] frame) {
    if (seen.add(HexFormat.of().formatHex(frame))) {
      out.add(new Candidate(kind, description, frame));
    }
  }

  private Candidate mutate(SplittableRandom rnd) {
    if (bases.isEmpty()) {
      byte[] frame = padded(new byte[0], rnd.nextInt(64), rnd);
      return new Candidate(FrameKind.MUTATED, "random bytes", frame);
    }
    Base base = bases.get(rnd.nextInt(bases.size()));
    byte[] frame = base.frame().clone();
    StringBuilder what = new StringBuilder();
    int changes = 1 + rnd.nextInt(3);
    for (int i = 0; i < changes && frame.length > 0; i++) {
      int at = rnd.nextInt(frame.length);
      if (rnd.nextBoolean()) {
        int bit = rnd.nextInt(8);
        frame[at] ^= (byte) (1 << bit);
        what.append(" flip ").append(at).append('.').append(bit);
      } else {
        frame[at] = (byte) rnd.nextInt(256);
        what.append(" byte ").append(at);
      }
    }
    return new Candidate(FrameKind.MUTATED, "mutated" + what + " of " + base.plan(), frame);
  }
}
