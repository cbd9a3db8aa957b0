package dev.oasis.compiler.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Frames built by scapy (Debian's python3-scapy, run with /usr/bin/python3): the independent oracle
 * for expected packet bytes. Each expression is evaluated after {@code from scapy.all import *};
 * give every address explicitly so scapy does not consult this host's interfaces.
 */
final class ScapyOracle {
  private static final String PYTHON = "/usr/bin/python3";
  private static final String SCRIPT =
      "import sys, logging\n"
          + "logging.getLogger('scapy').setLevel(logging.ERROR)\n"
          + "from scapy.all import *\n"
          + "for line in sys.stdin.read().splitlines():\n"
          + "    print(bytes(eval(line)).hex())\n";

  private ScapyOracle() {}

  /** The bytes of each expression (one per line of python). */
  static List<byte[]> build(String... expressions) {
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", SCRIPT).redirectErrorStream(true).start();
      p.getOutputStream().write(String.join("\n", expressions).getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("scapy failed (is python3-scapy installed?): " + out);
      }
      List<byte[]> frames = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          frames.add(HexFormat.of().parseHex(line.strip()));
        }
      }
      if (frames.size() != expressions.length) {
        throw new AssertionError("scapy printed " + frames.size() + " frames: " + out);
      }
      return frames;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + PYTHON + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running scapy", e);
    }
  }

  static byte[] build(String expression) {
    return build(new String[] {expression}).get(0);
  }
}
