package dev.oasis.compiler.check;

import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one global namespace of a program: every named top-level declaration of the main file and of
 * the modules it imports (header instances of the {@code headers} block included), and the
 * singleton blocks (parser, control, ...). Collecting reports duplicate and reserved names; the
 * first declaration of a name wins.
 */
final class Globals {

  /** Names the language owns: built-in objects, functions, the payload and NoAction. */
  static final Set<String> RESERVED =
      Set.of(
          "packet",
          "meta",
          "payload",
          "NoAction",
          "extract",
          "forward",
          "drop",
          "reply",
          "punt",
          "broadcast",
          "multicast",
          "discard_payload",
          "csum16",
          "csum16_update",
          "sizeof",
          "lower");

  private final Map<String, Node> named = new HashMap<>();
  private final java.util.Set<String> duplicated = new java.util.HashSet<>();
  private final List<Node> namedInOrder = new ArrayList<>();
  final List<Decl.Parser> parsers = new ArrayList<>();
  final List<Decl.Control> controls = new ArrayList<>();
  final List<Decl.Deparser> deparsers = new ArrayList<>();
  final List<Decl.Headers> headerBlocks = new ArrayList<>();
  final List<Decl.Metadata> metadataBlocks = new ArrayList<>();
  final List<Decl.Config> configs = new ArrayList<>();
  final List<Decl.Error> errorBlocks = new ArrayList<>();

  Globals(List<Program> modules, Diagnostics diagnostics) {
    for (Program module : modules) {
      for (Decl decl : module.declarations()) {
        collect(decl, diagnostics);
      }
    }
  }

  private void collect(Decl decl, Diagnostics diagnostics) {
    if (decl instanceof Decl.Parser p) {
      parsers.add(p);
    } else if (decl instanceof Decl.Control c) {
      controls.add(c);
    } else if (decl instanceof Decl.Deparser d) {
      deparsers.add(d);
    } else if (decl instanceof Decl.Headers h) {
      headerBlocks.add(h);
      for (Decl.HeaderInstance instance : h.instances()) {
        declare(instance.name(), instance, diagnostics);
      }
    } else if (decl instanceof Decl.Metadata m) {
      metadataBlocks.add(m);
    } else if (decl instanceof Decl.Config c) {
      configs.add(c);
    } else if (decl instanceof Decl.Error e) {
      errorBlocks.add(e);
    } else {
      declare(nameOf(decl), decl, diagnostics);
    }
  }

  private void declare(Name name, Node node, Diagnostics diagnostics) {
    if (RESERVED.contains(name.text())) {
      diagnostics.error(SemanticCodes.RESERVED_NAME, name.span(), name.text());
      return;
    }
    Node first = named.get(name.text());
    if (first != null) {
      duplicate(diagnostics, name, nameOf(first));
      duplicated.add(name.text());
      return;
    }
    named.put(name.text(), node);
    namedInOrder.add(node);
  }

  /** Reports {@code name} as a duplicate of {@code first}, with a note at the first one. */
  static void duplicate(Diagnostics diagnostics, Name name, Name first) {
    Diagnostic d = diagnostics.error(SemanticCodes.DUPLICATE_DECLARATION, name.span(), name.text());
    diagnostics.replace(
        d, d.withNote("'" + first.text() + "' is first declared here", first.span()));
  }

  /**
   * True if {@code name} is declared more than once: which one a use means is unknown, so uses are
   * quiet poison rather than a second message.
   */
  boolean isDuplicated(String name) {
    return duplicated.contains(name);
  }

  /** The declaration named {@code name}, or null. */
  Node lookup(String name) {
    return named.get(name);
  }

  /** Every named declaration, in source order (modules in dependency order, main last). */
  List<Node> all() {
    return namedInOrder;
  }

  /** Names of declarations of the given kinds, for suggestions. */
  List<String> namesOf(Class<?>... kinds) {
    List<String> names = new ArrayList<>();
    for (Node node : namedInOrder) {
      for (Class<?> kind : kinds) {
        if (kind.isInstance(node)) {
          names.add(nameOf(node).text());
        }
      }
    }
    return names;
  }

  static Name nameOf(Node node) {
    if (node instanceof Decl.Const d) {
      return d.name();
    } else if (node instanceof Decl.Typedef d) {
      return d.name();
    } else if (node instanceof Decl.Enum d) {
      return d.name();
    } else if (node instanceof Decl.Header d) {
      return d.name();
    } else if (node instanceof Decl.Struct d) {
      return d.name();
    } else if (node instanceof Decl.Counter d) {
      return d.name();
    } else if (node instanceof Decl.Register d) {
      return d.name();
    } else if (node instanceof Decl.Map d) {
      return d.name();
    } else if (node instanceof Decl.Action d) {
      return d.name();
    } else if (node instanceof Decl.Table d) {
      return d.name();
    } else if (node instanceof Decl.HeaderInstance d) {
      return d.name();
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("declaration has no name: " + node);
  }

  /**
   * The top-level declaration that a local or parameter named {@code name} would hide: a constant,
   * header instance, table, action or extern; null if there is none.
   */
  Node hiddenBy(String name) {
    Node node = named.get(name);
    boolean value =
        node instanceof Decl.Const
            || node instanceof Decl.HeaderInstance
            || node instanceof Decl.Table
            || node instanceof Decl.Action
            || node instanceof Decl.Counter
            || node instanceof Decl.Register
            || node instanceof Decl.Map;
    return value ? node : null;
  }

  /** Reports that local or parameter {@code name} hides {@code global}. */
  static void hides(Diagnostics diagnostics, String what, Name name, Node global) {
    Diagnostic d =
        diagnostics.error(
            SemanticCodes.HIDES_GLOBAL, name.span(), what, name.text(), describe(global));
    Name other = nameOf(global);
    diagnostics.replace(d, d.withNote("'" + other.text() + "' is declared here", other.span()));
  }

  /** "a table", "a header instance", ... for messages. */
  static String describe(Node node) {
    if (node instanceof Decl.Const) {
      return "a constant";
    } else if (node instanceof Decl.Typedef) {
      return "a typedef";
    } else if (node instanceof Decl.Enum) {
      return "an enum";
    } else if (node instanceof Decl.Header) {
      return "a header type";
    } else if (node instanceof Decl.Struct) {
      return "a struct";
    } else if (node instanceof Decl.Counter) {
      return "a counter";
    } else if (node instanceof Decl.Register) {
      return "a register";
    } else if (node instanceof Decl.Map) {
      return "a map";
    } else if (node instanceof Decl.Action) {
      return "an action";
    } else if (node instanceof Decl.Table) {
      return "a table";
    } else if (node instanceof Decl.HeaderInstance h) {
      return h.stackSize() == null ? "a header instance" : "a header stack";
    }
    return "a declaration";
  }
}
