package dev.oasis.runtime.net.icmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Truncation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IcmpMessageTest {

  private static byte[] echoRequest;
  private static byte[] timeExceeded;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> messages =
        Scapy.build(
            "ICMP(type=8, code=0, id=0x1234, seq=0x0102)/b'abcdefgh-odd'",
            "ICMP(type=11, code=0)/IP(src='10.0.0.2', dst='10.0.9.9', ttl=1)"
                + "/UDP(sport=33434, dport=33435)");
    echoRequest = messages.get(0);
    timeExceeded = messages.get(1);
  }

  @Test
  void parsesAnEchoRequest() {
    IcmpMessage message = IcmpMessage.parse(echoRequest, 0, echoRequest.length).value();

    assertThat(message.isEchoRequest()).isTrue();
    assertThat(message.identifier()).isEqualTo(0x1234);
    assertThat(message.sequence()).isEqualTo(0x0102);
    assertThat(new String(message.body(), StandardCharsets.US_ASCII)).isEqualTo("abcdefgh-odd");
    assertThat(message.isError()).isFalse();
  }

  @Test
  void echoReplyMatchesScapysReply() {
    IcmpMessage request = IcmpMessage.parse(echoRequest, 0, echoRequest.length).value();
    byte[] expected = Scapy.build("ICMP(type=0, code=0, id=0x1234, seq=0x0102)/b'abcdefgh-odd'");

    assertThat(Bytes.toHex(request.echoReply().toBytes())).isEqualTo(Bytes.toHex(expected));
  }

  @Test
  void timeExceededMatchesScapy() {
    IcmpMessage parsed = IcmpMessage.parse(timeExceeded, 0, timeExceeded.length).value();
    byte[] quote = Arrays.copyOfRange(timeExceeded, 8, timeExceeded.length);

    assertThat(parsed.isError()).isTrue();
    assertThat(Bytes.toHex(IcmpMessage.timeExceeded(0, quote).toBytes()))
        .isEqualTo(Bytes.toHex(timeExceeded));
  }

  @Test
  void onlyAnEchoRequestHasAnEchoReply() {
    IcmpMessage parsed = IcmpMessage.parse(timeExceeded, 0, timeExceeded.length).value();

    assertThatThrownBy(parsed::echoReply)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("icmp type 11 is not an echo request");
  }

  @Test
  void badChecksumIsRefusedWithTheCorrectValue() {
    byte[] bad = echoRequest.clone();
    bad[bad.length - 1] ^= 0x20;

    ParseError error = IcmpMessage.parse(bad, 0, bad.length).error();

    assertThat(error.kind()).isEqualTo(ParseError.Kind.BAD_CHECKSUM);
    assertThat(error.field()).isEqualTo("checksum");
    assertThat(error.value()).isEqualTo(Bytes.u16(echoRequest, 2));
    // the checksum scapy computes for the altered message is the one the error expects
    byte[] rebuilt = Scapy.build("ICMP(type=8, code=0, id=0x1234, seq=0x0102)/b'abcdefgh-odD'");
    assertThat(error.expected()).isEqualTo(String.format("0x%04x", Bytes.u16(rebuilt, 2)));
  }

  @Test
  void everyTruncationOfTheHeaderNamesTheField() {
    Truncation.assertEveryCutNamesTheField(
        IcmpMessage::parse, echoRequest, "type", 1, "code", 1, "checksum", 2, "rest of header", 4);
  }

  @Test
  void aShortenedBodyFailsTheChecksumRatherThanThrowing() {
    Truncation.assertNoPrefixThrows(IcmpMessage::parse, echoRequest);
  }
}
