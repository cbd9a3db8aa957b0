package dev.oasis.cli;

/** Small programs for tests, as source text. */
public final class TestPrograms {
  private TestPrograms() {}

  /** A correct two-port patch cable: port 0 to 1 and back. */
  public static final String PATCH =
      """
      import std.ethernet;

      config { ports = 2; }

      headers { Ethernet eth; }

      parser {
          state start {
              extract(eth);
              transition accept;
          }
      }

      control {
          if (packet.ingress_port == 0) {
              forward(1);
          } else {
              forward(0);
          }
      }
      """;

  /**
   * The patch cable, except that frames of EtherType 0x88b5 (local experimental) are punted with
   * the program-defined reason 16, which no standard handler takes: they reach the host port.
   */
  public static final String PATCH_WITH_HOST_PUNT =
      """
      import std.ethernet;

      config { ports = 2; }

      headers { Ethernet eth; }

      parser {
          state start {
              extract(eth);
              transition accept;
          }
      }

      control {
          if (eth.ethertype == 0x88b5) {
              punt(16);
          } else if (packet.ingress_port == 0) {
              forward(1);
          } else {
              forward(0);
          }
      }
      """;

  /**
   * Writes the arrival time ({@code packet.timestamp}, nanoseconds) into the 8 bytes after the
   * Ethernet header, big-endian, and sends the frame out of port 1.
   */
  public static final String STAMP =
      """
      import std.ethernet;

      config { ports = 2; }

      header Stamp { bit<64> t; }

      headers { Ethernet eth; Stamp stamp; }

      parser {
          state start {
              extract(eth);
              extract(stamp);
              transition accept;
          }
      }

      control {
          stamp.t = packet.timestamp;
          forward(1);
      }
      """;
}
