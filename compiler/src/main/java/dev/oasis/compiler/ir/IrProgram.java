package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/**
 * A whole checked program in the typed IR: what every backend consumes. Lists keep source order;
 * names are unique within each list. See docs/ir.md.
 *
 * @param name the program's name (the main file's base name)
 * @param deparser the emit statements, in order (a default deparser emits every header instance)
 */
public record IrProgram(
    String name,
    Decls.Config config,
    List<HeaderType> headerTypes,
    List<Decls.HeaderInstance> headers,
    List<Decls.MetaField> metadata,
    List<Decls.ErrorCode> errors,
    List<Decls.Counter> counters,
    List<Decls.Register> registers,
    List<Decls.MapDecl> maps,
    List<Decls.Action> actions,
    List<Table> tables,
    ParserGraph parser,
    Stmt.Block control,
    List<Stmt.Emit> deparser,
    Span span) {

  public IrProgram {
    headerTypes = List.copyOf(headerTypes);
    headers = List.copyOf(headers);
    metadata = List.copyOf(metadata);
    errors = List.copyOf(errors);
    counters = List.copyOf(counters);
    registers = List.copyOf(registers);
    maps = List.copyOf(maps);
    actions = List.copyOf(actions);
    tables = List.copyOf(tables);
    deparser = List.copyOf(deparser);
  }

  public Table table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst().orElse(null);
  }

  public Decls.HeaderInstance header(String headerName) {
    return headers.stream().filter(h -> h.name().equals(headerName)).findFirst().orElse(null);
  }
}
