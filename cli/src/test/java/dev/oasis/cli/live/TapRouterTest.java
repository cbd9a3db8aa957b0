package dev.oasis.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The router on TAP devices: the appliance creates them in the root namespace ({@code --tap}), then
 * the test moves each into its host's namespace; the appliance's descriptors stay attached.
 */
class TapRouterTest extends RouterBetweenTwoHosts {
  private static final String TAP_A = "oa" + PID;
  private static final String TAP_B = "ob" + PID;

  @Override
  String interfaceOption() {
    return "--tap";
  }

  @Override
  List<String> applianceInterfaces() {
    return List.of(TAP_A, TAP_B);
  }

  @Override
  String hostAInterface() {
    return TAP_A;
  }

  @Override
  void attachHosts() throws Exception {
    Shell.ip("link", "set", TAP_A, "netns", NS_A);
    Shell.ip("link", "set", TAP_B, "netns", NS_B);
    configureHost(NS_A, TAP_A, "02:00:00:00:00:20", "10.0.0.2/24", "10.0.0.1");
    configureHost(NS_B, TAP_B, "02:00:00:00:00:21", "10.0.1.2/24", "10.0.1.1");
  }

  @Override
  void afterStop() throws Exception {
    // The TAP devices disappear with the appliance.
    assertThat(Shell.run(10, "ip", "-n", NS_A, "link", "show", TAP_A).exit()).isNotZero();
  }
}
