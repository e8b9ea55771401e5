package dev.traverse.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line mistake the way command-line tools do: one line naming it (with a suggestion when there is
 * a close match), the usage line, and where to find more; then exits with picocli's usage code, 2.
 */
final class ShortUsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(cmd.getColorScheme().errorText(name + ": " + firstLine(ex.getMessage()) + suggestion(ex)));
        err.print(cmd.getHelp().synopsisHeading() + cmd.getHelp().synopsis(0));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null
                ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid arguments";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String suggestion(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return " (did you mean " + suggestions.get(0) + "?)";
            }
        }
        return "";
    }
}
