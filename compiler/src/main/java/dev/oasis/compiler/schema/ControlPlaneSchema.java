package dev.oasis.compiler.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the control plane of a program can see and write: tables, actions, counters, registers and
 * maps, each with a stable id ({@link SchemaIds}), in program order. Built from the IR with {@link
 * #of}; {@link #toJson} prints it with a fixed field order.
 *
 * @param program the program's name
 * @param ports the number of ports ({@code config.ports})
 * @param maxFrame the largest frame in bytes ({@code config.max_frame})
 */
public record ControlPlaneSchema(
    String program,
    int ports,
    int maxFrame,
    List<TableSchema> tables,
    List<ActionSchema> actions,
    List<ExternSchemas.Counter> counters,
    List<ExternSchemas.Register> registers,
    List<ExternSchemas.Map> maps) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ControlPlaneSchema {
    tables = List.copyOf(tables);
    actions = List.copyOf(actions);
    counters = List.copyOf(counters);
    registers = List.copyOf(registers);
    maps = List.copyOf(maps);
  }

  /**
   * The schema of {@code program}. Throws {@link SchemaException} listing every pair of objects of
   * one kind whose names hash to the same id.
   */
  public static ControlPlaneSchema of(IrProgram program) {
    Map<String, ActionSchema> actions = new LinkedHashMap<>();
    for (Decls.Action a : program.actions()) {
      actions.put(a.name(), action(a));
    }
    List<TableSchema> tables = new ArrayList<>();
    for (Table t : program.tables()) {
      for (Decls.Action a : t.actions()) {
        actions.computeIfAbsent(a.name(), n -> action(a));
      }
      Decls.Action def = t.defaultAction().action();
      ActionSchema defSchema = actions.computeIfAbsent(def.name(), n -> action(def));
      List<ActionSchema> tableActions =
          t.actions().stream().map(a -> actions.get(a.name())).toList();
      tables.add(
          new TableSchema(
              SchemaIds.of(SchemaIds.TABLE, t.name()),
              t.name(),
              t.keys().stream().map(KeySchema::of).toList(),
              tableActions,
              t.size(),
              new TableSchema.DefaultAction(defSchema, t.defaultAction().args()),
              t.directCounters(),
              t.needsPriority()));
    }
    List<ExternSchemas.Counter> counters =
        program.counters().stream()
            .map(
                c -> new ExternSchemas.Counter(id(SchemaIds.COUNTER, c.name()), c.name(), c.size()))
            .toList();
    List<ExternSchemas.Register> registers =
        program.registers().stream()
            .map(
                r ->
                    new ExternSchemas.Register(
                        id(SchemaIds.REGISTER, r.name()), r.name(), r.width(), r.size()))
            .toList();
    List<ExternSchemas.Map> maps =
        program.maps().stream()
            .map(
                m ->
                    new ExternSchemas.Map(
                        id(SchemaIds.MAP, m.name()),
                        m.name(),
                        m.keyWidth(),
                        m.valueWidth(),
                        m.sets(),
                        m.ways(),
                        m.timeoutNanos()))
            .toList();

    ControlPlaneSchema schema =
        new ControlPlaneSchema(
            program.name(),
            program.config().ports(),
            program.config().maxFrame(),
            tables,
            List.copyOf(actions.values()),
            counters,
            registers,
            maps);
    schema.checkIds();
    return schema;
  }

  private static int id(int kind, String name) {
    return SchemaIds.of(kind, name);
  }

  private static ActionSchema action(Decls.Action a) {
    return new ActionSchema(
        SchemaIds.of(SchemaIds.ACTION, a.name()),
        a.name(),
        a.params().stream().map(p -> new ActionSchema.Param(p.name(), p.type().width())).toList());
  }

  private void checkIds() {
    List<String> problems = new ArrayList<>();
    Map<Integer, String> seen = new HashMap<>();
    tables.forEach(t -> claim(seen, problems, t.id(), "table", t.name()));
    actions.forEach(a -> claim(seen, problems, a.id(), "action", a.name()));
    counters.forEach(c -> claim(seen, problems, c.id(), "counter", c.name()));
    registers.forEach(r -> claim(seen, problems, r.id(), "register", r.name()));
    maps.forEach(m -> claim(seen, problems, m.id(), "map", m.name()));
    if (!problems.isEmpty()) {
      throw new SchemaException(problems);
    }
  }

  private static void claim(
      Map<Integer, String> seen, List<String> problems, int id, String kind, String name) {
    String what = kind + " '" + name + "'";
    String previous = seen.putIfAbsent(id, what);
    if (previous != null) {
      problems.add(
          "control-plane id "
              + SchemaIds.hex(id)
              + " of "
              + what
              + " is also the id of "
              + previous
              + "; rename one of them");
    }
  }

  public TableSchema table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  public ActionSchema action(String name) {
    return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
  }

  public ExternSchemas.Counter counter(String name) {
    return counters.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  public ExternSchemas.Register register(String name) {
    return registers.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  public ExternSchemas.Map map(String name) {
    return maps.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  /** The schema as a JSON tree, fields in a fixed order. */
  public ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("program", program).put("ports", ports).put("max_frame", maxFrame);
    ArrayNode ts = root.putArray("tables");
    for (TableSchema t : tables) {
      ObjectNode n = ts.addObject().put("id", t.id()).put("name", t.name());
      ArrayNode keys = n.putArray("keys");
      for (KeySchema k : t.keys()) {
        ObjectNode kn = keys.addObject().put("name", k.name()).put("match", k.kind().keyword());
        if (k.isBytes()) {
          kn.put("max_bytes", k.maxBytes());
        } else {
          kn.put("width", k.width());
        }
      }
      ArrayNode as = n.putArray("actions");
      t.actions().forEach(a -> as.addObject().put("id", a.id()).put("name", a.name()));
      n.put("size", t.size());
      ObjectNode def = n.putObject("default_action");
      def.put("id", t.defaultAction().action().id()).put("name", t.defaultAction().action().name());
      ArrayNode args = def.putArray("args");
      for (BigInteger a : t.defaultAction().args()) {
        args.add(a);
      }
      n.put("direct_counters", t.directCounters()).put("priorities", t.needsPriority());
    }
    ArrayNode as = root.putArray("actions");
    for (ActionSchema a : actions) {
      ArrayNode params = as.addObject().put("id", a.id()).put("name", a.name()).putArray("params");
      a.params().forEach(p -> params.addObject().put("name", p.name()).put("width", p.width()));
    }
    ArrayNode cs = root.putArray("counters");
    counters.forEach(
        c -> cs.addObject().put("id", c.id()).put("name", c.name()).put("size", c.size()));
    ArrayNode rs = root.putArray("registers");
    registers.forEach(
        r ->
            rs.addObject()
                .put("id", r.id())
                .put("name", r.name())
                .put("width", r.width())
                .put("size", r.size()));
    ArrayNode ms = root.putArray("maps");
    maps.forEach(
        m ->
            ms.addObject()
                .put("id", m.id())
                .put("name", m.name())
                .put("key_width", m.keyWidth())
                .put("value_width", m.valueWidth())
                .put("sets", m.sets())
                .put("ways", m.ways())
                .put("timeout_ns", m.timeoutNanos()));
    return root;
  }

  /** {@link #json} as indented text. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schema is not serialisable", e);
    }
  }
}
