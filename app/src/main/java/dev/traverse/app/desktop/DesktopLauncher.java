package dev.traverse.app.desktop;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** Starts the desktop application from a plain main class and returns when its last window closes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Opens the main window with {@code file}, or with the default topology when empty. Blocks until the application
     * exits.
     */
    public static void launch(Optional<Path> file) {
        String[] args = file.map(f -> new String[] {f.toString()}).orElse(new String[0]);
        Application.launch(TraverseApp.class, args);
    }
}
