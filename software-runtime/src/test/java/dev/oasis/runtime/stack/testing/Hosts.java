package dev.oasis.runtime.stack.testing;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.Ipv4Prefix;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackConfigBuilder;

/** The addresses tests use: two stacks, A and B, and a scripted peer P on 10.0.0.0/24. */
public final class Hosts {

  /** Stack A's MAC. */
  public static final MacAddress A_MAC = MacAddress.parse("02:00:00:00:00:0a");

  /** Stack A's address. */
  public static final Ipv4Address A_IP = Ipv4Address.parse("10.0.0.1");

  /** Stack B's MAC. */
  public static final MacAddress B_MAC = MacAddress.parse("02:00:00:00:00:0b");

  /** Stack B's address. */
  public static final Ipv4Address B_IP = Ipv4Address.parse("10.0.0.2");

  /** The scripted peer's MAC. */
  public static final MacAddress P_MAC = MacAddress.parse("02:00:00:00:00:0c");

  /** The scripted peer's address. */
  public static final Ipv4Address P_IP = Ipv4Address.parse("10.0.0.3");

  private Hosts() {}

  /** A configuration builder for stack A with a fixed seed. */
  public static StackConfigBuilder a() {
    return StackConfig.builder(A_MAC, new Ipv4Prefix(A_IP, 24)).seed(0xa);
  }

  /** A configuration builder for stack B with a fixed seed. */
  public static StackConfigBuilder b() {
    return StackConfig.builder(B_MAC, new Ipv4Prefix(B_IP, 24)).seed(0xb);
  }
}
