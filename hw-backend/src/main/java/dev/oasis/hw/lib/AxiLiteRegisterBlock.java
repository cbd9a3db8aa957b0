package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.AxiLite;
import dev.oasis.hw.hcl.AxiLiteConfig;
import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.Bool;
import dev.oasis.hw.hcl.Cases;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.UInt;
import dev.oasis.hw.hcl.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An AXI-Lite slave with a register map generated from a list of {@link RegisterSpec}s and a
 * self-describing header:
 *
 * <pre>
 * offset  register  value
 * 0x00    magic     0x4f415349 ("OASI")
 * 0x04    version   the version given to the generator
 * 0x08    id        a 32-bit identifier given to the generator (the program hash)
 * 0x0c    size      the size of the register map in bytes
 * 0x10... the registers
 * </pre>
 *
 * <p>Accesses are 32-bit and word-aligned (the two low address bits are ignored). A write to an RW
 * register honours {@code wstrb}; a write to the header, to an RO register or to no register, and a
 * read of no register, answer SLVERR (reads of no register return 0). One write and one read can be
 * in flight at once; each takes two cycles from address to response.
 */
public final class AxiLiteRegisterBlock extends Component {

  /** The header's magic number, "OASI" in ASCII. */
  public static final long MAGIC = 0x4F415349L;

  /** The first offset available to registers after the header. */
  public static final int FIRST_OFFSET = 0x10;

  private final long version;
  private final long id;
  private final List<RegisterSpec> registers;
  private final int size;
  private final int addressWidth;

  /**
   * @param moduleName the Verilog module name
   * @param summary the first line of the header comment
   * @param version the value of the version register (32 bits)
   * @param id the value of the id register (32 bits), for example a hash of the program
   * @param registers the registers, at distinct offsets from {@link #FIRST_OFFSET} on
   */
  public AxiLiteRegisterBlock(
      String moduleName, String summary, long version, long id, List<RegisterSpec> registers) {
    super(moduleName, describe(summary, check32("version", version), check32("id", id), registers));
    this.version = version;
    this.id = id;
    this.registers = sorted(registers);
    int end = FIRST_OFFSET;
    for (RegisterSpec r : this.registers) {
      end = Math.max(end, r.offset() + 4);
    }
    this.size = end;
    this.addressWidth = Math.max(4, Logic.bitsFor(end - 1));
  }

  /** The width of the AXI-Lite address, enough for the whole map. */
  public int addressWidth() {
    return addressWidth;
  }

  /** The size of the register map in bytes, as the header's size register reports it. */
  public int size() {
    return size;
  }

  /** The header registers followed by the given ones, in offset order. */
  public List<RegisterSpec> registerMap() {
    List<RegisterSpec> all = new ArrayList<>(header(version, id, size));
    all.addAll(registers);
    return all;
  }

  @Override
  protected void build() {
    group("AXI-Lite slave");
    AxiLite axil = AxiLite.slave(this, "s_axil", AxiLiteConfig.literal(addressWidth, 32));
    group("Registers");
    Map<RegisterSpec, Value> ports = new LinkedHashMap<>();
    Map<RegisterSpec, Bool> strobes = new LinkedHashMap<>();
    for (RegisterSpec r : registers) {
      if (r.access() == RegisterSpec.Access.RO) {
        ports.put(r, input(r.name(), HwType.bits(r.width())));
      } else {
        ports.put(r, output(r.name(), HwType.bits(r.width())));
        if (r.writeStrobe()) {
          strobes.put(r, output(r.name() + "_wr", HwType.bool()));
        }
      }
    }
    writeChannel(axil, ports, strobes);
    readChannel(axil, ports);
    ignoreUnusedBits(axil);
  }

  private void writeChannel(
      AxiLite axil, Map<RegisterSpec, Value> ports, Map<RegisterSpec, Bool> strobes) {
    Bool bvalid = reg("write_resp_valid", HwType.bool(), 0);
    Bits bresp = reg("write_resp", HwType.bits(2), 0);
    axil.b().valid().assign(bvalid);
    axil.b().payload().get("resp").assign(bresp);

    // RW registers and their write strobes
    Map<RegisterSpec, Bits> values = new LinkedHashMap<>();
    for (var e : ports.entrySet()) {
      RegisterSpec r = e.getKey();
      if (r.access() == RegisterSpec.Access.RW) {
        Bits value = reg(r.name(), HwType.bits(r.width()), r.resetValue());
        value.signal().comment(r.description());
        e.getValue().assign(value);
        values.put(r, value);
      }
    }
    Map<RegisterSpec, Bool> pulses = new LinkedHashMap<>();
    for (var e : strobes.entrySet()) {
      Bool pulse = reg(e.getKey().name() + "_write", HwType.bool(), 0);
      e.getValue().assign(pulse);
      pulse.assign(Bool.FALSE);
      pulses.put(e.getKey(), pulse);
    }

    // take address and data together, when the response slot is free
    Bool write = wire("write", HwType.bool());
    write.assign(axil.aw().valid().and(axil.w().valid()).and(bvalid.not().or(axil.b().ready())));
    axil.aw().ready().assign(write);
    axil.w().ready().assign(write);

    UInt word = axil.aw().payload().uint("addr").slice(addressWidth - 1, 2);
    Bits data = axil.w().payload().bits("data");
    Bits strb = axil.w().payload().bits("strb");
    when(
            write,
            () -> {
              bvalid.assign(Bool.TRUE);
              bresp.assign(Bits.of(AxiLite.RESP_SLVERR, 2));
              if (values.isEmpty()) {
                return;
              }
              Cases cases = switchOn(word);
              for (var e : values.entrySet()) {
                RegisterSpec r = e.getKey();
                cases.is(
                    r.offset() / 4,
                    () -> {
                      bresp.assign(Bits.of(AxiLite.RESP_OKAY, 2));
                      e.getValue().assign(merge(e.getValue(), data, strb, r.width()));
                      if (pulses.containsKey(r)) {
                        pulses.get(r).assign(Bool.TRUE);
                      }
                    });
              }
            })
        .elseWhen(axil.b().ready(), () -> bvalid.assign(Bool.FALSE));
  }

  /** The register with the bytes enabled by {@code strb} replaced by those of {@code data}. */
  private static Bits merge(Bits current, Bits data, Bits strb, int width) {
    List<Value> lanes = new ArrayList<>();
    for (int lane = (width - 1) / 8; lane >= 0; lane--) {
      int lo = lane * 8;
      int hi = Math.min(width, lo + 8) - 1;
      lanes.add(strb.bit(lane).select(data.slice(hi, lo), current.slice(hi, lo)));
    }
    return Bits.cat(lanes);
  }

  private void readChannel(AxiLite axil, Map<RegisterSpec, Value> ports) {
    Bool rvalid = reg("read_valid", HwType.bool(), 0);
    Bits rdata = reg("read_data", HwType.bits(32), 0);
    Bits rresp = reg("read_resp", HwType.bits(2), 0);
    axil.r().valid().assign(rvalid);
    axil.r().payload().get("data").assign(rdata);
    axil.r().payload().get("resp").assign(rresp);

    Bool read = wire("read", HwType.bool());
    read.assign(axil.ar().valid().and(rvalid.not().or(axil.r().ready())));
    axil.ar().ready().assign(read);

    UInt word = axil.ar().payload().uint("addr").slice(addressWidth - 1, 2);
    when(
            read,
            () -> {
              rvalid.assign(Bool.TRUE);
              rresp.assign(Bits.of(AxiLite.RESP_OKAY, 2));
              Cases cases = switchOn(word);
              for (RegisterSpec h : header(version, id, size)) {
                cases.is(h.offset() / 4, () -> rdata.assign(Bits.of(h.resetValue(), 32)));
              }
              for (var e : ports.entrySet()) {
                RegisterSpec r = e.getKey();
                Value source = e.getValue();
                cases.is(r.offset() / 4, () -> rdata.assign(source.asBits().resize(32)));
              }
              cases.otherwise(
                  () -> {
                    rdata.assign(Bits.of(0, 32));
                    rresp.assign(Bits.of(AxiLite.RESP_SLVERR, 2));
                  });
            })
        .elseWhen(axil.r().ready(), () -> rvalid.assign(Bool.FALSE));
  }

  /** Address bits below the word, and data bits and strobes no register takes. */
  private void ignoreUnusedBits(AxiLite axil) {
    UInt awaddr = axil.aw().payload().uint("addr");
    UInt araddr = axil.ar().payload().uint("addr");
    Bits data = axil.w().payload().bits("data");
    Bits strb = axil.w().payload().bits("strb");
    int widest = 0;
    for (RegisterSpec r : registers) {
      if (r.access() == RegisterSpec.Access.RW) {
        widest = Math.max(widest, r.width());
      }
    }
    if (widest == 0) {
      ignore(
          "addr_lsb",
          "accesses are word-aligned: the byte offset within a word is ignored",
          araddr.slice(1, 0));
      ignore("write", "no register is writable: every write answers SLVERR", awaddr, data, strb);
      return;
    }
    ignore(
        "addr_lsb",
        "accesses are word-aligned: the byte offset within a word is ignored",
        awaddr.slice(1, 0),
        araddr.slice(1, 0));
    List<Value> spare = new ArrayList<>();
    if (widest < 32) {
      spare.add(data.slice(31, widest));
    }
    int lanes = (widest + 7) / 8;
    if (lanes < 4) {
      spare.add(strb.slice(3, lanes));
    }
    if (!spare.isEmpty()) {
      ignore(
          "write_bits",
          "write data bits and strobes beyond the widest writable register",
          spare.toArray(Value[]::new));
    }
  }

  private static List<RegisterSpec> header(long version, long id, int size) {
    return List.of(
        RegisterSpec.constant("magic", 0x0, MAGIC, "magic number 0x4f415349 (\"OASI\")"),
        RegisterSpec.constant("version", 0x4, version, "version of the register map"),
        RegisterSpec.constant("id", 0x8, id, "identifier of the design (program hash)"),
        RegisterSpec.constant("size", 0xC, size, "size of the register map in bytes"));
  }

  private static List<RegisterSpec> sorted(List<RegisterSpec> registers) {
    List<RegisterSpec> list = new ArrayList<>(registers);
    list.sort(Comparator.comparingInt(RegisterSpec::offset));
    Set<String> names = new HashSet<>();
    int previous = -1;
    for (RegisterSpec r : list) {
      if (r.access() == RegisterSpec.Access.CONST) {
        throw new IllegalArgumentException(
            "register '" + r.name() + "' is a constant, but only the header holds constants");
      }
      if (r.offset() < FIRST_OFFSET) {
        throw new IllegalArgumentException(
            "register '"
                + r.name()
                + "' at offset 0x"
                + Integer.toHexString(r.offset())
                + " overlaps the header, expected an offset of at least 0x"
                + Integer.toHexString(FIRST_OFFSET));
      }
      if (r.offset() == previous) {
        throw new IllegalArgumentException(
            "two registers at offset 0x" + Integer.toHexString(r.offset()));
      }
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("two registers are named '" + r.name() + "'");
      }
      previous = r.offset();
    }
    return list;
  }

  private static long check32(String what, long value) {
    if (value < 0 || value > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(
          what + " " + value + " does not fit in 32 bits, expected 0 to 4294967295");
    }
    return value;
  }

  /** The header comment: the summary and the register map as a table. */
  private static String describe(
      String summary, long version, long id, List<RegisterSpec> registers) {
    StringBuilder sb = new StringBuilder(summary).append("\n\n");
    sb.append("AXI-Lite register map (32-bit words, byte offsets):\n\n");
    List<RegisterSpec> all = new ArrayList<>(header(version, id, 0));
    all.addAll(sorted(registers));
    int nameWidth = 8;
    for (RegisterSpec r : all) {
      nameWidth = Math.max(nameWidth, r.name().length());
    }
    String format = "%-6s  %-" + nameWidth + "s  %-6s  %5s  %s\n";
    sb.append(
        String.format(Locale.ROOT, format, "offset", "register", "access", "width", "description"));
    for (int i = 0; i < all.size(); i++) {
      RegisterSpec r = all.get(i);
      String access = r.access() == RegisterSpec.Access.CONST ? "RO" : r.access().name();
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              String.format(Locale.ROOT, "0x%02x", r.offset()),
              r.name(),
              access,
              r.width(),
              r.description()));
    }
    sb.append(
        "\nWrites to read-only or unmapped words, and reads of unmapped words, answer"
            + " SLVERR.");
    return sb.toString();
  }
}
