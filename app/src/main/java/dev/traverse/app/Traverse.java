package dev.traverse.app;

import dev.traverse.app.cli.TraverseCli;
import dev.traverse.app.desktop.DesktopLauncher;
import java.util.Optional;

/**
 * The entry point: the desktop window without arguments, the command line with them. A plain class on purpose:
 * JavaFX on the class path refuses a main class that extends {@code Application}.
 */
public final class Traverse {

    private Traverse() {
    }

    public static void main(String[] args) {
        int exitCode = args.length == 0 ? DesktopLauncher.launch(Optional.empty(), System.err) : TraverseCli.run(args);
        System.exit(exitCode);
    }
}
