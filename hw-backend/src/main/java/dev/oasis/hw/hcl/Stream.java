package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * A flow of payloads with a valid/ready handshake: a payload moves when {@link #fire()}, that is
 * when valid and ready are both high in a cycle. The source holds valid and the payload stable
 * until it fires; the sink may hold ready low for as long as it likes (backpressure).
 *
 * <p>Signals are named {@code prefix + field}: a stream with prefix {@code s_axis_} and {@link
 * StreamNaming#AXIS} has {@code s_axis_tdata}, {@code s_axis_tvalid}, {@code s_axis_tready}. The
 * valid signal and the payload may be expressions; ready is always a signal, driven by the sink.
 *
 * @param <T> the payload
 */
public final class Stream<T extends Data> {

  private final Component owner;
  private final String prefix;
  private final String root;
  private final DataType<T> type;
  private final StreamNaming naming;
  private final Bool valid;
  private final Bool ready;
  private final T payload;

  Stream(
      Component owner,
      String prefix,
      String root,
      DataType<T> type,
      StreamNaming naming,
      Bool valid,
      Bool ready,
      T payload) {
    this.owner = owner;
    this.prefix = prefix;
    this.root = root;
    this.type = type;
    this.naming = naming;
    this.valid = valid;
    this.ready = ready;
    this.payload = payload;
  }

  /** A stream the component receives: valid and payload are inputs, ready an output. */
  public static <T extends Data> Stream<T> sink(
      Component c, String prefix, DataType<T> type, StreamNaming naming) {
    return declare(c, prefix, type, naming, SignalKind.INPUT, SignalKind.OUTPUT);
  }

  /** A stream the component sends: valid and payload are outputs, ready an input. */
  public static <T extends Data> Stream<T> source(
      Component c, String prefix, DataType<T> type, StreamNaming naming) {
    return declare(c, prefix, type, naming, SignalKind.OUTPUT, SignalKind.INPUT);
  }

  /** A stream of wires inside the component. */
  public static <T extends Data> Stream<T> wires(
      Component c, String prefix, DataType<T> type, StreamNaming naming) {
    return declare(c, prefix, type, naming, SignalKind.WIRE, SignalKind.WIRE);
  }

  private static <T extends Data> Stream<T> declare(
      Component c,
      String prefix,
      DataType<T> type,
      StreamNaming naming,
      SignalKind forward,
      SignalKind backward) {
    List<Value> leaves = new ArrayList<>();
    Bool valid = null;
    Bool ready = null;
    List<Field> fields = type.fields();
    for (int i = 0; i <= fields.size(); i++) {
      if (i == Math.min(naming.handshakeAfter(), fields.size())) {
        valid = c.declare(prefix + naming.valid(), forward, HwType.bool()).asBool();
        ready = c.declare(prefix + naming.ready(), backward, HwType.bool()).asBool();
      }
      if (i < fields.size()) {
        Field f = fields.get(i);
        leaves.add(c.declare(prefix + f.name(), forward, f.type()));
      }
    }
    String root = prefix.endsWith("_") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return new Stream<>(c, prefix, root, type, naming, valid, ready, type.assemble(leaves));
  }

  public Component owner() {
    return owner;
  }

  /**
   * The name the signals of streams derived from this one start with: the prefix of the ports it
   * came from, without its separator ({@code s_axis}).
   */
  public String root() {
    return root;
  }

  /** The prefix of the signal names, with its trailing separator ({@code s_axis_}). */
  public String prefix() {
    return prefix;
  }

  public DataType<T> type() {
    return type;
  }

  public StreamNaming naming() {
    return naming;
  }

  public Bool valid() {
    return valid;
  }

  public Bool ready() {
    return ready;
  }

  public T payload() {
    return payload;
  }

  /** A payload moves in this cycle: {@code valid && ready}. */
  public Bool fire() {
    return valid.and(ready);
  }

  /** A payload waits for the sink: {@code valid && !ready}. */
  public Bool isStall() {
    return valid.and(ready.not());
  }

  /** The stream can take a payload: {@code !valid || ready}. */
  public Bool isFree() {
    return valid.not().or(ready);
  }

  /**
   * Drives this stream from {@code source}: valid and payload flow here, ready flows back. This
   * stream's valid and payload, and the source's ready, must be signals.
   */
  public void connectFrom(Stream<T> source) {
    valid.assign(source.valid);
    List<Value> to = payload.leaves();
    List<Value> from = source.payload.leaves();
    for (int i = 0; i < to.size(); i++) {
      to.get(i).assign(from.get(i));
    }
    source.ready.assign(ready);
  }

  /**
   * A register slice on valid and payload (SpinalHDL's {@code m2sPipe}): the returned stream's
   * valid and payload come from registers; ready is combinational from the returned stream's ready.
   * Full throughput. Registers are named {@code prefix + field}.
   */
  public Stream<T> m2sPipe(String newPrefix) {
    return StreamPipes.m2s(this, newPrefix);
  }

  /** {@link #m2sPipe(String)} with registers named {@code <root>_pipe_<field>}. */
  public Stream<T> m2sPipe() {
    return m2sPipe(derivedPrefix("pipe"));
  }

  /**
   * A skid buffer on ready (SpinalHDL's {@code s2mPipe}): this stream's ready comes from a
   * register; a payload that arrives while the sink stalls waits in a buffer of registers named
   * {@code prefix + field}. The returned stream's signals are wires named {@code prefix + "out_" +
   * field}. Full throughput.
   */
  public Stream<T> s2mPipe(String newPrefix) {
    return StreamPipes.s2m(this, newPrefix);
  }

  /** {@link #s2mPipe(String)} with buffer registers named {@code <root>_skid_<field>}. */
  public Stream<T> s2mPipe() {
    return s2mPipe(derivedPrefix("skid"));
  }

  /**
   * A first-in first-out queue of {@code 2^addressWidth} payloads in a memory with a synchronous
   * read port (block RAM), with first-word fall-through. Internal signals are named {@code
   * newPrefix + ...}. The input is ready while the queue is not full.
   */
  public Stream<T> queue(Width addressWidth, String newPrefix) {
    return StreamPipes.queue(this, addressWidth, newPrefix);
  }

  /** {@link #queue(Width, String)} of {@code depth} (a power of two) payloads. */
  public Stream<T> queue(int depth) {
    if (depth < 2 || Integer.bitCount(depth) != 1) {
      throw new IllegalArgumentException(
          "queue depth " + depth + " is not a power of two of at least 2");
    }
    return queue(Width.of(Integer.numberOfTrailingZeros(depth)), derivedPrefix("fifo"));
  }

  /** This stream without backpressure: ready is tied high. */
  public Flow<T> toFlow() {
    ready.assign(Bool.TRUE);
    return new Flow<>(owner, prefix, type, naming.valid(), valid, payload);
  }

  /** {@code <root>_<tag>_}, or {@code <root>_<tag>2_}... if that prefix is taken. */
  String derivedPrefix(String tag) {
    String p = root + "_" + tag;
    for (int i = 2; owner.hasNameStartingWith(p + "_"); i++) {
      p = root + "_" + tag + i;
    }
    return p + "_";
  }

  /** This stream's signals with another root for the names of derived streams. */
  Stream<T> withRoot(String newRoot) {
    return new Stream<>(owner, prefix, newRoot, type, naming, valid, ready, payload);
  }
}
