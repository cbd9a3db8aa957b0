package dev.oasis.runtime.slowpath;

import java.util.Optional;

/**
 * What one standard handler decided about a punted packet; {@link StandardSlowPath} counts it.
 *
 * @param outcome the decision
 * @param emission the frame to send, present only when {@code outcome} is {@link Outcome#REPLIED}
 */
record HandlerResult(Outcome outcome, Optional<Emission> emission) {

  /** The decision of a standard handler. */
  enum Outcome {
    /** A frame is sent in answer. */
    REPLIED,
    /** Well formed, but the rules say not to answer (not for us, a reply, suppressed). */
    IGNORED,
    /** The frame could not be parsed as the punt reason requires. */
    MALFORMED,
    /** An ICMP error was due but the rate limit held it back. */
    RATE_LIMITED
  }

  static HandlerResult replied(Emission emission) {
    return new HandlerResult(Outcome.REPLIED, Optional.of(emission));
  }

  static HandlerResult ignored() {
    return new HandlerResult(Outcome.IGNORED, Optional.empty());
  }

  static HandlerResult malformed() {
    return new HandlerResult(Outcome.MALFORMED, Optional.empty());
  }

  static HandlerResult rateLimited() {
    return new HandlerResult(Outcome.RATE_LIMITED, Optional.empty());
  }
}
