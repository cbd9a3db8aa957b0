package dev.oasis.cli;

import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.OutputFrame;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.SchemaException;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.capture.CaptureFormatException;
import dev.oasis.runtime.capture.CaptureReader;
import dev.oasis.runtime.capture.CapturedFrame;
import dev.oasis.runtime.capture.PcapngWriter;
import dev.oasis.runtime.codegen.InMemoryJavaCompiler;
import dev.oasis.runtime.codegen.PipelineCompiler;
import dev.oasis.runtime.codegen.UnsupportedProgramException;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.CompiledRun;
import dev.oasis.runtime.pipeline.PipelineState;
import dev.oasis.runtime.slowpath.ApplianceInterfaces;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code oasis run FILE --entries E.json --in IN.pcapng --out OUT.pcapng}: runs a program in
 * software on captured packets, with the standard slow path answering what the program punts. With
 * {@code --tap} or {@code --iface} instead, runs it on live interfaces ({@link LiveSession}).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run a program on the frames of a capture (pcap or pcapng; the pcapng interface "
            + "id is the ingress port) and write every frame it sends to a pcapng file, one "
            + "interface per port plus 'host' for punted packets that no standard slow-path "
            + "handler answers. Prints per port the frames in, out, dropped, punted and with "
            + "parse errors. With --tap or --iface it runs on live interfaces instead, port i on "
            + "the i-th, until --duration, --max-packets or Ctrl-C, and prints the same table.")
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .oasis program.")
  Path file;

  @Option(
      names = "--entries",
      paramLabel = "E.json",
      description = "Table entries, initial state and the slow path's interfaces.")
  Path entriesFile;

  @Option(names = "--in", paramLabel = "IN.pcapng", description = "The input capture.")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "OUT.pcapng",
      description = "Where to write the frames the program sends.")
  Path output;

  @Option(
      names = "--interpret",
      description =
          "Run the program with the reference interpreter instead of compiling it to Java"
              + " (slower; the results are the same).")
  boolean interpret;

  @Option(
      names = "--tap",
      split = ",",
      paramLabel = "NAME",
      description =
          "Run on TAP devices instead of a capture (created if missing): port i is the i-th.")
  List<String> taps;

  @Option(
      names = "--iface",
      split = ",",
      paramLabel = "NAME",
      description = "Run on Linux interfaces through AF_PACKET rings: port i is the i-th.")
  List<String> ifaces;

  @Option(
      names = "--control",
      paramLabel = "[ADDR:]PORT",
      description =
          "With --tap or --iface: serve the control API here (address 127.0.0.1 by default;"
              + " port 0 for any free port).")
  String control;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      description = "With --tap or --iface: stop after this many seconds.")
  Double durationSeconds;

  @Option(
      names = "--max-packets",
      paramLabel = "N",
      description = "With --tap or --iface: stop after receiving N frames.")
  Long maxPackets;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean live = checkMode();
    InetSocketAddress controlAddress = live ? controlAddress() : null;
    IrProgram program = Programs.compileOrReport(file, System.err);
    if (program == null) {
      return ExitCodes.INPUT_ERROR;
    }

    // Control-plane state before the first packet.
    DataplaneState state = new DataplaneState(program);
    ApplianceInterfaces interfaces = loadEntries(program, state);

    if (live) {
      LiveSession.run(
          program,
          compiled(program, state),
          new SlowPathBridge(interfaces),
          taps != null ? LiveSession.Kind.TAP : LiveSession.Kind.AF_PACKET,
          taps != null ? taps : ifaces,
          controlAddress,
          durationSeconds == null
              ? Long.MAX_VALUE
              : (long) Math.min(durationSeconds * 1e9, (double) Long.MAX_VALUE),
          maxPackets == null ? Long.MAX_VALUE : maxPackets);
      return ExitCodes.OK;
    }

    // Read the capture; damage after some frames still lets those frames run.
    List<InputFrame> frames = new ArrayList<>();
    String damage = readCapture(frames);
    checkPorts(frames, program.config().ports());

    // Run, with the standard slow path answering punts.
    SlowPathBridge slowPath = new SlowPathBridge(interfaces);
    RunEngine run =
        interpret
            ? RunEngine.of(new PipelineRun(new Interpreter(program, state), slowPath))
            : RunEngine.of(new CompiledRun(compiled(program, state), slowPath));
    int ports = program.config().ports();
    try (PcapngWriter out = new PcapngWriter(output, ports, true)) {
      for (int i = 0; i < frames.size(); i++) {
        InputFrame frame = frames.get(i);
        for (OutputFrame sent : run.step(frame).outputs()) {
          out.write(new CapturedFrame(sent.port(), sent.timestampNanos(), sent.bytes()));
        }
        for (byte[] toHost : slowPath.takeHostFrames()) {
          out.write(new CapturedFrame(out.hostPort(), frame.timestampNanos(), toHost));
        }
      }
    } catch (IOException e) {
      throw new UserError(output + ": cannot write the output capture: " + reason(e));
    }

    System.out.print(RunSummary.render(run, slowPath.hostFrames()));
    if (damage != null) {
      System.err.println(
          "oasis: " + damage + "; ran the " + frames.size() + " frame(s) read before it");
      return ExitCodes.INPUT_ERROR;
    }
    return ExitCodes.OK;
  }

  /** Checks which inputs were given; true for live interfaces, false for a capture. */
  private boolean checkMode() {
    boolean live = taps != null || ifaces != null;
    if (taps != null && ifaces != null) {
      throw usage("--tap and --iface cannot be used together; give one of them");
    }
    if (live && (input != null || output != null)) {
      throw usage(
          (taps != null ? "--tap" : "--iface")
              + " cannot be used with --in or --out; give either interfaces or a capture");
    }
    if (live && interpret) {
      throw usage("--interpret works only with --in and --out");
    }
    if (!live) {
      if (input == null || output == null) {
        throw usage(
            "missing "
                + (input == null ? "--in" : "--out")
                + "; give --in and --out, or --tap or --iface");
      }
      if (control != null || durationSeconds != null || maxPackets != null) {
        throw usage("--control, --duration and --max-packets work only with --tap or --iface");
      }
    }
    if (durationSeconds != null && !(durationSeconds > 0)) {
      throw usage("--duration " + durationSeconds + " is not a positive number of seconds");
    }
    if (maxPackets != null && maxPackets < 1) {
      throw usage("--max-packets " + maxPackets + " is below 1; expected 1 or more frames");
    }
    return live;
  }

  private InetSocketAddress controlAddress() {
    if (control == null) {
      return null;
    }
    try {
      return LiveSession.parseControl(control);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The program compiled to Java, over a copy of the initial state. */
  private static CompiledPipeline compiled(IrProgram program, DataplaneState state) {
    try {
      return new PipelineCompiler().compile(program).newPipeline(PipelineState.copyOf(state));
    } catch (UnsupportedProgramException | InMemoryJavaCompiler.CompilationException e) {
      throw new UserError(e.getMessage());
    }
  }

  private ApplianceInterfaces loadEntries(IrProgram program, DataplaneState state) {
    if (entriesFile == null) {
      return ApplianceInterfaces.builder().build();
    }
    if (!Files.isRegularFile(entriesFile)) {
      throw new UserError(
          entriesFile
              + ": "
              + (Files.exists(entriesFile) ? "is not a regular file" : "no such file"));
    }
    ControlPlaneSchema schema;
    try {
      schema = ControlPlaneSchema.of(program);
    } catch (SchemaException e) {
      throw new UserError(file + ": " + String.join("\n", e.problems()));
    }
    try {
      Entries entries = new EntriesLoader(schema).load(entriesFile);
      entries.applyTo(state);
      return SlowPathBridge.interfaces(entriesFile, entries.interfaces());
    } catch (EntriesException e) {
      throw new UserError(String.join("\n", e.errors()));
    }
  }

  /** Reads every frame into {@code frames}; returns a description of damage, or null. */
  private String readCapture(List<InputFrame> frames) throws IOException {
    if (Files.isDirectory(input)) {
      throw new UserError(input + ": is a directory; expected a pcap or pcapng file");
    }
    try (CaptureReader reader = CaptureReader.open(input)) {
      for (CapturedFrame f = reader.next(); f != null; f = reader.next()) {
        frames.add(new InputFrame(f.port(), f.timestampNanos(), f.data()));
      }
      return null;
    } catch (NoSuchFileException e) {
      throw new UserError(input + ": no such file");
    } catch (CaptureFormatException e) {
      if (frames.isEmpty()) {
        throw new UserError(e.getMessage());
      }
      return e.getMessage();
    }
  }

  /** Why a file operation failed, in words (without the exception's class name). */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    return why == null ? "input/output error" : why;
  }

  private void checkPorts(List<InputFrame> frames, int ports) {
    for (int i = 0; i < frames.size(); i++) {
      int port = frames.get(i).port();
      if (port >= ports) {
        throw new UserError(
            String.format(
                "%s: frame %d arrives on interface %d, but the program has %d port(s) (0 to %d);"
                    + " set 'ports' in its config block",
                input, i + 1, port, ports, ports - 1));
      }
    }
  }
}
