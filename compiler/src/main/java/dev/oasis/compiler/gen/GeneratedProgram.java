package dev.oasis.compiler.gen;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;

/**
 * A random program from {@link ProgramGenerator}: its source and the seed that made it. {@link
 * #compile()} compiles it; {@link #entries} fills a state with random entries for its tables and
 * random register and map contents.
 */
public record GeneratedProgram(String source, long seed) {

  /** The file name the program is compiled under (appears in diagnostics). */
  public String fileName() {
    return "random-" + Long.toUnsignedString(seed, 16) + ".oasis";
  }

  public CompileResult compile() {
    return new Compiler().compileSource(fileName(), source);
  }

  /**
   * A fresh state of {@code program} (this program, compiled) with up to {@code perTable} random
   * entries in each table, random register values and map entries, made from {@code entrySeed}.
   */
  public DataplaneState entries(IrProgram program, long entrySeed, int perTable) {
    return RandomEntries.fill(program, entrySeed, perTable);
  }
}
