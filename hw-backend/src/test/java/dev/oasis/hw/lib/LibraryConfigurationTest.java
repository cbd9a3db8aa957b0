package dev.oasis.hw.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad configurations of the library blocks are refused with a message that names the value. */
class LibraryConfigurationTest {

  @Test
  void dataWidthOutsideTheTargetIsRefused() {
    assertThatThrownBy(() -> new AxisRegisterSlice(1024, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AXI-Stream data width 1024 is not a multiple of 8 between 8 and 512");
    assertThatThrownBy(() -> new AxisCounter(12, 0))
        .hasMessage("AXI-Stream data width 12 is not a multiple of 8 between 8 and 512");
  }

  @Test
  void fifoDepthMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new AxisFifo(100, 64, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FIFO depth 100 is not a power of two of at least 2");
    assertThatThrownBy(() -> new AxisFifo(1, 64, 0))
        .hasMessage("FIFO depth 1 is not a power of two of at least 2");
  }

  @Test
  void registerSpecificationsAreChecked() {
    assertThatThrownBy(() -> RegisterSpec.readOnly("wide", 33, 0x10, "too wide"))
        .hasMessage("register 'wide' is 33 bits wide, expected 1 to 32");
    assertThatThrownBy(() -> RegisterSpec.readOnly("odd", 8, 0x11, "unaligned"))
        .hasMessage("register 'odd' at offset 17 is not at a multiple of 4");
    assertThatThrownBy(() -> RegisterSpec.readWrite("narrow", 4, 0x10, 16, "reset too big"))
        .hasMessage("reset value 16 of register 'narrow' does not fit in 4 bits");
    assertThatThrownBy(() -> RegisterSpec.readOnly("wire", 8, 0x10, "keyword"))
        .hasMessage("register name 'wire' is a Verilog keyword");
    assertThatThrownBy(() -> RegisterSpec.readOnly("ro", 8, 0x10, "ro").withWriteStrobe())
        .hasMessage("read-only register 'ro' has no write strobe");
  }

  @Test
  void registersMayNotOverlapTheHeaderOrEachOther() {
    assertThatThrownBy(() -> block(RegisterSpec.readOnly("early", 32, 0x8, "in the header")))
        .hasMessage(
            "register 'early' at offset 0x8 overlaps the header, expected an offset of at least"
                + " 0x10");
    assertThatThrownBy(
            () ->
                block(
                    RegisterSpec.readOnly("a", 32, 0x20, "a"),
                    RegisterSpec.readOnly("b", 32, 0x20, "b")))
        .hasMessage("two registers at offset 0x20");
    assertThatThrownBy(
            () ->
                block(
                    RegisterSpec.readOnly("a", 32, 0x20, "a"),
                    RegisterSpec.readOnly("a", 32, 0x24, "a again")))
        .hasMessage("two registers are named 'a'");
    assertThatThrownBy(() -> new AxiLiteRegisterBlock("r", "r", 1L << 32, 0, List.of()))
        .hasMessage("version 4294967296 does not fit in 32 bits, expected 0 to 4294967295");
  }

  @Test
  void registerMapStartsWithTheSelfDescribingHeader() {
    AxiLiteRegisterBlock regs = Blocks.testRegisters();
    assertThat(regs.registerMap())
        .extracting(RegisterSpec::name, RegisterSpec::offset, RegisterSpec::access)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("magic", 0x0, RegisterSpec.Access.CONST),
            org.assertj.core.groups.Tuple.tuple("version", 0x4, RegisterSpec.Access.CONST),
            org.assertj.core.groups.Tuple.tuple("id", 0x8, RegisterSpec.Access.CONST),
            org.assertj.core.groups.Tuple.tuple("size", 0xC, RegisterSpec.Access.CONST));
    assertThat(regs.registerMap().get(0).resetValue()).isEqualTo(0x4F415349L);
    assertThat(regs.size()).isEqualTo(0x1C);
    assertThat(regs.description())
        .contains("0x00    magic     RO         32  magic number 0x4f415349 (\"OASI\")")
        .contains("0x14    mode      RW          5  mode bits");
  }

  private static AxiLiteRegisterBlock block(RegisterSpec... specs) {
    return new AxiLiteRegisterBlock("r", "r", 1, 0, List.of(specs));
  }
}
