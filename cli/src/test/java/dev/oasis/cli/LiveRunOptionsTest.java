package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad combinations and values of {@code oasis run}'s live-interface options. */
class LiveRunOptionsTest {

  private static Cli.Result run(String... options) {
    List<String> args = new ArrayList<>(List.of("run", Examples.ROUTER.program().toString()));
    args.addAll(Examples.ROUTER.entriesArgs());
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void tapWithACaptureIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--in", "x.pcapng").assertExit(2);

    assertThat(r.err()).contains("--tap cannot be used with --in or --out");
  }

  @Test
  void tapAndIfaceTogetherIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--iface", "eth0").assertExit(2);

    assertThat(r.err()).contains("--tap and --iface cannot be used together");
  }

  @Test
  void neitherCaptureNorInterfacesIsAUsageError() {
    Cli.Result r = run().assertExit(2);

    assertThat(r.err()).contains("missing --in; give --in and --out, or --tap or --iface");
  }

  @Test
  void inWithoutOutIsAUsageError() {
    Cli.Result r = run("--in", "x.pcapng").assertExit(2);

    assertThat(r.err()).contains("missing --out");
  }

  @Test
  void liveOptionsWithACaptureAreAUsageError() {
    Cli.Result r = run("--in", "x.pcapng", "--out", "y.pcapng", "--duration", "1").assertExit(2);

    assertThat(r.err()).contains("work only with --tap or --iface");
  }

  @Test
  void interpretOnLiveInterfacesIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--interpret").assertExit(2);

    assertThat(r.err()).contains("--interpret works only with --in and --out");
  }

  @Test
  void controlPortOutOfRangeIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--control", "127.0.0.1:65536").assertExit(2);

    assertThat(r.err()).contains("--control 127.0.0.1:65536: port '65536' is not a number");
  }

  @Test
  void controlPortThatIsNotANumberIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--control", "http").assertExit(2);

    assertThat(r.err()).contains("port 'http' is not a number from 0 to 65535");
  }

  @Test
  void controlWithAnEmptyAddressIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--control", ":7341").assertExit(2);

    assertThat(r.err()).contains("--control :7341: empty address");
  }

  @Test
  void zeroDurationIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--duration", "0").assertExit(2);

    assertThat(r.err()).contains("--duration 0.0 is not a positive number of seconds");
  }

  @Test
  void zeroMaxPacketsIsAUsageError() {
    Cli.Result r = run("--tap", "t0", "--max-packets", "0").assertExit(2);

    assertThat(r.err()).contains("--max-packets 0 is below 1");
  }

  @Test
  void moreInterfacesThanPortsIsAnInputError() {
    // The l3-router has 4 ports.
    Cli.Result r = run("--tap", "t0,t1,t2,t3,t4").assertExit(1);

    assertThat(r.err()).contains("5 interface(s) given, but the program has 4 port(s)");
  }

  @Test
  void missingInterfaceIsAnInputErrorWithTheSystemCallsMessage() {
    Cli.Result r = run("--iface", "nosuch0", "--duration", "1").assertExit(1);

    // As root: no such device; otherwise the socket call is refused first.
    assertThat(r.err()).containsAnyOf("nosuch0 failed: ENODEV (No such device)", "EPERM");
  }
}
