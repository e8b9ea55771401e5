package dev.traverse.app.dialogs;

import dev.traverse.app.palette.AffinityStrength;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX shows them, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter TOPOLOGIES =
            new FileChooser.ExtensionFilter("Topology files (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json");

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Optional<Path> chooseTopologyFile(Path initialDirectory) {
        FileChooser chooser = chooser("Open Topology", initialDirectory);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<AffinityStrength> askAffinity(String workload, String target) {
        ButtonType required = new ButtonType("Required", ButtonBar.ButtonData.YES);
        ButtonType preferred = new ButtonType("Preferred", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Should " + workload + " run on " + target + "?",
                "Required: " + workload + " runs only there, and stays unplaced when it does not fit.\n"
                        + "Preferred: the placement favours it but may place " + workload + " elsewhere.");
        alert.getButtonTypes().setAll(required, preferred, ButtonType.CANCEL);
        return alert.showAndWait().flatMap(choice -> choice == required ? Optional.of(AffinityStrength.REQUIRED)
                : choice == preferred ? Optional.of(AffinityStrength.PREFERRED) : Optional.empty());
    }

    @Override
    public Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save Topology As", initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(TOPOLOGIES);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public SaveChoice confirmSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Save changes to " + documentName + "?",
                "Your changes are lost if you don't save them.");
        alert.getButtonTypes().setAll(save, dontSave, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirmRecovery(Path file, Instant savedAt) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(savedAt);
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved changes to " + file.getFileName() + "?",
                "Traverse kept changes from " + when + " that were never saved. Recover them, or open the file as it"
                        + " is on disk and discard them.");
        alert.getButtonTypes().setAll(recover, discard);
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public void showError(String header, String reason) {
        alert(Alert.AlertType.ERROR, header, reason).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String content) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle("Traverse");
        alert.setHeaderText(header);
        alert.setContentText(content);
        return alert;
    }
}
