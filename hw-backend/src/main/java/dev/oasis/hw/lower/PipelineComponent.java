package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.hw.hcl.AxiLite;
import dev.oasis.hw.hcl.AxiLiteConfig;
import dev.oasis.hw.hcl.AxiStream;
import dev.oasis.hw.hcl.AxisBeat;
import dev.oasis.hw.hcl.AxisConfig;
import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Instance;
import dev.oasis.hw.hcl.Stream;
import dev.oasis.hw.hcl.Width;
import dev.oasis.hw.lib.AxiLiteRegisterBlock;
import dev.oasis.hw.regmap.RegisterMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The store-and-forward pipeline of one program (see hw-backend/README.md, section Lowering).
 *
 * <pre>
 * RECEIVE  s_axis beats go into the frame buffer (a FIFO in block RAM) while the first H bytes
 *          are captured into hdr_N registers; the frame length is counted; tuser of the first
 *          beat gives the ingress port (bits 15..0) and the timestamp (bits 63..16, in ns)
 * DECIDE   one cycle: the parser and the control, lowered to combinational logic over the
 *          captured bytes, give the decision, the rewritten headers and where the payload starts;
 *          counters are updated
 * EMIT     the rewritten headers, then the payload read back from the buffer, one byte per cycle,
 *          packed into beats on m_axis (tuser = egress port) or, for a punt, on m_axis_host after
 *          the 8-byte punt metadata; a dropped frame is drained from the buffer
 * </pre>
 *
 * One frame is in the pipeline at a time, so every state change of a frame is visible to the next.
 */
final class PipelineComponent extends Component {
  /** Bits of s_axis_tuser: ingress port in 15..0, timestamp in 63..16. */
  static final int SINK_USER_WIDTH = 64;

  /** Bits of m_axis_tuser: the egress port. */
  static final int SOURCE_USER_WIDTH = 16;

  private static final int RECEIVE = 0;
  private static final int DECIDE = 1;
  private static final int EMIT = 2;

  private final IrProgram program;
  private final HwOptions options;
  private final RegisterMap registerMap;
  private final int headerBytes;

  PipelineComponent(String moduleName, IrProgram program, HwOptions options, RegisterMap map) {
    super(
        moduleName,
        "Oasis pipeline of program "
            + program.name()
            + "\n\nStore-and-forward: receive a frame, decide, emit it; one frame at a time.");
    this.program = program;
    this.options = options;
    this.registerMap = map;
    this.headerBytes = Math.max(1, ParserPaths.maxHeaderBytes(program.parser()));
  }

  @Override
  protected void build() {
    int dw = options.dataWidth();
    int bytesPerBeat = options.dataBytes();
    int laneBits = Integer.numberOfTrailingZeros(bytesPerBeat);
    int capacityBeats = (program.config().maxFrame() + bytesPerBeat - 1) / bytesPerBeat;
    int fifoAddressBits = 32 - Integer.numberOfLeadingZeros(capacityBeats + 1);

    group("AXI-Stream input: tuser = {timestamp[47:0], ingress_port[15:0]}");
    Stream<AxisBeat> in = AxiStream.sink(this, "s_axis", AxisConfig.literal(dw, SINK_USER_WIDTH));
    group("AXI-Stream output: tuser = egress port");
    Stream<AxisBeat> out =
        AxiStream.source(this, "m_axis", AxisConfig.literal(dw, SOURCE_USER_WIDTH));
    group("AXI-Stream output to the host: punted frames after their punt metadata");
    Stream<AxisBeat> host = AxiStream.source(this, "m_axis_host", AxisConfig.literal(dw, 0));
    AxiLiteRegisterBlock block = registerMap.block(moduleName() + "_regs");
    group("AXI-Lite register map");
    AxiLite axil = AxiLite.slave(this, "s_axil", AxiLiteConfig.literal(block.addressWidth(), 32));
    Instance regs = instantiate(block, "regs");
    axil.connectTo(regs, "s_axil");

    Nets nets = new Nets(this);
    Bits phase = reg("phase", HwType.bits(2), RECEIVE);
    Bits receiving = phase.eq(Nets.constant(RECEIVE, 2)).asBits();
    Bits deciding = phase.eq(Nets.constant(DECIDE, 2)).asBits();
    Bits emitting = phase.eq(Nets.constant(EMIT, 2)).asBits();

    // ---- receive --------------------------------------------------------------------------
    Bits length = reg("frame_length", HwType.bits(17), 0);
    Bits beats = reg("beats_in", HwType.bits(16), 0);
    Bits stored = reg("beats_stored", HwType.bits(16), 0);
    Bits oversize = reg("oversize", HwType.bits(1), 0);
    Bits ingressPort = reg("ingress_port", HwType.bits(16), 0);
    Bits timestamp = reg("timestamp", HwType.bits(48), 0);
    List<Bits> hdr = new ArrayList<>();
    for (int i = 0; i < headerBytes; i++) {
      hdr.add(reg("hdr_" + i, HwType.bits(8), 0));
    }
    Stream<AxisBeat> bufIn = AxiStream.wires(this, "buf_in", AxisConfig.literal(dw, 0));
    Stream<AxisBeat> bufOut = bufIn.queue(Width.of(fifoAddressBits), "buf_");
    Bits inFire =
        nets.net("in_fire", receiving.and(in.valid().asBits()).and(bufIn.ready().asBits()));
    in.ready().assign(receiving.and(bufIn.ready().asBits()).asBool());

    Bits keepCount = Nets.zero(17);
    for (int k = 0; k < bytesPerBeat; k++) {
      keepCount =
          keepCount.asUInt().add(in.payload().tkeep().bit(k).asBits().resize(17).asUInt()).asBits();
    }
    Bits beatBytes =
        nets.net(
            "beat_bytes",
            Nets.mux(in.payload().tlast().asBits(), keepCount, Nets.constant(bytesPerBeat, 17)));
    Bits nextLength = nets.net("next_length", length.asUInt().add(beatBytes.asUInt()).asBits());
    Bits storing =
        nets.net(
            "storing",
            inFire.and(stored.asUInt().lt(Nets.constant(capacityBeats, 16).asUInt()).asBits()));
    bufIn.valid().assign(storing.asBool());
    bufIn.payload().tdata().assign(in.payload().tdata());
    bufIn.payload().tkeep().assign(in.payload().tkeep());
    bufIn.payload().tlast().assign(in.payload().tlast());

    when(
        inFire.asBool(),
        () -> {
          length.assign(nextLength);
          beats.assign(beats.asUInt().add(1).asBits());
          when(
              nextLength.asUInt().gt(Nets.constant(program.config().maxFrame(), 17).asUInt()),
              () -> oversize.assign(Nets.one()));
          when(storing.asBool(), () -> stored.assign(stored.asUInt().add(1).asBits()));
          when(
              beats.eq(Nets.zero(16)),
              () -> {
                ingressPort.assign(in.payload().tuser().slice(15, 0));
                timestamp.assign(in.payload().tuser().slice(63, 16));
              });
          for (int i = 0; i < headerBytes; i++) {
            int lane = i % bytesPerBeat;
            Bits target = hdr.get(i);
            when(
                beats.eq(Nets.constant(i / bytesPerBeat, 16)),
                () -> target.assign(in.payload().tdata().slice(lane * 8 + 7, lane * 8)));
          }
          when(in.payload().tlast(), () -> phase.assign(Nets.constant(DECIDE, 2)));
        });

    // ---- decide ---------------------------------------------------------------------------
    PipelineStorage storage = new PipelineStorage(this, program);
    Map<Table, TableEntries> tables = storage.tableSlots(regs);
    storage.counterRegisters(regs);
    Map<Table, List<Bits[]>> directCells = storage.directCounterRegisters(regs);
    PacketLogic.Inputs inputs =
        new PacketLogic.Inputs(
            nets.net("header_bytes", Bits.cat(hdr)),
            headerBytes,
            length.slice(15, 0),
            ingressPort,
            Bits.cat(Nets.zero(16), timestamp));
    PacketLogic logic = new PacketLogic(program, nets, inputs, tables);
    Map<Decls.Register, Bits[]> registerCells = storage.registerCells(regs, logic.state);
    ParserLowering.lower(logic);
    Bits parsed = logic.state.parseError.eq(Nets.zero(8)).asBits();
    Bits runControl =
        nets.net(
            "run_control",
            oversize.not().and(program.config().dropOnParseError() ? parsed : Nets.one()));
    logic.control(runControl, program.control());
    PacketState st = logic.state;

    Bits kind = st.decisionKind;
    Bits operand = st.decisionOperand;
    Bits forward =
        nets.net(
            "is_forward",
            kind.eq(Nets.constant(PacketState.FORWARD, 2))
                .asBits()
                .and(
                    operand
                        .asUInt()
                        .lt(Nets.constant(program.config().ports(), 16).asUInt())
                        .asBits()));
    Bits punt = nets.net("is_punt", kind.eq(Nets.constant(PacketState.PUNT, 2)).asBits());
    Bits send = nets.net("is_sent", forward.or(punt));

    // rewritten headers, right-aligned, then the punt metadata in front of them
    int outBytes = 8;
    for (Stmt.Emit e : program.deparser()) {
      outBytes += ((Expr.HeaderRef) e.header()).instance().type().fixedBits() / 8;
    }
    int outBits = outBytes * 8;
    Bits acc = Nets.zero(outBits);
    Bits accLength = Nets.zero(16);
    for (Stmt.Emit e : program.deparser()) {
      Decls.HeaderInstance h = ((Expr.HeaderRef) e.header()).instance();
      int size = h.type().fixedBits() / 8;
      Bits v = st.valid.get(h);
      Bits shifted = acc.shl(size * 8).or(st.headerBits(h).resize(outBits));
      acc = nets.net("out_" + h.name(), Nets.mux(v, shifted, acc));
      accLength =
          nets.net(
              "out_len_" + h.name(),
              Nets.mux(
                  v, accLength.asUInt().add(Nets.constant(size, 16).asUInt()).asBits(), accLength));
    }
    Bits metadata =
        Bits.cat(Nets.constant(1, 8), Nets.zero(8), operand, ingressPort, length.slice(15, 0));
    Bits metaShifted = metadata.resize(outBits).shl(Bits.cat(accLength, Nets.zero(3)).asUInt());
    Bits withMeta = nets.net("out_with_meta", Nets.mux(punt, metaShifted.or(acc), acc));
    Bits headerLength =
        nets.net(
            "out_header_length",
            Nets.mux(
                punt, accLength.asUInt().add(Nets.constant(8, 16).asUInt()).asBits(), accLength));
    Bits aligned =
        withMeta.shl(
            Bits.cat(
                    Nets.constant(outBytes, 16).asUInt().sub(headerLength.asUInt()).asBits(),
                    Nets.zero(3))
                .asUInt());
    Bits payloadEnd =
        nets.net(
            "payload_end",
            Nets.mux(send.and(st.discardPayload.not()), length.slice(15, 0), Nets.zero(16)));
    Bits payloadLength =
        payloadEnd
            .asUInt()
            .sub(Nets.mux(send.and(st.discardPayload.not()), st.position, Nets.zero(16)).asUInt())
            .asBits();
    Bits total =
        nets.net(
            "out_total",
            Nets.mux(
                send,
                headerLength.resize(17).asUInt().add(payloadLength.resize(17).asUInt()).asBits(),
                Nets.zero(17)));

    // ---- emit -----------------------------------------------------------------------------
    Bits toHost = reg("to_host", HwType.bits(1), 0);
    Bits egress = reg("egress_port", HwType.bits(16), 0);
    Bits hdrShift = reg("hdr_shift", HwType.bits(outBits), 0);
    Bits hdrLeft = reg("hdr_left", HwType.bits(16), 0);
    Bits srcPos = reg("src_pos", HwType.bits(16), 0);
    Bits srcEnd = reg("src_end", HwType.bits(16), 0);
    Bits remaining = reg("out_remaining", HwType.bits(17), 0);
    Bits headIndex = reg("head_index", HwType.bits(16), 0);
    Bits pending = reg("beat_pending", HwType.bits(1), 0);
    Bits lastFlag = reg("beat_last", HwType.bits(1), 0);
    Bits fill = reg("beat_fill", HwType.bits(laneBits + 1), 0);
    List<Bits> lanes = new ArrayList<>();
    for (int k = 0; k < bytesPerBeat; k++) {
      lanes.add(reg("lane_" + k, HwType.bits(8), 0));
    }

    when(
        deciding.asBool(),
        () -> {
          toHost.assign(punt);
          egress.assign(operand);
          hdrShift.assign(aligned);
          hdrLeft.assign(Nets.mux(send, headerLength, Nets.zero(16)));
          srcPos.assign(Nets.mux(send.and(st.discardPayload.not()), st.position, Nets.zero(16)));
          srcEnd.assign(payloadEnd);
          remaining.assign(total);
          phase.assign(Nets.constant(EMIT, 2));
          storage.updateCounters(nets, st, length.slice(15, 0));
          PipelineStorage.updateDirectCounters(st, directCells, length.slice(15, 0));
          for (Map.Entry<Decls.Register, Bits[]> e : registerCells.entrySet()) {
            for (int i = 0; i < e.getValue().length; i++) {
              e.getValue()[i].assign(st.registers.get(e.getKey())[i]);
            }
          }
        });

    Bits headBeat = srcPos.asUInt().shr(laneBits).asBits();
    Bits frameLeft = nets.net("buffer_left", headIndex.ne(stored).asBits());
    Bits payloadDone = nets.net("payload_done", srcPos.asUInt().ge(srcEnd.asUInt()).asBits());
    Bits pop =
        nets.net(
            "buf_pop",
            emitting
                .and(bufOut.valid().asBits())
                .and(frameLeft)
                .and(payloadDone.or(headBeat.asUInt().gt(headIndex.asUInt()).asBits())));
    bufOut.ready().assign(pop.asBool());
    Bits free = nets.net("lane_free", emitting.and(pending.not()));
    Bits fromHeader = nets.net("take_header", free.and(hdrLeft.ne(Nets.zero(16)).asBits()));
    Bits fromPayload =
        nets.net(
            "take_payload",
            free.and(hdrLeft.eq(Nets.zero(16)).asBits())
                .and(payloadDone.not())
                .and(bufOut.valid().asBits())
                .and(frameLeft)
                .and(headBeat.eq(headIndex).asBits()));
    Bits tdata = nets.net("buf_tdata", bufOut.payload().tdata());
    Bits laneData = tdata.slice(7, 0);
    for (int k = 1; k < bytesPerBeat; k++) {
      Bits atLane = srcPos.slice(laneBits - 1, 0).eq(Nets.constant(k, laneBits)).asBits();
      laneData = Nets.mux(atLane, tdata.slice(8 * k + 7, 8 * k), laneData);
    }
    Bits outByte =
        nets.net(
            "out_byte", Nets.mux(fromHeader, hdrShift.slice(outBits - 1, outBits - 8), laneData));
    Bits place = nets.net("place", fromHeader.or(fromPayload));
    Bits lastByte = nets.net("last_byte", remaining.eq(Nets.constant(1, 17)).asBits());

    when(
        place.asBool(),
        () -> {
          for (int k = 0; k < bytesPerBeat; k++) {
            Bits lane = lanes.get(k);
            when(fill.eq(Nets.constant(k, laneBits + 1)), () -> lane.assign(outByte));
          }
          fill.assign(fill.asUInt().add(1).asBits());
          remaining.assign(remaining.asUInt().sub(1).asBits());
          when(
              fill.eq(Nets.constant(bytesPerBeat - 1, laneBits + 1)).or(lastByte.asBool()),
              () -> pending.assign(Nets.one()));
          lastFlag.assign(lastByte);
        });
    when(
        fromHeader.asBool(),
        () -> {
          hdrShift.assign(hdrShift.shl(8));
          hdrLeft.assign(hdrLeft.asUInt().sub(1).asBits());
        });
    when(fromPayload.asBool(), () -> srcPos.assign(srcPos.asUInt().add(1).asBits()));
    when(pop.asBool(), () -> headIndex.assign(headIndex.asUInt().add(1).asBits()));

    List<Bits> keep = new ArrayList<>();
    for (int k = bytesPerBeat - 1; k >= 0; k--) {
      keep.add(fill.asUInt().gt(Nets.constant(k, laneBits + 1).asUInt()).asBits());
    }
    List<Bits> data = new ArrayList<>(lanes);
    java.util.Collections.reverse(data);
    Bits beatData = nets.net("beat_data", Bits.cat(data));
    Bits beatKeep = nets.net("beat_keep", Bits.cat(keep));
    out.valid().assign(pending.and(toHost.not()).asBool());
    out.payload().tdata().assign(beatData);
    out.payload().tkeep().assign(beatKeep);
    out.payload().tlast().assign(lastFlag.asBool());
    out.payload().tuser().assign(egress);
    host.valid().assign(pending.and(toHost).asBool());
    host.payload().tdata().assign(beatData);
    host.payload().tkeep().assign(beatKeep);
    host.payload().tlast().assign(lastFlag.asBool());
    Bits sent =
        nets.net(
            "beat_sent",
            pending.and(Nets.mux(toHost, host.ready().asBits(), out.ready().asBits())));
    when(
        sent.asBool(),
        () -> {
          pending.assign(Nets.zero(1));
          fill.assign(Nets.zero(laneBits + 1));
        });

    Bits done =
        nets.net(
            "frame_done",
            emitting
                .and(hdrLeft.eq(Nets.zero(16)).asBits())
                .and(remaining.eq(Nets.zero(17)).asBits())
                .and(pending.not())
                .and(frameLeft.not()));
    when(
        done.asBool(),
        () -> {
          phase.assign(Nets.constant(RECEIVE, 2));
          length.assign(Nets.zero(17));
          beats.assign(Nets.zero(16));
          stored.assign(Nets.zero(16));
          headIndex.assign(Nets.zero(16));
          oversize.assign(Nets.zero(1));
        });
    nets.ignoreUnread();
    ignore(
        "buffer_flags",
        "the buffer's keep and last are implied by the frame length",
        bufOut.payload().tkeep(),
        bufOut.payload().tlast().asBits());
  }
}
