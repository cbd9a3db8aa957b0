package dev.oasis.compiler.gen;

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
}
