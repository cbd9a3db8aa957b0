package dev.oasis.cli.live;

import java.util.List;

/**
 * The router on AF_PACKET rings ({@code --iface}) over two veth pairs: the appliance's ends stay in
 * the root namespace (up, no address), the hosts' ends go into their namespaces.
 */
class AfPacketRouterTest extends RouterBetweenTwoHosts {
  private static final String ROUTER_A = "va" + PID;
  private static final String ROUTER_B = "vb" + PID;
  private static final String HOST_A = "ha" + PID;
  private static final String HOST_B = "hb" + PID;

  @Override
  String interfaceOption() {
    return "--iface";
  }

  @Override
  List<String> applianceInterfaces() {
    return List.of(ROUTER_A, ROUTER_B);
  }

  @Override
  String hostAInterface() {
    return HOST_A;
  }

  @Override
  void beforeAppliance() throws Exception {
    vethPair(ROUTER_A, HOST_A, NS_A);
    vethPair(ROUTER_B, HOST_B, NS_B);
  }

  @Override
  void attachHosts() throws Exception {
    configureHost(NS_A, HOST_A, "02:00:00:00:00:20", "10.0.0.2/24", "10.0.0.1");
    configureHost(NS_B, HOST_B, "02:00:00:00:00:21", "10.0.1.2/24", "10.0.1.1");
  }

  @Override
  void afterStop() throws Exception {
    // Deleting the root-namespace end removes the pair (the namespaces go in cleanUp).
    Shell.run(10, "ip", "link", "del", ROUTER_A);
    Shell.run(10, "ip", "link", "del", ROUTER_B);
  }

  private static void vethPair(String routerEnd, String hostEnd, String ns) throws Exception {
    Shell.ip("link", "add", routerEnd, "type", "veth", "peer", "name", hostEnd, "netns", ns);
    Shell.ip("link", "set", routerEnd, "up");
  }
}
