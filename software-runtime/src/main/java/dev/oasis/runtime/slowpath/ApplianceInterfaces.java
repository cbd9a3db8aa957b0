package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.Ipv4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The appliance's addresses on each of its ports: the configuration the standard slow path answers
 * with. Immutable.
 *
 * <p>Every port appears at most once and every IPv4 address belongs to at most one port; ports may
 * share a MAC address. Ports without an entry have no addresses: the slow path sends nothing out of
 * them.
 */
public final class ApplianceInterfaces {

  private final List<ApplianceInterface> interfaces;
  private final Map<Integer, ApplianceInterface> byPort = new HashMap<>();
  private final Map<Ipv4Address, ApplianceInterface> byAddress = new HashMap<>();

  /**
   * The given interfaces.
   *
   * @throws IllegalArgumentException naming the port or address that appears twice
   */
  public ApplianceInterfaces(Collection<ApplianceInterface> interfaces) {
    List<ApplianceInterface> sorted = new ArrayList<>(interfaces);
    sorted.sort(Comparator.comparingInt(ApplianceInterface::port));
    for (ApplianceInterface entry : sorted) {
      ApplianceInterface samePort = byPort.putIfAbsent(entry.port(), entry);
      if (samePort != null) {
        throw new IllegalArgumentException(
            "appliance interfaces list port "
                + entry.port()
                + " twice, expected one entry per port");
      }
      ApplianceInterface sameAddress = byAddress.putIfAbsent(entry.ip(), entry);
      if (sameAddress != null) {
        throw new IllegalArgumentException(
            "appliance interfaces give address "
                + entry.ip()
                + " to ports "
                + sameAddress.port()
                + " and "
                + entry.port()
                + ", expected each address on one port");
      }
    }
    this.interfaces = List.copyOf(sorted);
  }

  /** A builder, for configurations written in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The interface of {@code port}, if the appliance has addresses there. */
  public Optional<ApplianceInterface> forPort(int port) {
    return Optional.ofNullable(byPort.get(port));
  }

  /** Whether {@code address} is the address of one of the appliance's ports. */
  public boolean ownsAddress(Ipv4Address address) {
    return byAddress.containsKey(address);
  }

  /** The interface whose address is {@code address}, if any. */
  public Optional<ApplianceInterface> owner(Ipv4Address address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /**
   * Whether {@code address} is the directed broadcast address of one of the appliance's subnets.
   * Subnets of /31 and /32 have none (RFC 3021).
   */
  public boolean isDirectedBroadcast(Ipv4Address address) {
    for (ApplianceInterface entry : interfaces) {
      if (entry.address().length() <= 30 && entry.address().directedBroadcast().equals(address)) {
        return true;
      }
    }
    return false;
  }

  /** All interfaces, by port number. */
  public List<ApplianceInterface> all() {
    return interfaces;
  }

  @Override
  public String toString() {
    return "ApplianceInterfaces" + interfaces;
  }

  /** Collects interfaces; {@link #build()} checks them. */
  public static final class Builder {
    private final List<ApplianceInterface> interfaces = new ArrayList<>();

    private Builder() {}

    /** Adds an interface. */
    public Builder add(ApplianceInterface entry) {
      interfaces.add(entry);
      return this;
    }

    /**
     * Adds an interface from text, e.g. {@code add(1, "02:00:00:00:01:01", "10.0.1.1/24")}.
     *
     * @throws IllegalArgumentException naming the text that is not an address
     */
    public Builder add(int port, String mac, String addressWithPrefix) {
      return add(ApplianceInterface.of(port, mac, addressWithPrefix));
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming the port or address that appears twice
     */
    public ApplianceInterfaces build() {
      return new ApplianceInterfaces(interfaces);
    }
  }
}
