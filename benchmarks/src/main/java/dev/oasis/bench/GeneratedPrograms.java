package dev.oasis.bench;

/**
 * Synthetic Oasis programs for compile-time benchmarks: realistic in shape (Ethernet, IPv4, UDP,
 * tables of every match kind chained in the control), scalable in the number of tables.
 */
public final class GeneratedPrograms {
  private GeneratedPrograms() {}

  private static final String[] KINDS = {"exact", "lpm", "ternary", "range"};

  /** A program with {@code tables} tables, each with two actions and a key of one match kind. */
  public static String withTables(int tables) {
    StringBuilder src = new StringBuilder();
    src.append("import std.ethernet;\nimport std.ipv4;\nimport std.udp;\n\n");
    src.append("config {\n    ports = 8;\n}\n\n");
    src.append("headers {\n    Ethernet eth;\n    Ipv4 ipv4;\n    Udp udp;\n}\n\n");
    src.append("metadata {\n    bit<32> tag;\n    bit<16> out;\n}\n\n");
    src.append("counter hits[").append(tables).append("];\n\n");
    src.append(
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

        """);

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
      src.append("action tag_").append(i).append("(bit<32> value) {\n")
          .append("    meta.tag = meta.tag ^ value;\n")
          .append("    hits.count(").append(i).append(");\n}\n\n");
      src.append("action out_").append(i).append("(bit<16> port) {\n")
          .append("    meta.out = port;\n}\n\n");
      src.append("table t").append(i).append(" {\n")
          .append("    key {\n        ").append(key).append(": ").append(kind).append(";\n")
          .append("    }\n")
          .append("    actions { tag_").append(i).append("; out_").append(i).append("; }\n")
          .append("    size = 256;\n}\n\n");
    }

    src.append("control {\n    if (!ipv4.isValid()) {\n        drop();\n        return;\n    }\n");
    for (int i = 0; i < tables; i++) {
      src.append("    t").append(i).append(".apply();\n");
    }
    src.append("    forward(meta.out);\n}\n");
    return src.toString();
  }
}
