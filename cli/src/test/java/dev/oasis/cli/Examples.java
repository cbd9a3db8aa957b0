package dev.oasis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example appliances of examples/, with their files. */
public final class Examples {
  private Examples() {}

  /** The examples directory of the checkout (tests run in cli/). */
  public static final Path ROOT = Path.of("..", "examples").toAbsolutePath().normalize();

  /** One example: its directory, program and entries file (null for none). */
  public record Example(String name, Path program, Path entries) {
    public Path dir() {
      return ROOT.resolve(name);
    }

    public Path scenario() {
      return dir().resolve("scenario.stf");
    }

    public Path capture() {
      return dir().resolve("in.pcapng");
    }

    /** {@code --entries E.json} when the example has one. */
    public List<String> entriesArgs() {
      return entries == null ? List.of() : List.of("--entries", entries.toString());
    }

    /** The arguments of {@code oasis run} on {@code in} to {@code out}. */
    public String[] runArgs(Path in, Path out) {
      List<String> args = new ArrayList<>(List.of("run", program.toString()));
      args.addAll(entriesArgs());
      args.addAll(List.of("--in", in.toString(), "--out", out.toString()));
      return args.toArray(String[]::new);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static final Example ROUTER = of("l3-router", "router.oasis");
  public static final Example SWITCH = of("l2-switch", "switch.oasis");
  public static final Example DNS = of("dns-responder", "dns.oasis");
  public static final Example FIREWALL = of("stateful-firewall", "firewall.oasis");

  /** All four, for parameterized tests. */
  public static Stream<Example> all() {
    return Stream.of(ROUTER, SWITCH, DNS, FIREWALL);
  }

  private static Example of(String name, String program) {
    Path dir = ROOT.resolve(name);
    Path entries = dir.resolve("entries.json");
    return new Example(name, dir.resolve(program), Files.exists(entries) ? entries : null);
  }

  /** The lines of a file. */
  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
