package dev.traverse.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code traverse} command. A sub-command is a class annotated with {@code @Command}; registering one is adding
 * it to {@code subcommands} below. Exit codes are picocli's: 0 success, 1 failure, 2 usage error; {@code place}
 * adds 3 for a placement that leaves replicas unplaced.
 */
@Command(name = "traverse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Design, place and operate workloads across clouds and edge devices.%n"
                + "Without arguments, opens the desktop window.",
        subcommands = {
                HelpCommand.class,
                OpenCommand.class,
                ValidateCommand.class,
                ShowCommand.class,
                FmtCommand.class,
                GenerateCommand.class,
                BenchCanvasCommand.class,
                PlaceCommand.class,
                ExplainCommand.class,
        })
public final class TraverseCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a sub-command there is nothing to do on the command line: show how to use it. */
    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        cmd.usage(cmd.getErr());
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The command line, set up as {@code traverse} runs it. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new TraverseCli());
        cmd.setParameterExceptionHandler(new ShortUsageErrorHandler());
        return cmd;
    }

    /** Runs {@code args} printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** Runs {@code args} on standard output and error; returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
