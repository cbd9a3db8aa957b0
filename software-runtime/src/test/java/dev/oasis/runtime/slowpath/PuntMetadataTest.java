package dev.oasis.runtime.slowpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.testing.Truncation;
import org.junit.jupiter.api.Test;

class PuntMetadataTest {

  @Test
  void encodesTheDocumentedLayout() {
    // version 1, flags 0, reason 5, ingress port 3, original length 98, all big-endian
    assertThat(Bytes.toHex(PuntMetadata.of(5, 3, 98).encode())).isEqualTo("0100000500030062");
    assertThat(Bytes.toHex(PuntMetadata.of(0xabcd, 0xfffe, 0xffff).encode()))
        .isEqualTo("0100abcdfffeffff");
  }

  @Test
  void decodesWhatTheHardwareWouldWrite() {
    byte[] stream = Bytes.fromHex("ee 01 00 0010 0002 003c ff");

    PuntMetadata metadata = PuntMetadata.decode(stream, 1, stream.length - 1).value();

    assertThat(metadata).isEqualTo(new PuntMetadata(1, 0, 16, 2, 60));
  }

  @Test
  void wrongVersionIsRefused() {
    byte[] header = Bytes.fromHex("0200000100000040");

    ParseError error = PuntMetadata.decode(header, 0, header.length).error();

    assertThat(error.message())
        .isEqualTo("punt metadata field version (offset 0) has value 2, expected 1");
  }

  @Test
  void unknownFlagsAreRefused() {
    byte[] header = Bytes.fromHex("0180000100000040");

    ParseError error = PuntMetadata.decode(header, 0, header.length).error();

    assertThat(error.field()).isEqualTo("flags");
    assertThat(error.value()).isEqualTo(0x80);
  }

  @Test
  void shortBufferIsRefusedNamingTheCutField() {
    Truncation.assertEveryCutNamesTheField(
        PuntMetadata::decode,
        PuntMetadata.of(1, 2, 3).encode(),
        "version",
        1,
        "flags",
        1,
        "reason",
        2,
        "ingress port",
        2,
        "original length",
        2);
    assertThat(PuntMetadata.decode(new byte[3], 0, 3).error().message())
        .isEqualTo(
            "punt metadata field reason (offset 2) is truncated: 3 bytes available, "
                + "expected at least 4 bytes");
  }

  @Test
  void valuesOutsideTheirFieldsAreRefused() {
    assertThatThrownBy(() -> PuntMetadata.of(65536, 0, 0))
        .hasMessage("punt metadata reason 65536 is out of range, expected 0..65535");
    assertThatThrownBy(() -> PuntMetadata.of(0, -1, 0))
        .hasMessage("punt metadata ingress port -1 is out of range, expected 0..65535");
  }

  @Test
  void hostRecordIsTheMetadataFollowedByTheUnchangedFrame() {
    byte[] frame = Bytes.fromHex("ffffffffffff020000000001 88b5 0102030405");
    PuntedPacket packet = new PuntedPacket(frame, 4, 300, 0);

    assertThat(Bytes.toHex(packet.toHostRecord()))
        .isEqualTo("0100012c00040013" + Bytes.toHex(frame));
  }

  @Test
  void puntReasonCodesAreTheStandardOnes() {
    assertThat(PuntReason.NONE.code()).isZero();
    assertThat(PuntReason.ARP.code()).isEqualTo(1);
    assertThat(PuntReason.ICMP_TIME_EXCEEDED.code()).isEqualTo(2);
    assertThat(PuntReason.ICMP_NET_UNREACHABLE.code()).isEqualTo(3);
    assertThat(PuntReason.ICMP_HOST_UNREACHABLE.code()).isEqualTo(4);
    assertThat(PuntReason.ICMP_PORT_UNREACHABLE.code()).isEqualTo(5);
    assertThat(PuntReason.ICMP_ECHO.code()).isEqualTo(6);
    assertThat(PuntReason.of(6)).contains(PuntReason.ICMP_ECHO);
    assertThat(PuntReason.of(7)).isEmpty();
    assertThat(PuntReason.isProgramDefined(15)).isFalse();
    assertThat(PuntReason.isProgramDefined(16)).isTrue();
    assertThat(PuntReason.hasStandardHandler(0)).isFalse();
    assertThat(PuntReason.hasStandardHandler(6)).isTrue();
  }
}
