package dev.oasis.runtime.stack.testing;

import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackConfig;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * An Ethernet segment in memory: every frame an endpoint sends reaches every other endpoint (as on
 * a hub; stacks filter by MAC), after a latency, subject to the sender's {@link LinkImpairments}.
 * Time is a {@link VirtualClock} that jumps from event to event, so a run of minutes of protocol
 * time takes milliseconds, and a seeded {@link Random} makes every run the same.
 *
 * <p>Runs are bounded in events ({@code maxSteps}) and in virtual time, so a protocol that never
 * converges fails the test instead of hanging it.
 */
public final class InMemoryNetwork {

  /** Where the virtual clock starts: far from zero, so that nothing depends on time 0. */
  public static final long START_NANOS = 1_000_000_000_000L;

  private final VirtualClock clock = new VirtualClock(START_NANOS);
  private final Random random;
  private final int maxSteps;
  private final List<Port> ports = new ArrayList<>();
  private final Map<Object, Port> portOf = new IdentityHashMap<>();
  private final PriorityQueue<Delivery> queue = new PriorityQueue<>();
  private final Statistics statistics = new Statistics();
  private long sequence;
  private long steps;

  /** A network whose impairments draw from {@code seed}, allowing {@code maxSteps} events a run. */
  public InMemoryNetwork(long seed, int maxSteps) {
    this.random = new Random(seed);
    this.maxSteps = maxSteps;
  }

  /** Counts of what the links did. */
  public static final class Statistics {
    /** Frames endpoints sent. */
    public long sent;

    /** Frames handed to an endpoint. */
    public long delivered;

    /** Deliveries dropped by loss. */
    public long lost;

    /** Extra copies delivered. */
    public long duplicated;

    /** Deliveries held back to be overtaken. */
    public long reordered;

    /** Deliveries with a bit flipped. */
    public long corrupted;

    @Override
    public String toString() {
      return String.format(
          "sent %d, delivered %d, lost %d, duplicated %d, reordered %d, corrupted %d",
          sent, delivered, lost, duplicated, reordered, corrupted);
    }
  }

  private static final class Port {
    final Endpoint endpoint;
    LinkImpairments impairments = LinkImpairments.PERFECT;

    Port(Endpoint endpoint) {
      this.endpoint = endpoint;
    }
  }

  private record Delivery(long time, long sequence, Port to, byte[] frame)
      implements Comparable<Delivery> {
    @Override
    public int compareTo(Delivery other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  /** The network's clock; give it to the stacks. */
  public VirtualClock clock() {
    return clock;
  }

  /** What the links did so far. */
  public Statistics statistics() {
    return statistics;
  }

  /** Events processed so far. */
  public long steps() {
    return steps;
  }

  /** A new stack on this network, timed by its clock. */
  public Stack attach(StackConfig config) {
    Port[] port = new Port[1];
    Stack stack = new Stack(config, clock, frame -> send(port[0], frame));
    port[0] =
        add(
            new Endpoint() {
              @Override
              public void receive(byte[] frame) {
                stack.receive(frame);
              }

              @Override
              public void tick() {
                stack.tick();
              }

              @Override
              public long nextDeadline() {
                return stack.nextDeadline();
              }
            });
    portOf.put(stack, port[0]);
    return stack;
  }

  /** A new scripted peer on this network. */
  public ScriptedPeer attachPeer() {
    ScriptedPeer peer = new ScriptedPeer();
    Port port = add(peer);
    peer.connect(frame -> send(port, frame));
    portOf.put(peer, port);
    return peer;
  }

  private Port add(Endpoint endpoint) {
    Port port = new Port(endpoint);
    ports.add(port);
    return port;
  }

  /** Sets what happens to the frames {@code sender} (a stack or peer of this network) sends. */
  public void impair(Object sender, LinkImpairments impairments) {
    Port port = portOf.get(sender);
    if (port == null) {
      throw new IllegalArgumentException(sender + " is not attached to this network");
    }
    port.impairments = impairments;
  }

  private void send(Port from, byte[] frame) {
    statistics.sent++;
    for (Port to : ports) {
      if (to != from) {
        schedule(from.impairments, to, frame);
      }
    }
  }

  private void schedule(LinkImpairments link, Port to, byte[] frame) {
    if (random.nextDouble() < link.loss()) {
      statistics.lost++;
      return;
    }
    int copies = 1;
    if (random.nextDouble() < link.duplication()) {
      statistics.duplicated++;
      copies = 2;
    }
    for (int copy = 0; copy < copies; copy++) {
      byte[] delivered = frame.clone();
      if (delivered.length > 0 && random.nextDouble() < link.corruption()) {
        statistics.corrupted++;
        int bit = random.nextInt(delivered.length * 8);
        delivered[bit / 8] ^= (byte) (1 << (bit % 8));
      }
      long delay = link.latencyNanos();
      if (link.reorderNanos() > 0 && random.nextDouble() < link.reordering()) {
        statistics.reordered++;
        delay += 1 + (long) (random.nextDouble() * link.reorderNanos());
      }
      queue.add(new Delivery(clock.nanos() + delay, sequence++, to, delivered));
    }
  }

  /**
   * Delivers frames and runs timers, in time order, until {@code done} holds, nothing is left to
   * happen, {@code maxNanos} of virtual time have passed or the step budget is spent.
   *
   * @return whether {@code done} holds at the end
   */
  public boolean runUntil(BooleanSupplier done, long maxNanos) {
    long end = clock.nanos() + maxNanos;
    long stepLimit = steps + maxSteps;
    while (!done.getAsBoolean()) {
      if (steps >= stepLimit) {
        return false;
      }
      long next = nextEventTime();
      if (next == Deadlines.NONE) {
        return false;
      }
      if (next - end > 0) {
        clock.advanceTo(end);
        return done.getAsBoolean();
      }
      clock.advanceTo(Math.max(clock.nanos(), next));
      step();
    }
    return true;
  }

  /** Runs for {@code nanos} of virtual time (or until nothing is left to happen). */
  public void runFor(long nanos) {
    long end = clock.nanos() + nanos;
    runUntil(() -> false, nanos);
    if (clock.nanos() - end < 0) {
      clock.advanceTo(end);
    }
  }

  private long nextEventTime() {
    long next = queue.isEmpty() ? Deadlines.NONE : queue.peek().time();
    for (Port port : ports) {
      next = Deadlines.earlier(next, port.endpoint.nextDeadline());
    }
    return next;
  }

  /** One event: a due delivery if there is one, else the due timers. */
  private void step() {
    steps++;
    long now = clock.nanos();
    if (!queue.isEmpty() && queue.peek().time() - now <= 0) {
      Delivery delivery = queue.poll();
      statistics.delivered++;
      delivery.to().endpoint.receive(delivery.frame());
      return;
    }
    for (Port port : ports) {
      if (Deadlines.due(port.endpoint.nextDeadline(), now)) {
        port.endpoint.tick();
      }
    }
  }
}
