package dev.traverse.app.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs view models may ask for, so that they stay testable without a stage. UI thread only. */
public interface DialogService {

    /**
     * Asks the user for a topology file to open.
     *
     * @param initialDirectory where the chooser starts, or null for the platform's choice
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseTopologyFile(Path initialDirectory);
}
