package dev.oasis.dsl;

import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.dsl.parse.SourceParser;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a program and, depth first, everything it imports. Each file is parsed once however many
 * files import it; a file joins the result after the files it imports, so the list ends with the
 * main program. An import that would close a cycle is reported with the whole chain and skipped.
 *
 * <p>Files are identified by their real path (standard modules by their name) and shown by the path
 * the user wrote, resolved against the directory of the importing file.
 */
final class ProgramLoader {
  private final Diagnostics diagnostics = new Diagnostics();
  private final Map<String, Program> loaded = new HashMap<>();
  private final List<Program> order = new ArrayList<>();

  /** The files being loaded, outermost first. */
  private final List<Source> stack = new ArrayList<>();

  /**
   * A file to load: how it is identified, how it is shown, and the directory its imports are
   * relative to (null for a standard module, which imports only other standard modules).
   */
  private record Source(String key, String displayPath, Path directory) {}

  /** Loads the program in {@code path} and its imports. */
  LoadedProgram loadFile(Path path) {
    String display = path.toString();
    Program main = emptyProgram(display);
    SourceReader.Read read = SourceReader.read(path);
    if (read instanceof SourceReader.Failure failure) {
      diagnostics.error(
          SyntaxCodes.CANNOT_READ_FILE, startOf(main.file()), display, failure.reason());
    } else {
      byte[] bytes = ((SourceReader.Bytes) read).bytes();
      SourceFile file = SourceReader.decode(display, bytes, diagnostics);
      if (file != null) {
        main = load(new Source(identity(path), display, directoryOf(path)), file);
      }
    }
    return new LoadedProgram(main, order.isEmpty() ? List.of(main) : order, diagnostics);
  }

  /** Loads a program given as text, with imports relative to the directory of {@code path}. */
  LoadedProgram loadText(String path, String text) {
    SourceFile file = new SourceFile(path, text);
    Path asPath = toPath(path);
    Source source =
        asPath == null
            ? new Source("text:" + path, path, Path.of("").toAbsolutePath())
            : new Source(identity(asPath), path, directoryOf(asPath));
    Program main = load(source, file);
    return new LoadedProgram(main, order, diagnostics);
  }

  /** Parses {@code file}, then loads its imports, then appends it to the order. */
  private Program load(Source source, SourceFile file) {
    Program program = SourceParser.parse(file, diagnostics);
    loaded.put(source.key(), program);
    stack.add(source);
    Map<String, Program.Import> imported = new HashMap<>();
    for (Program.Import anImport : program.imports()) {
      Source target = resolve(source, anImport);
      if (target == null) {
        continue;
      }
      Program.Import earlier = imported.putIfAbsent(target.key(), anImport);
      if (earlier != null) {
        diagnostics.warning(
            SyntaxCodes.DUPLICATE_IMPORT,
            anImport.span(),
            written(anImport),
            earlier.span().line());
      } else if (isLoading(target.key())) {
        diagnostics.error(SyntaxCodes.IMPORT_CYCLE, anImport.span(), cycle(target.key()));
      } else if (!loaded.containsKey(target.key())) {
        loadImport(target, anImport);
      }
    }
    stack.remove(stack.size() - 1);
    order.add(program);
    return program;
  }

  /** Reads and loads one imported file or module; failures are reported at the import. */
  private void loadImport(Source target, Program.Import anImport) {
    if (anImport.module() != null) {
      load(target, StandardLibrary.source(anImport.module()));
      return;
    }
    SourceReader.Read read = SourceReader.read(Path.of(target.key()));
    if (read instanceof SourceReader.Failure failure) {
      diagnostics.error(
          SyntaxCodes.CANNOT_READ_IMPORT, anImport.span(), target.displayPath(), failure.reason());
      return;
    }
    byte[] bytes = ((SourceReader.Bytes) read).bytes();
    SourceFile file = SourceReader.decode(target.displayPath(), bytes, diagnostics);
    if (file != null) {
      load(target, file);
    }
  }

  /** Where an import points, or null after reporting why it points nowhere. */
  private Source resolve(Source importer, Program.Import anImport) {
    String module = anImport.module();
    if (module != null) {
      if (StandardLibrary.has(module)) {
        String name = module.substring("std.".length());
        return new Source(module, "std/" + name + ".oasis", null);
      }
      if (StandardLibrary.isStandardName(module)) {
        diagnostics.error(
            SyntaxCodes.UNKNOWN_STD_MODULE, anImport.span(), module, StandardLibrary.listing());
      } else {
        diagnostics.error(SyntaxCodes.UNKNOWN_MODULE, anImport.span(), module);
      }
      return null;
    }
    String written = anImport.path();
    Path relative = toPath(written);
    String reason = null;
    if (importer.directory() == null) {
      reason = "a standard module imports only other standard modules";
    } else if (relative == null || written.isEmpty()) {
      reason = "it is not a valid file path";
    }
    if (reason != null) {
      diagnostics.error(SyntaxCodes.CANNOT_READ_IMPORT, anImport.span(), written, reason);
      return null;
    }
    Path path = importer.directory().resolve(relative).normalize();
    Path shown = toPath(importer.displayPath());
    Path shownDirectory = shown == null ? null : shown.getParent();
    String display =
        relative.isAbsolute() || shownDirectory == null
            ? relative.normalize().toString()
            : shownDirectory.resolve(relative).normalize().toString();
    return new Source(identity(path), display, directoryOf(path));
  }

  private boolean isLoading(String key) {
    return stack.stream().anyMatch(s -> s.key().equals(key));
  }

  /** {@code a.oasis -> b.oasis -> a.oasis}: the files from {@code key} to here, and back. */
  private String cycle(String key) {
    StringBuilder chain = new StringBuilder();
    String first = null;
    boolean inCycle = false;
    for (Source source : stack) {
      if (source.key().equals(key)) {
        inCycle = true;
        first = source.displayPath();
      }
      if (inCycle) {
        chain.append(source.displayPath()).append(" -> ");
      }
    }
    return chain.append(first).toString();
  }

  private static String written(Program.Import anImport) {
    return anImport.module() != null ? anImport.module() : anImport.path();
  }

  /** The real path of an existing file, else the absolute normalized path. */
  private static String identity(Path path) {
    try {
      return path.toRealPath().toString();
    } catch (IOException | SecurityException e) {
      return path.toAbsolutePath().normalize().toString();
    }
  }

  private static Path directoryOf(Path path) {
    Path parent = path.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : path.toAbsolutePath().getRoot();
  }

  private static Path toPath(String path) {
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Program emptyProgram(String path) {
    return new Program(new SourceFile(path, ""), List.of(), List.of());
  }

  private static Span startOf(SourceFile file) {
    return new Span(file, 0, 0);
  }
}
