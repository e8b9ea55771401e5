/**
 * The {@code traverse} command line, on picocli.
 *
 * <p>Adding a sub-command: write one class annotated with {@code @Command(name = "...", mixinStandardHelpOptions =
 * true, description = "...")} that implements {@code Callable<Integer>}, and add it to the {@code subcommands} list
 * of {@link dev.traverse.app.cli.TraverseCli}. Print through {@code spec.commandLine().getOut()} and
 * {@code getErr()} (inject {@code @Spec CommandSpec spec}) so that tests can capture the output, and return
 * picocli's exit codes: {@code ExitCode.OK} (0), {@code ExitCode.SOFTWARE} (1) for a failure, and let picocli report
 * usage errors, which exit with 2 and one line naming the mistake.
 */
package dev.traverse.app.cli;
