package dev.oasis.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseErrorTest {

  @Test
  void messagesNameProtocolFieldOffsetValueAndExpectation() {
    assertThat(ParseError.truncated("ipv4", "destination", 16, 18, 20).message())
        .isEqualTo(
            "ipv4 field destination (offset 16) is truncated: 18 bytes available, expected at "
                + "least 20 bytes");
    assertThat(ParseError.invalid("ipv4", "version", 0, 6, "4").message())
        .isEqualTo("ipv4 field version (offset 0) has value 6, expected 4");
    assertThat(ParseError.badChecksum("icmp", "checksum", 2, 0x1234, 0xabcd).message())
        .isEqualTo(
            "icmp field checksum (offset 2) is 0x1234, which does not verify; expected "
                + "0xabcd");
  }

  @Test
  void failedResultThrowsOnlyWhenItsValueIsAskedFor() {
    ParseResult<String> failed = ParseResult.failed(ParseError.invalid("x", "y", 0, 1, "2"));

    assertThat(failed.isOk()).isFalse();
    assertThat(failed.map(String::length).error()).isEqualTo(failed.error());
    assertThatThrownBy(failed::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("parse failed: x field y (offset 0) has value 1, expected 2");
  }

  @Test
  void firstTruncatedFieldIsTheOneHoldingTheFirstMissingByte() {
    List<WireField> layout = List.of(new WireField("a", 0, 2), new WireField("b", 2, 4));

    assertThat(WireField.firstTruncated("p", layout, 6)).isEmpty();
    assertThat(WireField.firstTruncated("p", layout, 2).orElseThrow().field()).isEqualTo("b");
    assertThat(WireField.firstTruncated("p", layout, 1).orElseThrow().field()).isEqualTo("a");
    assertThat(WireField.firstTruncated("p", layout, -1).orElseThrow().value()).isZero();
  }

  @Test
  void hexHelpersRoundTripAndRefuseOddInput() {
    assertThat(Bytes.toHex(Bytes.fromHex("00 ff:1A\n2b"))).isEqualTo("00ff1a2b");
    assertThatThrownBy(() -> Bytes.fromHex("abc")).hasMessageContaining("3 digits");
    assertThatThrownBy(() -> Bytes.fromHex("zz")).hasMessageContaining("'zz' is not valid hex");
  }
}
