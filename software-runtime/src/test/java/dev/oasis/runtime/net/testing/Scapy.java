package dev.oasis.runtime.net.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds and dissects frames with scapy from Debian's python3-scapy, run by {@code
 * /usr/bin/python3} (not whatever {@code python3} is first on the PATH).
 *
 * <pre>{@code
 * List<byte[]> frames = Scapy.build(
 *     "Ether(src='02:00:00:00:00:01', dst='ff:ff:ff:ff:ff:ff')/ARP(pdst='10.0.0.1')",
 *     "Ether()/IP(dst='10.0.0.1', ttl=1)/UDP(dport=53)");
 * List<String> fields = Scapy.inspect(frame, "p[IP].ttl", "p[ICMP].type");
 * }</pre>
 *
 * <p>In Python {@code /} and {@code *} bind equally, left to right: write {@code IP()/UDP()/(b'x' *
 * 8)}, not {@code IP()/UDP()/b'x' * 8}.
 *
 * <p>Always give addresses explicitly: scapy otherwise fills them in from this host's routing table
 * and interfaces.
 */
public final class Scapy {

  /** The Debian python that has scapy installed. */
  public static final String PYTHON = "/usr/bin/python3";

  private static final String PACKAGE = "python3-scapy";

  private static final String PRELUDE =
      "import sys, logging\n"
          + "logging.getLogger('scapy').setLevel(logging.ERROR)\n"
          + "from scapy.all import *\n"
          + "args = [bytes.fromhex(a).decode() for a in sys.argv[1:]]\n"
          + "def value(e):\n"
          + "    try:\n"
          + "        return eval(e)\n"
          + "    except Exception as x:\n"
          + "        sys.exit('scapy expression ' + repr(e) + ' failed: ' + repr(x))\n";

  private static final String BUILD =
      PRELUDE + "for e in args:\n" + "    print(bytes(value(e)).hex())\n";

  private static final String INSPECT =
      PRELUDE
          + "p = Ether(bytes.fromhex(args[0]))\n"
          + "for e in args[1:]:\n"
          + "    print(str(value(e)).replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))\n";

  private Scapy() {}

  /** The bytes of each scapy expression, built in one python process. */
  public static List<byte[]> build(String... expressions) {
    String output = run(BUILD, Arrays.asList(expressions));
    List<byte[]> frames = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isBlank()) {
        frames.add(HexFormat.of().parseHex(line.strip()));
      }
    }
    if (frames.size() != expressions.length) {
      throw new AssertionError(
          "scapy printed "
              + frames.size()
              + " frames for "
              + expressions.length
              + " expressions: "
              + output);
    }
    return frames;
  }

  /** The bytes of one scapy expression. */
  public static byte[] build(String expression) {
    return build(new String[] {expression}).get(0);
  }

  /**
   * Dissects {@code frame} as {@code p = Ether(frame)} and returns {@code str()} of each
   * expression, e.g. {@code "p[IP].ttl"} or {@code "p[ICMP].chksum"}.
   */
  public static List<String> inspect(byte[] frame, String... expressions) {
    List<String> arguments = new ArrayList<>();
    arguments.add(HexFormat.of().formatHex(frame));
    arguments.addAll(Arrays.asList(expressions));
    String output = run(INSPECT, arguments);
    List<String> values = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
    if (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
      values.remove(values.size() - 1);
    }
    if (values.size() != expressions.length) {
      throw new AssertionError(
          "scapy printed "
              + values.size()
              + " values for "
              + expressions.length
              + " expressions: "
              + output);
    }
    return values;
  }

  /**
   * Runs a python {@code script} that has scapy imported and a list {@code frames} of the given
   * byte strings, and returns the lines it prints. For checks that need many frames at once, such
   * as {@code defragment}.
   */
  public static List<String> script(String script, List<byte[]> frames) {
    String prelude = PRELUDE + "frames = [bytes.fromhex(a) for a in args]\n";
    List<String> arguments = new ArrayList<>();
    for (byte[] frame : frames) {
      arguments.add(HexFormat.of().formatHex(frame));
    }
    String output = run(prelude + script, arguments);
    List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Runs the script with each argument hex-encoded, so no quoting can go wrong. */
  private static String run(String script, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script));
    for (String argument : arguments) {
      command.add(HexFormat.of().formatHex(argument.getBytes(StandardCharsets.UTF_8)));
    }
    return ExternalTool.run(command, PACKAGE);
  }
}
