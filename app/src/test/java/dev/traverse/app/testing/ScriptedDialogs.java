package dev.traverse.app.testing;

import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.dialogs.SaveChoice;
import dev.traverse.app.palette.AffinityStrength;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialog answers set by a test beforehand, and a record of what was asked; extend it to answer differently. */
public class ScriptedDialogs implements DialogService {

    public Optional<Path> fileToOpen = Optional.empty();
    public Optional<Path> fileToSave = Optional.empty();
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public boolean recover;
    /** The answer to whether a dropped workload's affinity is required or preferred; empty cancels. */
    public Optional<AffinityStrength> affinity = Optional.empty();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseTopologyFile(Path initialDirectory) {
        asked.add("open");
        return fileToOpen;
    }

    @Override
    public Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName) {
        asked.add("save as " + suggestedName);
        return fileToSave;
    }

    @Override
    public SaveChoice confirmSaveChanges(String documentName) {
        asked.add("save changes to " + documentName);
        return saveChoice;
    }

    @Override
    public boolean confirmRecovery(Path file, Instant savedAt) {
        asked.add("recover " + file.getFileName());
        return recover;
    }

    @Override
    public void showError(String header, String reason) {
        errors.add(header + ": " + reason);
    }

    @Override
    public Optional<AffinityStrength> askAffinity(String workload, String target) {
        asked.add("affinity of " + workload + " to " + target);
        return affinity;
    }
}
