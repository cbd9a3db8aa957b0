package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.Ipv4Prefix;
import dev.oasis.runtime.net.MacAddress;
import java.util.Objects;

/**
 * The appliance's own addresses on one port.
 *
 * @param port the port number, 0..65535 (as in the punt metadata)
 * @param mac the port's MAC address, a unicast address
 * @param address the port's IPv4 address and subnet, e.g. {@code 10.0.1.1/24}
 */
public record ApplianceInterface(int port, MacAddress mac, Ipv4Prefix address) {

  /** Checks the port range and that the addresses can be used as a source. */
  public ApplianceInterface {
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException(
          "appliance interface port " + port + " is out of range, expected 0..65535");
    }
    Objects.requireNonNull(mac, "mac");
    Objects.requireNonNull(address, "address");
    if (mac.isMulticast()) {
      throw new IllegalArgumentException(
          "appliance interface port "
              + port
              + " has mac "
              + mac
              + ", expected a unicast address (least significant bit of the first byte clear)");
    }
    Ipv4Address ip = address.address();
    if (ip.isUnspecified() || ip.isMulticast() || ip.isClassE() || ip.isLoopback()) {
      throw new IllegalArgumentException(
          "appliance interface port "
              + port
              + " has address "
              + ip
              + ", expected a unicast address (not 0.0.0.0, 127/8, 224/4 or 240/4)");
    }
  }

  /**
   * An interface from text, e.g. {@code of(1, "02:00:00:00:01:01", "10.0.1.1/24")}.
   *
   * @throws IllegalArgumentException naming the text that is not an address
   */
  public static ApplianceInterface of(int port, String mac, String addressWithPrefix) {
    return new ApplianceInterface(port, MacAddress.parse(mac), Ipv4Prefix.parse(addressWithPrefix));
  }

  /** The port's IPv4 address. */
  public Ipv4Address ip() {
    return address.address();
  }
}
