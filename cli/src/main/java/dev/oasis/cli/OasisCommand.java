package dev.oasis.cli;

import dev.oasis.cli.scenario.TestCommand;
import dev.oasis.dsl.diag.CompilerBugException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code oasis} command. Subcommands do the work; this class owns the options they
 * share and the mapping of failures to exit statuses: usage errors are 2, user errors 1 with a
 * message, and anything else is reported as a bug in Oasis (with a stack trace only under {@code
 * --debug}).
 */
@Command(
    name = "oasis",
    mixinStandardHelpOptions = true,
    version = "oasis 0.1.0",
    description = "Compile, check and run Oasis network-appliance programs.",
    subcommands = {
      CheckCommand.class,
      IrCommand.class,
      RunCommand.class,
      TestCommand.class,
      ExplainCommand.class,
      HwCommand.class,
      CtlCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OasisCommand implements java.util.concurrent.Callable<Integer> {

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("oasis: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The configured command line, with Oasis's exit codes and error handling. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new OasisCommand());
    // @FILE arguments are read by the commands that take them (oasis ctl add TABLE @entry.json).
    cli.setExpandAtFiles(false);
    cli.setExitCodeExceptionMapper(OasisCommand::exitCodeOf);
    cli.setExecutionExceptionHandler(OasisCommand::handleExecutionException);
    cli.setParameterExceptionHandler(OasisCommand::handleParameterException);
    return cli;
  }

  private static int exitCodeOf(Throwable t) {
    return t instanceof UserError ? ExitCodes.INPUT_ERROR : ExitCodes.INTERNAL_ERROR;
  }

  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("oasis: " + e.getMessage());
    err.println("try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
    return ExitCodes.USAGE;
  }

  private static int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UserError) {
      e.getMessage().lines().forEach(line -> err.println("oasis: " + line));
      return ExitCodes.INPUT_ERROR;
    }
    boolean debug =
        parseResult.hasMatchedOption("--debug")
            || (parseResult.subcommand() != null
                && parseResult.subcommand().hasMatchedOption("--debug"));
    String what = e instanceof CompilerBugException ? "internal compiler error" : "internal error";
    err.println("oasis: " + what + ": " + e + "; this is a bug in Oasis, please report it");
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --debug for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
