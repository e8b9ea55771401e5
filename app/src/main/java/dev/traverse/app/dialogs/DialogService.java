package dev.traverse.app.dialogs;

import dev.traverse.app.palette.AffinityStrength;
import java.nio.file.Path;
import java.time.Instant;
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

    /**
     * Asks the user where to save a topology.
     *
     * @param initialDirectory where the chooser starts, or null for the platform's choice
     * @param suggestedName    the file name offered, such as {@code retail-chain.yaml}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName);

    /** Asks whether to save the changes to {@code documentName} before it is closed: Save, Don't Save or Cancel. */
    SaveChoice confirmSaveChanges(String documentName);

    /**
     * Offers to recover changes to {@code file} that were autosaved at {@code savedAt} and never saved.
     *
     * @return true to recover them, false to open the file as it is on disk (the changes are then discarded)
     */
    boolean confirmRecovery(Path file, Instant savedAt);

    /** Tells the user something failed: a one-line header and the reason. */
    void showError(String header, String reason);

    /**
     * Asks whether a workload dropped on an element must run there or only prefers it.
     *
     * @param workload the workload's name
     * @param target   what it was dropped on, as the user knows it ("cluster aks-weu")
     * @return the choice, or empty when the user cancelled (nothing is added then)
     */
    Optional<AffinityStrength> askAffinity(String workload, String target);
}
