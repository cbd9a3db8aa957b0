package dev.oasis.runtime.stack.ipv4;

import dev.oasis.runtime.stack.Limits;

/**
 * The bounds of fragment reassembly.
 *
 * <p>Memory is counted as each held fragment's data plus {@value #FRAGMENT_OVERHEAD} bytes for its
 * bookkeeping, so that many tiny fragments cannot hold more memory than a few large ones.
 *
 * @param maxBytes memory held by all incomplete datagrams together, 1 KiB..64 MiB
 * @param maxDatagrams incomplete (and recently discarded) datagrams at once, 1..4096
 * @param timeoutNanos how long after its first fragment a datagram may take to complete, 1 ms.. 120
 *     s (RFC 791 suggests 15 s, Linux uses 30 s)
 */
public record ReassemblyLimits(int maxBytes, int maxDatagrams, long timeoutNanos) {

  /** The bytes of bookkeeping charged for each held fragment. */
  public static final int FRAGMENT_OVERHEAD = 64;

  /** 512 KiB, 64 datagrams, 30 s. */
  public static final ReassemblyLimits DEFAULT =
      new ReassemblyLimits(512 * 1024, 64, 30_000_000_000L);

  /** Checks the ranges. */
  public ReassemblyLimits {
    Limits.check("reassembly max bytes", maxBytes, 1024, 64 * 1024 * 1024);
    Limits.check("reassembly max datagrams", maxDatagrams, 1, 4096);
    Limits.check("reassembly timeout ns", timeoutNanos, 1_000_000L, 120_000_000_000L);
  }
}
