package dev.oasis.runtime.control;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.interp.PuntHandler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.codegen.PipelineCompiler;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.CompiledRun;
import dev.oasis.runtime.pipeline.PipelineState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A program running in the reference interpreter on a dataplane thread of its own, with the control
 * API on an ephemeral loopback port. The thread drains control operations between packets and while
 * idle; tests hand it frames with {@link #process}.
 */
final class TestAppliance implements AutoCloseable {
  static final Path ROUTER = Path.of("..", "examples", "l3-router", "router.oasis");
  static final Path ROUTER_ENTRIES = Path.of("..", "examples", "l3-router", "entries.json");
  static final Path FIREWALL = Path.of("..", "examples", "stateful-firewall", "firewall.oasis");

  final IrProgram program;
  final ControlPlaneSchema schema;
  final DataplaneState state;
  private final Function<InputFrame, PipelineRun.Step> stepper;
  final ControlPlane plane;
  final ControlServer server;
  private final LinkedBlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
  private final Thread dataplane;
  private volatile boolean stopped;

  private TestAppliance(
      Path program, Path entries, ControlServerOptions options, boolean compiledPipeline) {
    this.program = compile(program);
    this.schema = ControlPlaneSchema.of(this.program);
    this.state = new DataplaneState(this.program);
    if (entries != null) {
      try {
        new EntriesLoader(schema).load(entries).applyTo(state);
      } catch (EntriesException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    if (compiledPipeline) {
      CompiledPipeline pipeline =
          new PipelineCompiler().compile(this.program).newPipeline(PipelineState.copyOf(state));
      CompiledRun run = new CompiledRun(pipeline, PuntHandler.NONE);
      this.stepper = run::step;
      this.plane =
          new ControlPlane(schema, new PipelineStateAccess(pipeline.state(), run::statistics));
    } else {
      PipelineRun run = new PipelineRun(new Interpreter(this.program, state));
      this.stepper = run::step;
      this.plane = new ControlPlane(schema, new DataplaneStateAccess(state, run::statistics));
    }
    try {
      this.server = ControlServer.start(plane, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.dataplane = new Thread(this::loop, "test-dataplane");
    dataplane.setDaemon(true);
    dataplane.start();
  }

  static TestAppliance router() {
    return new TestAppliance(ROUTER, ROUTER_ENTRIES, ephemeral(), false);
  }

  static TestAppliance of(Path program) {
    return new TestAppliance(program, null, ephemeral(), false);
  }

  /**
   * {@code program} compiled to Java (the state the interpreter's tests read, {@link #state}, is
   * then only the initial state the pipeline was copied from).
   */
  static TestAppliance compiled(Path program, Path entries) {
    return new TestAppliance(program, entries, ephemeral(), true);
  }

  /** Runs one frame; on the dataplane thread only. */
  PipelineRun.Step step(InputFrame frame) {
    return stepper.apply(frame);
  }

  static ControlServerOptions ephemeral() {
    return ControlServerOptions.defaults().withPort(0).withDataplaneTimeout(Duration.ofSeconds(20));
  }

  static IrProgram compile(Path file) {
    CompileResult r = new Compiler().compile(file);
    if (!r.ok()) {
      throw new IllegalStateException(r.render());
    }
    return r.program();
  }

  static Path resource(String name) {
    return Path.of("src", "test", "resources", "dev", "oasis", "runtime", "control", name);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return server.uri().toString();
  }

  /** Runs frames on the dataplane thread, draining control operations before each. */
  List<PacketResult> process(List<InputFrame> frames) {
    return onDataplane(
        p -> {
          List<PacketResult> out = new ArrayList<>();
          for (InputFrame f : frames) {
            p.drainPendingWrites();
            out.add(stepper.apply(f).result());
          }
          return out;
        });
  }

  /** Runs {@code job} on the dataplane thread and waits (at most 60 s) for its result. */
  <T> T onDataplane(Function<ControlPlane, T> job) {
    CompletableFuture<T> result = new CompletableFuture<>();
    jobs.add(
        () -> {
          try {
            result.complete(job.apply(plane));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("dataplane job failed", e);
    }
  }

  private void loop() {
    try {
      while (!stopped) {
        Runnable job = jobs.poll();
        if (job != null) {
          job.run();
        }
        plane.awaitAndDrain(2, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stopped = true;
    server.close();
    try {
      dataplane.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
