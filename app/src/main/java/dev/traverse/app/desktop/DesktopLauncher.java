package dev.traverse.app.desktop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Starts the desktop application from a plain main class and returns when its last window closes. */
public final class DesktopLauncher {

    /** The exit code when the window could not be opened, such as without a display. */
    public static final int CANNOT_OPEN = 1;

    private DesktopLauncher() {
    }

    /**
     * Opens the main window with {@code file}, or with the default topology when empty. Blocks until the application
     * exits.
     *
     * @param err where to say why the window could not be opened
     * @return 0 after the window closed, {@value #CANNOT_OPEN} when it could not be opened
     */
    public static int launch(Optional<Path> file, PrintStream err) {
        String[] args = file.map(f -> new String[] {f.toString()}).orElse(new String[0]);
        try {
            Application.launch(TraverseApp.class, args);
            return 0;
        } catch (UnsupportedOperationException e) {
            // What JavaFX throws when there is no display to open a window on.
            err.println("traverse: cannot open the desktop window: " + e.getMessage()
                    + ". The command line works without one: traverse --help");
            return CANNOT_OPEN;
        }
    }
}
