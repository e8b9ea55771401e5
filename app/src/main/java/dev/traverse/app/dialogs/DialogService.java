package dev.traverse.app.dialogs;

import dev.traverse.app.palette.AffinityStrength;
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

    /**
     * Asks whether a workload dropped on an element must run there or only prefers it.
     *
     * @param workload the workload's name
     * @param target   what it was dropped on, as the user knows it ("cluster aks-weu")
     * @return the choice, or empty when the user cancelled (nothing is added then)
     */
    Optional<AffinityStrength> askAffinity(String workload, String target);
}
