package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers that generated code and the runtime tables agree on for actions: an action's position
 * in {@link IrProgram#actions()}, and {@code NoAction} after the last. Arguments of a table entry
 * are held as words, one per parameter up to 64 bits and two (hi, lo) for wider ones.
 */
public final class ActionIds {
  private final Map<String, Integer> ids = new HashMap<>();
  private final int noAction;

  public ActionIds(IrProgram program) {
    List<Decls.Action> actions = program.actions();
    for (int i = 0; i < actions.size(); i++) {
      ids.put(actions.get(i).name(), i);
    }
    noAction = actions.size();
  }

  /** The id of {@code action} (by name; the built-in NoAction has the last id). */
  public int id(Decls.Action action) {
    if (action.isNoAction()) {
      return noAction;
    }
    Integer id = ids.get(action.name());
    if (id == null) {
      throw new IllegalArgumentException("action '" + action.name() + "' is not in the program");
    }
    return id;
  }

  /** The id of the built-in NoAction. */
  public int noAction() {
    return noAction;
  }

  /** Words a parameter of this type takes in an entry's arguments. */
  public static int wordsOf(Type type) {
    return type instanceof Type.Bit b && b.width() > 64 ? 2 : 1;
  }

  /** The first argument word of each parameter of {@code action}. */
  public static int[] wordOffsets(Decls.Action action) {
    int[] out = new int[action.params().size()];
    int at = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = at;
      at += wordsOf(action.params().get(i).type());
    }
    return out;
  }

  /** Words of all arguments of {@code action}. */
  public static int words(Decls.Action action) {
    int at = 0;
    for (Decls.Param p : action.params()) {
      at += wordsOf(p.type());
    }
    return at;
  }
}
