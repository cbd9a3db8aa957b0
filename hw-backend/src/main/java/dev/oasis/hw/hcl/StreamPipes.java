package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/** The logic behind {@link Stream#m2sPipe}, {@link Stream#s2mPipe} and {@link Stream#queue}. */
final class StreamPipes {

  private StreamPipes() {}

  static <T extends Data> Stream<T> m2s(Stream<T> in, String prefix) {
    Component c = in.owner();
    StreamNaming n = in.naming();

    // the output stage: valid (reset) and payload (no reset) registers
    Bool valid = c.reg(prefix + n.valid(), HwType.bool(), 0);
    valid.signal().comment("register stage: holds the beat shown to the sink");
    List<Value> regs = registers(c, prefix, in.type());
    Bool ready = c.wire(prefix + n.ready(), HwType.bool());
    Stream<T> out =
        new Stream<>(c, prefix, in.root(), in.type(), n, valid, ready, in.type().assemble(regs));

    // the stage takes a payload when it is empty or being emptied in this cycle
    in.ready().assign(out.isFree());
    List<Value> from = in.payload().leaves();
    c.when(
        in.ready(),
        () -> {
          valid.assign(in.valid());
          assignAll(regs, from);
        });
    return out;
  }

  static <T extends Data> Stream<T> s2m(Stream<T> in, String prefix) {
    Component c = in.owner();
    StreamNaming n = in.naming();

    // the skid buffer holds one payload that arrived while the output stalled
    Bool buffered = c.reg(prefix + n.valid(), HwType.bool(), 0);
    buffered.signal().comment("skid buffer: holds a beat that arrived while the output stalled");
    List<Value> buffer = registers(c, prefix, in.type());
    Stream<T> out = Stream.wires(c, prefix + "out_", in.type(), n).withRoot(in.root());

    // the output shows the buffer first, then the input
    out.valid().assign(in.valid().or(buffered));
    List<Value> outLeaves = out.payload().leaves();
    List<Value> inLeaves = in.payload().leaves();
    for (int i = 0; i < outLeaves.size(); i++) {
      outLeaves.get(i).assign(buffered.select(buffer.get(i), inLeaves.get(i)));
    }

    // ready is registered: the input is taken whenever the buffer is empty
    in.ready().assign(buffered.not());
    c.when(out.ready(), () -> buffered.assign(Bool.FALSE))
        .elseWhen(
            in.valid().and(buffered.not()),
            () -> {
              buffered.assign(Bool.TRUE);
              assignAll(buffer, inLeaves);
            });
    return out;
  }

  static <T extends Data> Stream<T> queue(Stream<T> in, Width addressWidth, String prefix) {
    Component c = in.owner();
    StreamNaming n = in.naming();
    Width ptrWidth = addressWidth.plus(1);
    Width msb = addressWidth;
    Width addrHigh = addressWidth.minus(1);

    // pointers with one extra bit to tell a full queue from an empty one
    UInt wrPtr = c.reg(prefix + "wr_ptr", HwType.uint(ptrWidth), 0);
    wrPtr
        .signal()
        .comment("pointers carry one bit more than an address: full when only it differs");
    UInt rdPtr = c.reg(prefix + "rd_ptr", HwType.uint(ptrWidth), 0);
    Bool empty = c.wire(prefix + "empty", HwType.bool());
    Bool full = c.wire(prefix + "full", HwType.bool());
    empty.assign(wrPtr.eq(rdPtr));
    full.assign(
        wrPtr.eq(Bits.cat(rdPtr.bit(msb).not(), rdPtr.slice(addrHigh, Width.of(0))).asUInt()));

    // write side
    Mem<Bits> mem = c.mem(prefix + "mem", HwType.bits(in.type().width()), addressWidth);
    in.ready().assign(full.not());
    Bool write = c.wire(prefix + "write", HwType.bool());
    write.assign(in.valid().and(full.not()));
    List<Value> leaves = new ArrayList<>(in.payload().leaves());
    java.util.Collections.reverse(leaves);
    mem.write(write, wrPtr.slice(addrHigh, Width.of(0)), Bits.cat(leaves));
    c.when(write, () -> wrPtr.assign(wrPtr.add(1)));

    // read side: the memory's read register is the output stage (first-word fall-through)
    Bool outValid = c.reg(prefix + "out_" + n.valid(), HwType.bool(), 0);
    Bool outReady = c.wire(prefix + "out_" + n.ready(), HwType.bool());
    Bool read = c.wire(prefix + "read", HwType.bool());
    read.assign(empty.not().and(outValid.not().or(outReady)));
    Bits word = mem.readSync(prefix + "read_data", rdPtr.slice(addrHigh, Width.of(0)), read);
    c.when(
            read,
            () -> {
              rdPtr.assign(rdPtr.add(1));
              outValid.assign(Bool.TRUE);
            })
        .elseWhen(outReady, () -> outValid.assign(Bool.FALSE));

    // unpack the payload: the first field sits in the least significant bits
    List<Value> outLeaves = new ArrayList<>();
    Width low = Width.of(0);
    for (Field f : in.type().fields()) {
      Width high = low.plus(f.type().width()).minus(1);
      Bits part = word.slice(high, low);
      outLeaves.add(f.type().kind() == HwType.Kind.BOOL ? part.asBool() : part);
      low = high.plus(1);
    }
    return new Stream<>(
        c,
        prefix + "out_",
        in.root(),
        in.type(),
        n,
        outValid,
        outReady,
        in.type().assemble(outLeaves));
  }

  private static List<Value> registers(Component c, String prefix, DataType<?> type) {
    List<Value> regs = new ArrayList<>();
    for (Field f : type.fields()) {
      regs.add(c.reg(prefix + f.name(), f.type()));
    }
    return regs;
  }

  private static void assignAll(List<Value> targets, List<Value> sources) {
    for (int i = 0; i < targets.size(); i++) {
      targets.get(i).assign(sources.get(i));
    }
  }
}
