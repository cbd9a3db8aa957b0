package dev.oasis.compiler.print;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Type;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Prints the metadata block. The IR flattens structs of the metadata to dotted field names ({@code
 * flow.src}); this turns them back into struct declarations, named after their field ({@code
 * Meta_flow}, and {@code Meta_flow_inner} for a nested one) unless that name is taken, so that the
 * printed program compiles to the same dotted names.
 */
final class MetadataPrinter {
  private static final String INDENT = CodePrinter.INDENT;

  private final IrProgram program;
  private final StringBuilder out = new StringBuilder();

  MetadataPrinter(IrProgram program) {
    this.program = program;
  }

  /** A metadata field or a struct of them, by name, in declaration order. */
  private static final class MetaNode {
    final Map<String, MetaNode> children = new LinkedHashMap<>();
    Type type;
    String structName;
  }

  /** The struct declarations and the metadata block, or nothing without metadata. */
  String print() {
    if (program.metadata().isEmpty()) {
      return "";
    }
    MetaNode root = new MetaNode();
    for (Decls.MetaField f : program.metadata()) {
      MetaNode node = root;
      for (String part : f.name().split("\\.")) {
        node = node.children.computeIfAbsent(part, k -> new MetaNode());
      }
      node.type = f.type();
    }
    Set<String> taken = topLevelNames();
    nameStructs(root, "Meta", taken);
    structs(root);
    out.append("\nmetadata {\n");
    fields(root);
    out.append("}\n");
    return out.toString();
  }

  private void nameStructs(MetaNode node, String prefix, Set<String> taken) {
    for (Map.Entry<String, MetaNode> e : node.children.entrySet()) {
      MetaNode child = e.getValue();
      if (child.type == null) {
        String name = prefix + "_" + e.getKey();
        while (!taken.add(name)) {
          name = name + "_";
        }
        child.structName = name;
        nameStructs(child, name, taken);
      }
    }
  }

  /** Structs innermost first, so that each is declared before it is used. */
  private void structs(MetaNode node) {
    for (MetaNode child : node.children.values()) {
      if (child.structName != null) {
        structs(child);
        out.append("\nstruct ").append(child.structName).append(" {\n");
        fields(child);
        out.append("}\n");
      }
    }
  }

  private void fields(MetaNode node) {
    for (Map.Entry<String, MetaNode> e : node.children.entrySet()) {
      MetaNode child = e.getValue();
      String type = child.structName != null ? child.structName : CodePrinter.type(child.type);
      out.append(INDENT).append(type).append(' ').append(e.getKey()).append(";\n");
    }
  }

  private Set<String> topLevelNames() {
    Set<String> names = new HashSet<>();
    program.headerTypes().forEach(h -> names.add(h.name()));
    program.headers().forEach(h -> names.add(h.name()));
    program.counters().forEach(c -> names.add(c.name()));
    program.registers().forEach(r -> names.add(r.name()));
    program.maps().forEach(m -> names.add(m.name()));
    program.actions().forEach(a -> names.add(a.name()));
    program.tables().forEach(t -> names.add(t.name()));
    return names;
  }
}
