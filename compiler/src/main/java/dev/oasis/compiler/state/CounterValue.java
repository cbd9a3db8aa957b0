package dev.oasis.compiler.state;

/** A counter's packet and byte counts at one moment. */
public record CounterValue(long packets, long bytes) {
  public static final CounterValue ZERO = new CounterValue(0, 0);

  public boolean isZero() {
    return packets == 0 && bytes == 0;
  }
}
