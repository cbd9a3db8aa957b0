package dev.oasis.runtime.stack;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of one stack, by {@link StackCounter}.
 *
 * <p>Written only by the stack's own thread; reads from another thread may see slightly stale
 * values.
 */
public final class StackCounters {

  private final long[] counts = new long[StackCounter.values().length];

  /** Adds one to {@code counter}. */
  public void increment(StackCounter counter) {
    counts[counter.ordinal()]++;
  }

  /** Adds {@code amount} to {@code counter}. */
  public void add(StackCounter counter, long amount) {
    counts[counter.ordinal()] += amount;
  }

  /** The count of {@code counter}. */
  public long get(StackCounter counter) {
    return counts[counter.ordinal()];
  }

  /** Every counter that is not zero, in declaration order. */
  public Map<StackCounter, Long> nonZero() {
    Map<StackCounter, Long> result = new EnumMap<>(StackCounter.class);
    for (StackCounter counter : StackCounter.values()) {
      if (counts[counter.ordinal()] != 0) {
        result.put(counter, counts[counter.ordinal()]);
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return nonZero().toString();
  }
}
