/**
 * Test support: independent oracles for packet bytes.
 *
 * <ul>
 *   <li>{@link dev.oasis.runtime.net.testing.Scapy} builds input frames with Debian's python3-scapy
 *       (run by {@code /usr/bin/python3}), so that test inputs do not come from the code under
 *       test, and can dissect frames too;
 *   <li>{@link dev.oasis.runtime.net.testing.Tshark} writes frames to a classic pcap file ({@link
 *       dev.oasis.runtime.net.testing.PcapFile}) and dissects them with tshark, checksum validation
 *       on, returning the fields asked for and any expert warnings or errors.
 * </ul>
 *
 * <p>Both tools are required: CI installs them (scripts/install-deps). A missing tool fails the
 * test with a message that says which package to install. Each call starts one process, so batch
 * frames into one call where a test has many.
 */
package dev.oasis.runtime.net.testing;
