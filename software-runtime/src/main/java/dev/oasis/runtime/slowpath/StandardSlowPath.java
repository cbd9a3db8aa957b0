package dev.oasis.runtime.slowpath;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slow path every appliance gets: the standard handlers of punt reasons 1..6, and delivery to
 * the host port of every other reason.
 *
 * <ul>
 *   <li>{@link PuntReason#ARP}: answers a request for the ingress port's own address (see {@link
 *       ArpResponder} for exactly which requests and why only the ingress port's address).
 *   <li>{@link PuntReason#ICMP_TIME_EXCEEDED}, {@link PuntReason#ICMP_NET_UNREACHABLE}, {@link
 *       PuntReason#ICMP_HOST_UNREACHABLE}, {@link PuntReason#ICMP_PORT_UNREACHABLE}: sends the ICMP
 *       error to the offending datagram's source following RFC 1812 4.3.2 ({@link
 *       IcmpErrorSender}), rate limited.
 *   <li>{@link PuntReason#ICMP_ECHO}: answers an echo request to any of the appliance's addresses
 *       ({@link EchoResponder}).
 *   <li>0, the reserved 7..15 and program-defined reasons (16 and above): {@link
 *       SlowPathResult#toHost()}; the runner writes the packet to the host port with its {@link
 *       PuntMetadata}.
 * </ul>
 *
 * <h2>Rate limiting</h2>
 *
 * <p>ICMP errors pass a token bucket ({@link IcmpRateLimit}, by default 1000 a second with bursts
 * of 100) that belongs to this instance and is driven only by {@link
 * PuntedPacket#timestampNanos()}, never the wall clock, so a replayed capture gives the same
 * answers. Tokens are only taken for errors that pass every other check. ARP and echo replies are
 * not limited.
 *
 * <h2>Counters</h2>
 *
 * <p>Every packet with a standard reason counts as {@link #handled()} and as exactly one of {@link
 * #replied()}, {@link #ignored()}, {@link #ignoredMalformed()} and {@link #rateLimited()}; every
 * other packet counts as {@link #deliveredToHost()}.
 *
 * <p>{@link #handle} is meant for one thread (packets in arrival order); the counters may be read
 * from any thread.
 */
public final class StandardSlowPath implements SlowPath {

  private static final Logger LOG = LoggerFactory.getLogger(StandardSlowPath.class);

  private final ArpResponder arp;
  private final IcmpErrorSender icmpErrors;
  private final EchoResponder echo;

  private final AtomicLong handled = new AtomicLong();
  private final AtomicLong replied = new AtomicLong();
  private final AtomicLong ignored = new AtomicLong();
  private final AtomicLong ignoredMalformed = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong deliveredToHost = new AtomicLong();

  /** A slow path for {@code interfaces} with {@link IcmpRateLimit#DEFAULT}. */
  public StandardSlowPath(ApplianceInterfaces interfaces) {
    this(interfaces, IcmpRateLimit.DEFAULT);
  }

  /** A slow path for {@code interfaces} limiting ICMP errors to {@code rateLimit}. */
  public StandardSlowPath(ApplianceInterfaces interfaces, IcmpRateLimit rateLimit) {
    Objects.requireNonNull(interfaces, "interfaces");
    Objects.requireNonNull(rateLimit, "rateLimit");
    ReplyFrames replies = new ReplyFrames();
    this.arp = new ArpResponder(interfaces);
    this.icmpErrors = new IcmpErrorSender(interfaces, new TokenBucket(rateLimit), replies);
    this.echo = new EchoResponder(interfaces, replies);
    LOG.debug("standard slow path for {}, icmp errors limited to {}", interfaces, rateLimit);
  }

  @Override
  public SlowPathResult handle(PuntedPacket packet) {
    Optional<PuntReason> reason = PuntReason.of(packet.reason());
    if (reason.isEmpty() || reason.get() == PuntReason.NONE) {
      deliveredToHost.incrementAndGet();
      return SlowPathResult.toHost();
    }

    handled.incrementAndGet();
    HandlerResult result =
        switch (reason.get()) {
          case ARP -> arp.handle(packet);
          case ICMP_ECHO -> echo.handle(packet);
          default -> icmpErrors.handle(packet, reason.get());
        };
    counter(result.outcome()).incrementAndGet();
    return result.emission().map(SlowPathResult::emit).orElse(SlowPathResult.nothing());
  }

  private AtomicLong counter(HandlerResult.Outcome outcome) {
    return switch (outcome) {
      case REPLIED -> replied;
      case IGNORED -> ignored;
      case MALFORMED -> ignoredMalformed;
      case RATE_LIMITED -> rateLimited;
    };
  }

  /** Packets with a standard reason (1..6). */
  public long handled() {
    return handled.get();
  }

  /** Packets answered with a frame. */
  public long replied() {
    return replied.get();
  }

  /** Well-formed packets the rules say not to answer. */
  public long ignored() {
    return ignored.get();
  }

  /** Packets that could not be parsed as their reason requires. */
  public long ignoredMalformed() {
    return ignoredMalformed.get();
  }

  /** ICMP errors held back by the rate limit. */
  public long rateLimited() {
    return rateLimited.get();
  }

  /** Packets without a standard handler, passed to the host port. */
  public long deliveredToHost() {
    return deliveredToHost.get();
  }
}
