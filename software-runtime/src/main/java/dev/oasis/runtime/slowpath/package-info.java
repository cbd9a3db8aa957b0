/**
 * The software slow path: what happens to a packet the pipeline punts, and the metadata that goes
 * with it.
 *
 * <h2>Punt reasons</h2>
 *
 * <p>A punt carries a 16-bit reason code. Codes 0..15 belong to the Oasis standard library and the
 * hardware contract ({@link dev.oasis.runtime.slowpath.PuntReason}); 1..6 have standard handlers in
 * {@link dev.oasis.runtime.slowpath.StandardSlowPath}. Codes 16 and above are defined by the
 * program and, like 0 and the reserved 7..15, have no standard handler: the packet is delivered to
 * the host port unchanged, preceded by its metadata.
 *
 * <h2>Punt metadata header, version 1</h2>
 *
 * <p>Every packet on the host (slow-path) stream is preceded by this 8-byte header, big-endian. The
 * hardware writes the same header; {@link dev.oasis.runtime.slowpath.PuntMetadata} encodes and
 * decodes it.
 *
 * <pre>
 *  0       1       2               4               6               8
 * +-------+-------+---------------+---------------+---------------+-------------
 * |version| flags |    reason     | ingress port  |original length| frame ...
 * +-------+-------+---------------+---------------+---------------+-------------
 * </pre>
 *
 * <ul>
 *   <li>version (byte 0): 1. A reader refuses any other version.
 *   <li>flags (byte 1): 0; no flag is defined in version 1 and a reader refuses others.
 *   <li>reason (bytes 2-3): the punt reason code, 0..65535.
 *   <li>ingress port (bytes 4-5): the port the frame arrived on, 0..65535.
 *   <li>original length (bytes 6-7): the frame's length as received, without FCS. The frame that
 *       follows may be shorter if the sender truncated it; software sends it whole.
 * </ul>
 *
 * <p>The frame follows the header directly; its length comes from the record that carries both (a
 * pcapng block, a queue descriptor), not from this header.
 *
 * <p>Depends on {@code dev.oasis.runtime.net}.
 */
package dev.oasis.runtime.slowpath;
