package dev.oasis.compiler.interp;

/**
 * Counts for one port over a run. {@code received}, {@code dropped}, {@code punted} and {@code
 * parseErrors} count packets that arrived on the port ({@code parseErrors}: packets whose parse
 * failed, dropped or not, so it overlaps {@code dropped}); {@code sent} counts frames that left by
 * it, from the pipeline or the slow path.
 */
public record PortCounters(
    int port, long received, long sent, long dropped, long punted, long parseErrors) {}
