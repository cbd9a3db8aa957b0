package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.AxiLite;
import dev.oasis.hw.hcl.AxiLiteConfig;
import dev.oasis.hw.hcl.AxiStream;
import dev.oasis.hw.hcl.AxisBeat;
import dev.oasis.hw.hcl.AxisConfig;
import dev.oasis.hw.hcl.Bool;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.HwType;
import dev.oasis.hw.hcl.Instance;
import dev.oasis.hw.hcl.Parameter;
import dev.oasis.hw.hcl.Stream;
import dev.oasis.hw.hcl.UInt;
import java.util.List;

/**
 * An AXI-Stream pass-through that counts packets and bytes, with the counts readable over AXI-Lite
 * through an {@link AxiLiteRegisterBlock} instantiated inside it. The stream passes
 * combinationally; a beat counts when it moves, its bytes are the set bits of {@code tkeep}, and a
 * packet counts on its last beat. Writing 1 to {@code clear} sets both counts to zero.
 *
 * <p>The byte count is unrolled for the data width it is generated for ({@code DATA_WIDTH} is a
 * fixed parameter): generate another module for another width.
 */
public final class AxisCounter extends Component {

  /** The module name used when none is given. */
  public static final String DEFAULT_NAME = "oasis_axis_counter";

  /** The version in the register block's header. */
  public static final long REGISTER_VERSION = 1;

  /** The id in the register block's header: "CNT0". */
  public static final long REGISTER_ID = 0x434E5430L;

  private final int dataWidth;
  private final int userWidth;
  private final AxiLiteRegisterBlock registers;

  public AxisCounter(int dataWidth, int userWidth) {
    this(DEFAULT_NAME, dataWidth, userWidth);
  }

  public AxisCounter(String moduleName, int dataWidth, int userWidth) {
    super(
        moduleName,
        "AXI4-Stream packet and byte counter\n\n"
            + "Passes s_axis to m_axis unchanged and counts the packets and bytes that move,\n"
            + "readable on the AXI-Lite port (see "
            + moduleName
            + "_regs for the map).");
    AxisConfig.literal(dataWidth, userWidth);
    this.dataWidth = dataWidth;
    this.userWidth = userWidth;
    this.registers =
        new AxiLiteRegisterBlock(
            moduleName + "_regs",
            "Registers of " + moduleName + ": packet and byte counts",
            REGISTER_VERSION,
            REGISTER_ID,
            List.of(
                RegisterSpec.readWrite("clear", 1, 0x10, 0, "write 1 to zero both counts")
                    .withWriteStrobe(),
                RegisterSpec.readOnly("packets_lo", 32, 0x20, "packets, bits 31:0"),
                RegisterSpec.readOnly("packets_hi", 32, 0x24, "packets, bits 63:32"),
                RegisterSpec.readOnly("bytes_lo", 32, 0x28, "bytes, bits 31:0"),
                RegisterSpec.readOnly("bytes_hi", 32, 0x2c, "bytes, bits 63:32")));
  }

  /** The register block inside, for its map. */
  public AxiLiteRegisterBlock registers() {
    return registers;
  }

  @Override
  protected void build() {
    AxisConfig config = AxisConfig.declare(this, dataWidth, userWidth, Parameter.Kind.FIXED);
    group("AXI-Stream input");
    Stream<AxisBeat> in = AxiStream.sink(this, "s_axis", config);
    group("AXI-Stream output");
    Stream<AxisBeat> out = AxiStream.source(this, "m_axis", config);
    group("AXI-Lite control");
    AxiLite axil =
        AxiLite.slave(this, "s_axil", AxiLiteConfig.literal(registers.addressWidth(), 32));

    // pass the stream through
    out.connectFrom(in);

    // count what moves
    UInt packets = reg("packet_count", HwType.uint(64), 0);
    UInt bytes = reg("byte_count", HwType.uint(64), 0);
    UInt beatBytes = wire("beat_bytes", HwType.uint(Logic.bitsFor(dataWidth / 8)));
    beatBytes.assign(Logic.countOnes(in.payload().tkeep()));
    Bool fire = in.fire();
    when(
        fire,
        () -> {
          bytes.assign(bytes.add(beatBytes.resize(64)));
          when(in.payload().tlast(), () -> packets.assign(packets.add(1)));
        });

    // registers
    Instance regs = instantiate(registers, "regs_inst");
    axil.connectTo(regs, "s_axil");
    regs.drive("packets_lo", packets.slice(31, 0));
    regs.drive("packets_hi", packets.slice(63, 32));
    regs.drive("bytes_lo", bytes.slice(31, 0));
    regs.drive("bytes_hi", bytes.slice(63, 32));
    Bool clear = regs.output("clear").asBool();
    Bool clearWritten = regs.output("clear_wr").asBool();
    when(
        clearWritten.and(clear),
        () -> {
          packets.assign(UInt.of(0, 64));
          bytes.assign(UInt.of(0, 64));
        });
  }
}
