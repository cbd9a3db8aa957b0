package dev.oasis.compiler.gen;

/**
 * Which constructs {@link ProgramGenerator} may use and how big programs get.
 *
 * @param exactTables tables with exact keys
 * @param lpmTables tables with one lpm key (and exact ones)
 * @param ternaryTables tables with ternary keys (entries with priorities)
 * @param rangeTables tables with range keys (entries with priorities)
 * @param maps set-associative maps ({@code get}, {@code put}, {@code contains}, {@code remove})
 * @param registers registers ({@code read}, {@code write})
 * @param counters counters ({@code count})
 * @param stacks a header stack parsed by a bounded loop
 * @param varbytes a header with a variable-length field
 * @param checksums {@code csum16} and {@code csum16_update}
 * @param maxWidth the widest {@code bit<N>} of fields and expressions (8 to 2048)
 * @param maxIfDepth how deeply {@code if} statements nest (0 for none)
 * @param maxTables the number of tables, at most
 * @param maxActions the number of actions, at most (at least 1)
 */
public record Subset(
    boolean exactTables,
    boolean lpmTables,
    boolean ternaryTables,
    boolean rangeTables,
    boolean maps,
    boolean registers,
    boolean counters,
    boolean stacks,
    boolean varbytes,
    boolean checksums,
    int maxWidth,
    int maxIfDepth,
    int maxTables,
    int maxActions) {

  public Subset {
    if (maxWidth < 8 || maxWidth > 2048) {
      throw new IllegalArgumentException("maxWidth " + maxWidth + " is not in 8 to 2048");
    }
    if (maxIfDepth < 0 || maxTables < 0 || maxActions < 1) {
      throw new IllegalArgumentException(
          "maxIfDepth "
              + maxIfDepth
              + ", maxTables "
              + maxTables
              + ", maxActions "
              + maxActions
              + ": expected depth and tables >= 0 and actions >= 1");
    }
  }

  /** Everything, widths up to 64, ifs three deep, up to four tables and six actions. */
  public static Subset all() {
    return new Subset(true, true, true, true, true, true, true, true, true, true, 64, 3, 4, 6);
  }

  /** Only headers, the parser and expressions: no tables, externs, stacks or byte strings. */
  public static Subset expressionsOnly() {
    return new Subset(
        false, false, false, false, false, false, false, false, false, false, 64, 3, 0, 1);
  }

  public Subset withMaxWidth(int width) {
    return new Subset(
        exactTables,
        lpmTables,
        ternaryTables,
        rangeTables,
        maps,
        registers,
        counters,
        stacks,
        varbytes,
        checksums,
        width,
        maxIfDepth,
        maxTables,
        maxActions);
  }

  /** The constructs a subset can leave out, for {@link #without}. */
  public enum Construct {
    EXACT_TABLES,
    LPM_TABLES,
    TERNARY_TABLES,
    RANGE_TABLES,
    MAPS,
    REGISTERS,
    COUNTERS,
    STACKS,
    VARBYTES,
    CHECKSUMS
  }

  /**
   * This subset without the given constructs, e.g. {@code Subset.all().without(STACKS, VARBYTES,
   * REGISTERS)} for a backend that does not support them yet.
   */
  public Subset without(Construct... constructs) {
    java.util.Set<Construct> off = java.util.EnumSet.noneOf(Construct.class);
    off.addAll(java.util.List.of(constructs));
    return new Subset(
        exactTables && !off.contains(Construct.EXACT_TABLES),
        lpmTables && !off.contains(Construct.LPM_TABLES),
        ternaryTables && !off.contains(Construct.TERNARY_TABLES),
        rangeTables && !off.contains(Construct.RANGE_TABLES),
        maps && !off.contains(Construct.MAPS),
        registers && !off.contains(Construct.REGISTERS),
        counters && !off.contains(Construct.COUNTERS),
        stacks && !off.contains(Construct.STACKS),
        varbytes && !off.contains(Construct.VARBYTES),
        checksums && !off.contains(Construct.CHECKSUMS),
        maxWidth,
        maxIfDepth,
        maxTables,
        maxActions);
  }

  boolean anyTables() {
    return maxTables > 0 && (exactTables || lpmTables || ternaryTables || rangeTables);
  }
}
