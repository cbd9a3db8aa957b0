/**
 * The host side of an Oasis FPGA pipeline: a device interface (CSR reads and writes, packet
 * queues), table programming through the generated register map, and the fast-path/slow-path bridge
 * that hands punted packets to the software runtime.
 *
 * <p>Depends on hw-backend and software-runtime. Filled by later issues.
 */
package dev.oasis.fpga;
