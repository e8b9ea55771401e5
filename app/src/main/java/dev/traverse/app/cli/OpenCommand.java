package dev.traverse.app.cli;

import dev.traverse.app.desktop.DesktopLauncher;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code traverse open [FILE]}: the desktop window, showing FILE. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open a topology in the desktop window (the default sample when no FILE is given).")
final class OpenCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The topology file (YAML or JSON).")
    private Path file;

    @Override
    public Integer call() {
        return DesktopLauncher.launch(Optional.ofNullable(file), System.err);
    }
}
