package dev.oasis.dsl;

import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.dsl.diag.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The modules of the standard library, {@code std/*.oasis}, shipped as resources of this module and
 * imported by name: {@code import std.ipv4;}.
 */
final class StandardLibrary {
  /** Every module, by the name after {@code std.}; a test keeps this in step with the files. */
  static final List<String> MODULES =
      List.of(
          "arp",
          "dns",
          "ethernet",
          "icmp",
          "icmpv6",
          "ipv4",
          "ipv6",
          "punt",
          "tcp",
          "udp",
          "vlan",
          "vxlan");

  private static final String PREFIX = "std.";
  private static final String RESOURCE_DIR = "/dev/oasis/dsl/std/";

  private StandardLibrary() {}

  /** Whether {@code module} ({@code std.ipv4}) names a module of the standard library. */
  static boolean has(String module) {
    return module.startsWith(PREFIX) && MODULES.contains(module.substring(PREFIX.length()));
  }

  /** Whether {@code module} is meant as a standard module, known or not. */
  static boolean isStandardName(String module) {
    return module.startsWith(PREFIX);
  }

  /** {@code std.arp, std.dns, ...}, for messages. */
  static String listing() {
    return MODULES.stream().map(m -> PREFIX + m).collect(Collectors.joining(", "));
  }

  /** The source of a known module, shown as {@code std/ipv4.oasis} in diagnostics. */
  static SourceFile source(String module) {
    String name = module.substring(PREFIX.length());
    String resource = RESOURCE_DIR + name + ".oasis";
    try (InputStream in = StandardLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CompilerBugException("standard module resource " + resource + " is missing");
      }
      return new SourceFile(
          "std/" + name + ".oasis", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CompilerBugException("cannot read standard module resource " + resource, e);
    }
  }
}
