package dev.oasis.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

  @Test
  void macAddressRoundTripsThroughTextAndBytes() {
    MacAddress mac = MacAddress.parse("02:00:00:00:00:1A");
    byte[] bytes = new byte[8];
    mac.writeTo(bytes, 1);

    assertThat(mac.toString()).isEqualTo("02:00:00:00:00:1a");
    assertThat(Bytes.toHex(bytes)).isEqualTo("0002000000001a00");
    assertThat(MacAddress.read(bytes, 1)).isEqualTo(mac);
    assertThat(MacAddress.parse("02-00-00-00-00-1a")).isEqualTo(mac);
  }

  @Test
  void macAddressClassification() {
    assertThat(MacAddress.BROADCAST.isBroadcast()).isTrue();
    assertThat(MacAddress.BROADCAST.isMulticast()).isTrue();
    assertThat(MacAddress.parse("01:00:5e:00:00:01").isMulticast()).isTrue();
    assertThat(MacAddress.parse("02:00:00:00:00:01").isMulticast()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "02:00:00:00:00",
        "02:00:00:00:00:00:00",
        "02:00:00:00:00:0g",
        "2:00:00:00:00:00",
        "020:0:00:00:00:00"
      })
  void badMacTextIsRefusedNamingIt(String text) {
    assertThatThrownBy(() -> MacAddress.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mac address '" + text + "'");
  }

  @Test
  void ipv4AddressRoundTripsThroughTextAndBytes() {
    Ipv4Address address = Ipv4Address.parse("10.0.255.1");
    byte[] bytes = new byte[4];
    address.writeTo(bytes, 0);

    assertThat(address.toString()).isEqualTo("10.0.255.1");
    assertThat(Bytes.toHex(bytes)).isEqualTo("0a00ff01");
    assertThat(Ipv4Address.read(bytes, 0)).isEqualTo(address);
    assertThat(Ipv4Address.parse("255.255.255.255")).isEqualTo(Ipv4Address.BROADCAST);
  }

  @Test
  void ipv4AddressClassification() {
    assertThat(Ipv4Address.parse("0.0.0.0").isUnspecified()).isTrue();
    assertThat(Ipv4Address.parse("224.0.0.1").isMulticast()).isTrue();
    assertThat(Ipv4Address.parse("239.255.255.255").isMulticast()).isTrue();
    assertThat(Ipv4Address.parse("240.0.0.1").isClassE()).isTrue();
    assertThat(Ipv4Address.parse("127.0.0.1").isLoopback()).isTrue();
    assertThat(Ipv4Address.parse("10.0.0.1").isMulticast()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.0.0",
        "10.0.0.1.2",
        "10.0.0.256",
        "10.0.0.-1",
        "10.0.0.01",
        "10.0.0.a",
        "10..0.1",
        " 10.0.0.1"
      })
  void badIpv4TextIsRefusedNamingIt(String text) {
    assertThatThrownBy(() -> Ipv4Address.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipv4 address '" + text + "'");
  }

  @Test
  void prefixGivesNetworkBroadcastAndMembership() {
    Ipv4Prefix prefix = Ipv4Prefix.parse("10.0.1.1/24");

    assertThat(prefix.network()).isEqualTo(Ipv4Address.parse("10.0.1.0"));
    assertThat(prefix.directedBroadcast()).isEqualTo(Ipv4Address.parse("10.0.1.255"));
    assertThat(prefix.contains(Ipv4Address.parse("10.0.1.200"))).isTrue();
    assertThat(prefix.contains(Ipv4Address.parse("10.0.2.1"))).isFalse();
    assertThat(prefix.toString()).isEqualTo("10.0.1.1/24");
    assertThat(Ipv4Prefix.parse("0.0.0.0/0").contains(Ipv4Address.BROADCAST)).isTrue();
    assertThat(Ipv4Prefix.parse("10.0.0.1/32").mask()).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.1.1", "10.0.1.1/33", "10.0.1.1/", "10.0.1.1/-1", "10.0.1.1/2x"})
  void badPrefixIsRefused(String text) {
    assertThatThrownBy(() -> Ipv4Prefix.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipv4 prefix");
  }
}
