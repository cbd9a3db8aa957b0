/**
 * TCP for the stack (RFC 9293), as far as a service needs it.
 *
 * <ul>
 *   <li>{@link dev.oasis.runtime.stack.tcp.TcpLayer}: listeners ({@code listen(port, acceptor)}),
 *       active opens ({@code connect}), demultiplexing, resets for segments nobody expects, RFC
 *       6528 initial sequence numbers.
 *   <li>{@link dev.oasis.runtime.stack.tcp.TcpConnection}: the application's side ({@code write},
 *       {@code onData}, {@code close}, {@code abort}) and the state machine of RFC 9293 3.3.2.
 *   <li>{@code SegmentArrival}: what an arriving segment does (RFC 9293 3.10.7, RFC 5961).
 *   <li>{@code TcpSender}: segmentation to the MSS, the peer's window, retransmission with the RFC
 *       6298 timeout, exponential backoff, fast retransmit, giving up; {@code TcpReceiver}: the
 *       receive window and in-order delivery, with segments ahead of a gap queued up to a window.
 * </ul>
 */
package dev.oasis.runtime.stack.tcp;
