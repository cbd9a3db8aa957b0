package dev.oasis.runtime.stack.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A peer driven by the test: it records every frame the network delivers to it and sends the frames
 * the test gives it. An optional responder reacts to each frame as it arrives.
 */
public final class ScriptedPeer implements Endpoint {

  private final List<byte[]> received = new ArrayList<>();
  private Consumer<byte[]> sender = frame -> {};
  private Consumer<byte[]> responder = frame -> {};

  void connect(Consumer<byte[]> network) {
    this.sender = network;
  }

  /** Sends a frame onto the network. */
  public void send(byte[] frame) {
    sender.accept(frame);
  }

  /** Sets what runs for each received frame (after it is recorded). */
  public void respond(Consumer<byte[]> action) {
    responder = action;
  }

  @Override
  public void receive(byte[] frame) {
    received.add(frame);
    responder.accept(frame);
  }

  /** Every frame received so far, in order. */
  public List<byte[]> received() {
    return received;
  }

  /** Returns and forgets the frames received so far. */
  public List<byte[]> take() {
    List<byte[]> frames = new ArrayList<>(received);
    received.clear();
    return frames;
  }
}
