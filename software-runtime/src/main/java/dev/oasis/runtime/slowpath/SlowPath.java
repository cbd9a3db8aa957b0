package dev.oasis.runtime.slowpath;

/**
 * Handles packets the pipeline punts. Implementations are called from one thread, one packet at a
 * time in arrival order, and take the time only from {@link PuntedPacket#timestampNanos()}.
 */
public interface SlowPath {

  /**
   * Handles one punted packet. Never throws for bad packet contents: malformed input gives {@link
   * SlowPathResult#nothing()} (and is counted by the implementation).
   */
  SlowPathResult handle(PuntedPacket packet);
}
