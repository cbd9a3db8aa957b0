package dev.oasis.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Linux tools (ip, ping, arping) with a time limit, for the live tests. */
final class Shell {
  private Shell() {}

  /** A finished command: its exit status and its output and error, merged. */
  record Done(int exit, String output) {
    Done assertOk(String what) {
      assertThat(exit).as("%s; output:%n%s", what, output).isZero();
      return this;
    }
  }

  /** Runs {@code command}, killing it after {@code seconds}. */
  static Done run(int seconds, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      return new Done(-1, String.join(" ", command) + ": timed out after " + seconds + " s");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Done(p.exitValue(), out);
  }

  /** Runs {@code ip args...} and fails the test when it fails. */
  static void ip(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "ip";
    System.arraycopy(args, 0, command, 1, args.length);
    run(10, command).assertOk(String.join(" ", command));
  }

  /** Runs {@code ip netns exec NS command...}. */
  static Done inNamespace(String ns, int seconds, String... command)
      throws IOException, InterruptedException {
    List<String> all = new java.util.ArrayList<>(List.of("ip", "netns", "exec", ns));
    all.addAll(List.of(command));
    return run(seconds, all.toArray(String[]::new));
  }
}
