/**
 * Packet capture files: reading classic pcap and pcapng, writing pcapng (and classic pcap).
 *
 * <p>Captures are how Oasis feeds packets to a program and records what it sends: a frame's pcapng
 * interface id is its Oasis port, classic pcap reads as port 0, and the software slow path has its
 * own interface named "host" (see {@link dev.oasis.runtime.capture.PcapngWriter#hostPort()}). Only
 * Ethernet frames (link type 1, without FCS) are processed.
 *
 * <p>Entry points: {@link dev.oasis.runtime.capture.CaptureReader#open(java.nio.file.Path)} for
 * frame-by-frame reading, {@link dev.oasis.runtime.capture.Captures#readAll(java.nio.file.Path)}
 * for a whole file, {@link dev.oasis.runtime.capture.PcapngWriter} and {@link
 * dev.oasis.runtime.capture.PcapWriter} for output.
 *
 * <h2>Reading rules</h2>
 *
 * <ul>
 *   <li>pcap: both byte orders, microsecond (0xa1b2c3d4) and nanosecond (0xa1b23c4d) magic, version
 *       2.x. A snap length of 0 in the global header means no limit.
 *   <li>pcapng: both byte orders, any number of sections (interface ids restart in each), version
 *       1.x. Enhanced Packet, Simple Packet and the obsolete Packet Block give frames; every other
 *       block is skipped after its length is checked. Timestamps honour if_tsresol (decimal or
 *       binary) and if_tsoffset. A Simple Packet Block has no timestamp: its frame reads with
 *       timestamp 0, on port 0.
 *   <li>Link type: a pcapng interface of another link type is an error only when a packet uses it,
 *       so the frames before it are read; a pcap file of another link type, or whose link type
 *       field flags an FCS, is refused when opened. The pcapng if_fcslen option is not read.
 *   <li>Limits: a record or block larger than 16 MiB, a captured length above the snap length (when
 *       not 0) or above the original length, a block length that is not a multiple of 4 or differs
 *       from its trailing copy, and a packet on an undeclared interface are errors.
 *   <li>Damage: every problem is a {@link dev.oasis.runtime.capture.CaptureFormatException} that
 *       names the offset of the header, record or block at fault. A file that ends inside a record,
 *       the last one included, is damaged; the frames read before stay with the caller, and the
 *       reader repeats the exception if asked again. Timestamp fractions of a second or more are
 *       accepted, as Wireshark accepts them.
 * </ul>
 *
 * <p>Depends on nothing but the JDK.
 */
package dev.oasis.runtime.capture;
