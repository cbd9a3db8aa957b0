package dev.oasis.sim.verilator;

/**
 * A frame with the cycles of its first and last handshake ({@code tvalid && tready}), counted from
 * the device's creation.
 *
 * @param frame the frame
 * @param firstCycle the cycle its first beat was transferred
 * @param lastCycle the cycle its last beat was transferred
 */
public record TimedFrame(AxisFrame frame, long firstCycle, long lastCycle) {}
