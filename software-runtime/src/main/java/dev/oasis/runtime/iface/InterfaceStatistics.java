package dev.oasis.runtime.iface;

/**
 * Counters of one interface since it was opened.
 *
 * @param rxPackets frames received and handed to the caller
 * @param rxBytes bytes of those frames
 * @param rxDropped frames that arrived but were not handed over: the kernel ring or the queue was
 *     full, or the frame was longer than the batch buffer or truncated by the ring
 * @param txPackets frames accepted for sending (handed to the kernel, the socket or the file)
 * @param txBytes bytes of those frames
 * @param txDropped frames given to {@code send} that were not sent: too short, too long, no room,
 *     or refused by the kernel
 */
public record InterfaceStatistics(
    long rxPackets, long rxBytes, long rxDropped, long txPackets, long txBytes, long txDropped) {}
