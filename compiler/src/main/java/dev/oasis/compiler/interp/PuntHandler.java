package dev.oasis.compiler.interp;

import java.util.List;

/**
 * The slow path as a {@link PipelineRun} sees it: given a punted packet (the deparsed bytes), the
 * port it arrived on, the punt reason and its timestamp, returns the frames to send, each with its
 * port. The slow path may also write the dataplane state through {@link
 * dev.oasis.compiler.state.DataplaneState}; the write lands before the next packet.
 */
@FunctionalInterface
public interface PuntHandler {

  /** A slow path that answers nothing. */
  PuntHandler NONE = (frame, ingressPort, reason, timestampNanos) -> List.of();

  List<PortFrame> onPunt(byte[] frame, int ingressPort, int reason, long timestampNanos);
}
