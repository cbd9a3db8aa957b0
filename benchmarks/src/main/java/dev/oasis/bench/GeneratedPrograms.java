package dev.oasis.bench;

/**
 * Synthetic Oasis programs for compile-time benchmarks: realistic in shape (Ethernet, IPv4, UDP,
 * tables of every match kind chained in the control), scalable in the number of tables.
 *
 * <p>For three tables the program reads, in part:
 *
 * <pre>
 * action tag_0(bit&lt;32&gt; value) { meta.tag = meta.tag ^ value; hits.count(0); }
 * action out_0(bit&lt;16&gt; port) { meta.out = port; }
 * table t0 { key { udp.dst_port: exact; } actions { tag_0; out_0; } size = 256; }
 * ...
 * control { if (!ipv4.isValid()) { drop(); return; } t0.apply(); t1.apply(); t2.apply(); ... }
 * </pre>
 */
public final class GeneratedPrograms {
  private GeneratedPrograms() {}

  private static final String[] KINDS = {"exact", "lpm", "ternary", "range"};

  private static final String PARSER =
      """
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) {
                  ETHERTYPE_IPV4: parse_ipv4;
                  default: accept;
              }
          }
          state parse_ipv4 {
              extract(ipv4);
              transition select (ipv4.protocol) {
                  IP_PROTO_UDP: parse_udp;
                  default: accept;
              }
          }
          state parse_udp {
              extract(udp);
              transition accept;
          }
      }

      """;

  /**
   * A program with {@code tables} tables, each with two actions and a key of one match kind.
   *
   * @throws IllegalArgumentException if {@code tables} is less than 1
   */
  public static String withTables(int tables) {
    if (tables < 1) {
      throw new IllegalArgumentException(
          "table count " + tables + " is out of range; expected 1 or more");
    }
    StringBuilder src = new StringBuilder();
    src.append("import std.ethernet;\nimport std.ipv4;\nimport std.udp;\n\n");
    src.append("config {\n    ports = 8;\n}\n\n");
    src.append("headers {\n    Ethernet eth;\n    Ipv4 ipv4;\n    Udp udp;\n}\n\n");
    src.append("metadata {\n    bit<32> tag;\n    bit<16> out;\n}\n\n");
    src.append("counter hits[").append(tables).append("];\n\n");
    src.append(PARSER);

    // Each table: a tagging action with a parameter, and a forwarding action.
    for (int i = 0; i < tables; i++) {
      String kind = KINDS[i % KINDS.length];
      String key =
          switch (kind) {
            case "exact" -> "udp.dst_port";
            case "lpm" -> "ipv4.dst";
            case "ternary" -> "ipv4.src";
            default -> "udp.src_port";
          };
      src.append(
          """
          action tag_%1$d(bit<32> value) {
              meta.tag = meta.tag ^ value;
              hits.count(%1$d);
          }

          action out_%1$d(bit<16> port) {
              meta.out = port;
          }

          table t%1$d {
              key {
                  %2$s: %3$s;
              }
              actions { tag_%1$d; out_%1$d; }
              size = 256;
          }

          """
              .formatted(i, key, kind));
    }

    src.append("control {\n    if (!ipv4.isValid()) {\n        drop();\n        return;\n    }\n");
    for (int i = 0; i < tables; i++) {
      src.append("    t").append(i).append(".apply();\n");
    }
    src.append("    forward(meta.out);\n}\n");
    return src.toString();
  }
}
