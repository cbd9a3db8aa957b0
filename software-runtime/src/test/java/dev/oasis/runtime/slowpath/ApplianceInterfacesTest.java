package dev.oasis.runtime.slowpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import org.junit.jupiter.api.Test;

class ApplianceInterfacesTest {

  private final ApplianceInterfaces interfaces =
      ApplianceInterfaces.builder()
          .add(1, "02:00:00:00:01:01", "10.0.1.1/24")
          .add(0, "02:00:00:00:00:01", "10.0.0.1/24")
          .add(2, "02:00:00:00:02:01", "192.0.2.1/31")
          .build();

  @Test
  void looksUpByPortAndByAddress() {
    assertThat(interfaces.forPort(1).orElseThrow().mac())
        .isEqualTo(MacAddress.parse("02:00:00:00:01:01"));
    assertThat(interfaces.forPort(1).orElseThrow().ip()).isEqualTo(Ipv4Address.parse("10.0.1.1"));
    assertThat(interfaces.forPort(3)).isEmpty();
    assertThat(interfaces.ownsAddress(Ipv4Address.parse("10.0.0.1"))).isTrue();
    assertThat(interfaces.ownsAddress(Ipv4Address.parse("10.0.0.2"))).isFalse();
    assertThat(interfaces.owner(Ipv4Address.parse("10.0.1.1")).orElseThrow().port()).isEqualTo(1);
    assertThat(interfaces.all()).extracting(ApplianceInterface::port).containsExactly(0, 1, 2);
  }

  @Test
  void knowsTheDirectedBroadcastsOfItsSubnetsButNotOfPointToPointOnes() {
    assertThat(interfaces.isDirectedBroadcast(Ipv4Address.parse("10.0.1.255"))).isTrue();
    assertThat(interfaces.isDirectedBroadcast(Ipv4Address.parse("10.0.2.255"))).isFalse();
    assertThat(interfaces.isDirectedBroadcast(Ipv4Address.parse("192.0.2.1"))).isFalse();
  }

  @Test
  void refusesAPortListedTwice() {
    assertThatThrownBy(
            () ->
                ApplianceInterfaces.builder()
                    .add(1, "02:00:00:00:01:01", "10.0.1.1/24")
                    .add(1, "02:00:00:00:01:02", "10.0.2.1/24")
                    .build())
        .hasMessage("appliance interfaces list port 1 twice, expected one entry per port");
  }

  @Test
  void refusesAnAddressOnTwoPorts() {
    assertThatThrownBy(
            () ->
                ApplianceInterfaces.builder()
                    .add(1, "02:00:00:00:01:01", "10.0.1.1/24")
                    .add(2, "02:00:00:00:01:02", "10.0.1.1/24")
                    .build())
        .hasMessage(
            "appliance interfaces give address 10.0.1.1 to ports 1 and 2, expected each address "
                + "on one port");
  }

  @Test
  void refusesAddressesThatCannotBeASource() {
    assertThatThrownBy(() -> ApplianceInterface.of(0, "01:00:5e:00:00:01", "10.0.0.1/24"))
        .hasMessageContaining("expected a unicast address");
    assertThatThrownBy(() -> ApplianceInterface.of(0, "02:00:00:00:00:01", "224.0.0.1/24"))
        .hasMessageContaining("has address 224.0.0.1, expected a unicast address");
    assertThatThrownBy(() -> ApplianceInterface.of(70000, "02:00:00:00:00:01", "10.0.0.1/24"))
        .hasMessageContaining("port 70000 is out of range");
    assertThatThrownBy(() -> ApplianceInterface.of(0, "02:00:00:00:00", "10.0.0.1/24"))
        .hasMessageContaining("mac address '02:00:00:00:00'");
  }
}
