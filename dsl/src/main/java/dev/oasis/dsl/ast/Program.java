package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.util.List;

/** One parsed source file: its imports and declarations, in source order. */
public record Program(SourceFile file, List<Import> imports, List<Decl> declarations) {

  public Program {
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
  }

  /**
   * {@code import std.ipv4;} (module set, path null) or {@code import "lib/x.oasis";} (path set,
   * relative to the importing file).
   */
  public record Import(String module, String path, Span span) implements Node {}
}
