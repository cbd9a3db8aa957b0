package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Table;
import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Instance;
import dev.oasis.hw.regmap.RegisterMap;
import dev.oasis.hw.regmap.TableEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a pipeline keeps between frames, as registers of the pipeline component: table slots
 * (written from the register map on commit, constant entries as their reset contents), counter
 * cells, direct table counters and register arrays, with the register-map ports that expose them.
 */
final class PipelineStorage {
  private final PipelineComponent pipeline;
  private final IrProgram program;

  PipelineStorage(PipelineComponent c, IrProgram program) {
    this.pipeline = c;
    this.program = program;
  }

  /** Registers of every table slot, written from the table's register window on commit. */
  Map<Table, TableEntries> tableSlots(Instance regs) {
    Map<Table, TableEntries> out = new LinkedHashMap<>();
    for (Table t : program.tables()) {
      String n = RegisterMap.prefix(t.name());
      int kw = TableEntries.keyWidth(t);
      int pw = TableEntries.paramWidth(t);
      int aw = TableEntries.actionWidth(t);
      Bits index = regs.output(n + "_index").asBits();
      Bits key = words(regs, n + "_key", kw).resize(kw);
      boolean hasMask = TableEncoding.hasMask(t);
      boolean hasHigh = TableEncoding.hasHigh(t);
      boolean hasScore = TableEncoding.hasScore(t);
      Bits mask = hasMask ? pipeline.wire(n + "_window_mask", HwType.bits(kw)) : null;
      if (hasMask) {
        mask.assign(words(regs, n + "_mask", kw).resize(kw));
      }
      Bits high = hasHigh ? words(regs, n + "_high", kw).resize(kw) : null;
      Bits score = hasScore ? commitScore(t, regs, n, mask) : null;
      Bits params = words(regs, n + "_param", pw).resize(pw);
      Bits action = regs.output(n + "_action").asBits();
      Bits valid = regs.output(n + "_valid").asBits();
      Bits commit = regs.output(n + "_commit_wr").asBits();
      Bits unusedCommit = regs.output(n + "_commit").asBits();
      pipeline.ignore(
          n + "_commit_value", "a commit is the write itself, not its value", unusedCommit);
      List<TableEntries.Slot> slots = new ArrayList<>();
      int iw = index.width().value();
      for (int i = 0; i < t.size(); i++) {
        // slots 0..k-1 hold the program's constant entries after reset
        Table.ConstEntry constant = i < t.entries().size() ? t.entries().get(i) : null;
        Bits sv =
            pipeline.reg(n + "_slot" + i + "_valid", HwType.bits(1), constant == null ? 0 : 1);
        TableEncoding.Encoded enc =
            constant == null
                ? new TableEncoding.Encoded(
                    java.math.BigInteger.ZERO, java.math.BigInteger.ZERO, java.math.BigInteger.ZERO)
                : TableEncoding.encode(t, constant.matches());
        Bits sk = pipeline.reg(n + "_slot" + i + "_key", HwType.bits(kw), enc.key());
        Bits sm =
            hasMask ? pipeline.reg(n + "_slot" + i + "_mask", HwType.bits(kw), enc.mask()) : null;
        Bits sh =
            hasHigh ? pipeline.reg(n + "_slot" + i + "_high", HwType.bits(kw), enc.high()) : null;
        Bits ss =
            hasScore
                ? pipeline.reg(
                    n + "_slot" + i + "_score",
                    HwType.bits(TableEntries.SCORE_WIDTH),
                    constant == null ? 0 : TableEncoding.score(t, constant))
                : null;
        Bits sa =
            pipeline.reg(
                n + "_slot" + i + "_action",
                HwType.bits(aw),
                constant == null ? 0 : t.actions().indexOf(constant.action().action()));
        Bits sp =
            pipeline.reg(
                n + "_slot" + i + "_params",
                HwType.bits(pw),
                constant == null
                    ? java.math.BigInteger.ZERO
                    : PacketLogic.constantParamValue(constant.action(), pw));
        pipeline.when(
            commit.and(index.eq(Nets.constant(i, iw)).asBits()).asBool(),
            () -> {
              sv.assign(valid);
              sk.assign(key);
              if (sm != null) {
                sm.assign(mask);
              }
              if (sh != null) {
                sh.assign(high);
              }
              if (ss != null) {
                ss.assign(score);
              }
              sa.assign(action);
              sp.assign(params);
            });
        slots.add(new TableEntries.Slot(sv, sk, sm, sh, ss, sa, sp));
      }
      Bits defaultAction =
          pipeline.reg(n + "_default_action_id", HwType.bits(aw), PacketLogic.defaultActionId(t));
      Bits defaultParams =
          pipeline.reg(
              n + "_default_params",
              HwType.bits(pw),
              PacketLogic.constantParamValue(t.defaultAction(), pw));
      Bits defaultCommit = regs.output(n + "_default_commit_wr").asBits();
      pipeline.ignore(
          n + "_default_commit_value",
          "a commit is the write itself, not its value",
          regs.output(n + "_default_commit").asBits());
      pipeline.when(
          defaultCommit.asBool(),
          () -> {
            defaultAction.assign(action);
            defaultParams.assign(params);
          });
      out.put(t, new TableEntries(t, slots, defaultAction, defaultParams));
    }
    return out;
  }

  /** The score of the entry being committed: its priority, or the lpm element's prefix length. */
  private Bits commitScore(Table t, Instance regs, String n, Bits mask) {
    if (t.needsPriority()) {
      return regs.output(n + "_priority").asBits();
    }
    Bits count = Nets.zero(TableEntries.SCORE_WIDTH);
    int top = TableEncoding.keyWidth(t);
    for (dev.oasis.compiler.ir.Decls.Key k : t.keys()) {
      int w = k.expr().type().width();
      if (k.kind() == dev.oasis.compiler.ir.Decls.MatchKind.LPM) {
        for (int b = top - 1; b >= top - w; b--) {
          count =
              count
                  .asUInt()
                  .add(mask.bit(b).asBits().resize(TableEntries.SCORE_WIDTH).asUInt())
                  .asBits();
        }
      }
      top -= w;
    }
    return count;
  }

  private static Bits words(Instance regs, String base, int width) {
    List<Bits> parts = new ArrayList<>();
    for (int w = RegisterMap.wordCount(width) - 1; w >= 0; w--) {
      parts.add(regs.output(base + "_" + w).asBits());
    }
    return Bits.cat(parts);
  }

  private final Map<Decls.Counter, List<Bits[]>> counterCells = new LinkedHashMap<>();

  /** A packet and a byte count per counter cell, read through the register map. */
  void counterRegisters(Instance regs) {
    for (Decls.Counter c : program.counters()) {
      String n = RegisterMap.prefix(c.name());
      List<Bits[]> cells = new ArrayList<>();
      for (int i = 0; i < c.size(); i++) {
        Bits packets = pipeline.reg(n + "_" + i + "_packets", HwType.bits(64), 0);
        Bits bytes = pipeline.reg(n + "_" + i + "_bytes", HwType.bits(64), 0);
        regs.drive(n + "_" + i + "_packets_lo", packets.slice(31, 0));
        regs.drive(n + "_" + i + "_packets_hi", packets.slice(63, 32));
        regs.drive(n + "_" + i + "_bytes_lo", bytes.slice(31, 0));
        regs.drive(n + "_" + i + "_bytes_hi", bytes.slice(63, 32));
        cells.add(new Bits[] {packets, bytes});
      }
      counterCells.put(c, cells);
    }
  }

  /**
   * The cells of every register array: read by the packet through {@link PacketState#registers},
   * written back at the end of DECIDE, and written by the control plane between frames.
   */
  Map<Decls.Register, Bits[]> registerCells(Instance regs, PacketState st) {
    Map<Decls.Register, Bits[]> out = new LinkedHashMap<>();
    for (Decls.Register r : program.registers()) {
      String n = RegisterMap.prefix(r.name());
      Bits index = regs.output(n + "_index").asBits();
      Bits value = words(regs, n + "_value", r.width()).resize(r.width());
      Bits commit = regs.output(n + "_commit_wr").asBits();
      pipeline.ignore(
          n + "_commit_value", "a commit is the write itself", regs.output(n + "_commit").asBits());
      Bits[] cells = new Bits[r.size()];
      for (int i = 0; i < r.size(); i++) {
        Bits cell = pipeline.reg(n + "_cell" + i, HwType.bits(r.width()), 0);
        int iw = index.width().value();
        pipeline.when(
            commit.and(index.eq(Nets.constant(i, iw)).asBits()).asBool(), () -> cell.assign(value));
        for (int w = 0; w < RegisterMap.wordCount(r.width()); w++) {
          int top = Math.min(r.width(), 32 * w + 32) - 1;
          regs.drive(n + "_" + i + "_" + w, cell.slice(top, 32 * w));
        }
        cells[i] = cell;
      }
      out.put(r, cells);
      st.registers.put(r, cells.clone());
    }
    return out;
  }

  /** A packet and a byte count per slot and for the default action of each counted table. */
  Map<Table, List<Bits[]>> directCounterRegisters(Instance regs) {
    Map<Table, List<Bits[]>> out = new LinkedHashMap<>();
    for (Table t : program.tables()) {
      if (!t.directCounters()) {
        continue;
      }
      List<Bits[]> cells = new ArrayList<>();
      for (int i = 0; i <= t.size(); i++) {
        String n = RegisterMap.prefix(t.name()) + "_" + (i < t.size() ? "slot" + i : "default");
        Bits packets = pipeline.reg(n + "_packets", HwType.bits(64), 0);
        Bits bytes = pipeline.reg(n + "_bytes", HwType.bits(64), 0);
        regs.drive(n + "_packets_lo", packets.slice(31, 0));
        regs.drive(n + "_packets_hi", packets.slice(63, 32));
        regs.drive(n + "_bytes_lo", bytes.slice(31, 0));
        regs.drive(n + "_bytes_hi", bytes.slice(63, 32));
        cells.add(new Bits[] {packets, bytes});
      }
      out.put(t, cells);
    }
    return out;
  }

  static void updateDirectCounters(PacketState st, Map<Table, List<Bits[]>> cells, Bits length) {
    for (Map.Entry<Table, List<Bits[]>> e : cells.entrySet()) {
      List<Bits[]> c = e.getValue();
      for (int i = 0; i < c.size(); i++) {
        Bits addPackets = Nets.zero(64);
        Bits addBytes = Nets.zero(64);
        for (PacketState.TableCountEvent ev : st.tableCounts) {
          if (ev.table() != e.getKey()) {
            continue;
          }
          Bits hit = i < ev.slots().size() ? ev.slots().get(i) : ev.miss();
          addPackets = addPackets.asUInt().add(hit.resize(64).asUInt()).asBits();
          addBytes =
              addBytes
                  .asUInt()
                  .add(Nets.mux(hit, length.resize(64), Nets.zero(64)).asUInt())
                  .asBits();
        }
        Bits[] cell = c.get(i);
        cell[0].assign(cell[0].asUInt().add(addPackets.asUInt()).asBits());
        cell[1].assign(cell[1].asUInt().add(addBytes.asUInt()).asBits());
      }
    }
  }

  /** Adds this frame's counts; called inside the DECIDE condition. */
  void updateCounters(Nets nets, PacketState st, Bits length) {
    for (Decls.Counter c : program.counters()) {
      List<Bits[]> cells = counterCells.get(c);
      for (int i = 0; i < c.size(); i++) {
        Bits packets = cells.get(i)[0];
        Bits bytes = cells.get(i)[1];
        Bits addPackets = Nets.zero(64);
        Bits addBytes = Nets.zero(64);
        for (PacketState.CountEvent e : st.counts) {
          int w = e.index().width().value();
          if (e.counter() != c || (w < 31 && i >= (1 << w))) {
            continue;
          }
          Bits hit = e.when().and(e.index().eq(Nets.constant(i, w)).asBits());
          addPackets = addPackets.asUInt().add(hit.resize(64).asUInt()).asBits();
          addBytes =
              addBytes
                  .asUInt()
                  .add(Nets.mux(hit, length.resize(64), Nets.zero(64)).asUInt())
                  .asBits();
        }
        packets.assign(packets.asUInt().add(addPackets.asUInt()).asBits());
        bytes.assign(bytes.asUInt().add(addBytes.asUInt()).asBits());
      }
    }
  }
}
