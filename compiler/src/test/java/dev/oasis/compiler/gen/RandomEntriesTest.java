package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.TableState;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random entries fill tables of every key kind, registers and maps, for examples and programs. */
class RandomEntriesTest {

  @Test
  void everyKeyKindGetsEntriesOfItsShape() {
    ProgramGenerator gen = new ProgramGenerator(8, Subset.all());
    Set<Decls.MatchKind> kinds = EnumSet.noneOf(Decls.MatchKind.class);
    int entries = 0;
    for (int i = 0; i < 40; i++) {
      GeneratedProgram p = gen.next();
      IrProgram program = p.compile().program();
      DataplaneState state = p.entries(program, i, 6);
      for (TableState t : state.tables()) {
        for (TableState.Entry e : t.entries()) {
          entries++;
          assertThat(e.priority() > 0).isEqualTo(t.table().needsPriority());
          for (int k = 0; k < t.table().keys().size(); k++) {
            Decls.MatchKind kind = t.table().keys().get(k).kind();
            kinds.add(kind);
            Match m = e.matches().get(k);
            switch (kind) {
              case EXACT -> assertThat(m).isInstanceOf(Match.Exact.class);
              case LPM -> assertThat(m).isInstanceOf(Match.Lpm.class);
              case TERNARY -> assertThat(m).isInstanceOfAny(Match.Ternary.class, Match.Any.class);
              case RANGE -> assertThat(m).isInstanceOf(Match.Range.class);
            }
          }
        }
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(Decls.MatchKind.values());
    assertThat(entries).isGreaterThan(100);
  }

  @Test
  void examplesGetEntriesIncludingByteStringKeys() {
    for (Path file : ExamplePrograms.files()) {
      IrProgram program = ExamplePrograms.compile(file);
      DataplaneState state = RandomEntries.fill(program, 1, 4);
      for (TableState t : state.tables()) {
        if (t.table().actions().stream().anyMatch(a -> !a.isNoAction())) {
          assertThat(t.entries()).as(file + " " + t.name()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameEntries() {
    GeneratedProgram p = ProgramGenerator.generate(12, Subset.all());
    IrProgram program = p.compile().program();
    assertThat(p.entries(program, 3, 8).snapshot()).isEqualTo(p.entries(program, 3, 8).snapshot());
  }
}
