package dev.traverse.app.dialogs;

import dev.traverse.app.palette.AffinityStrength;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Optional<Path> chooseTopologyFile(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Topology");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Topology files (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<AffinityStrength> askAffinity(String workload, String target) {
        ButtonType required = new ButtonType("Required", ButtonBar.ButtonData.YES);
        ButtonType preferred = new ButtonType("Preferred", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, required, preferred, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Add Workload");
        alert.setHeaderText("Should " + workload + " run on " + target + "?");
        alert.setContentText("Required: " + workload + " runs only there, and stays unplaced when it does not fit.\n"
                + "Preferred: the placement favours it but may place " + workload + " elsewhere.");
        return alert.showAndWait().flatMap(choice -> choice == required ? Optional.of(AffinityStrength.REQUIRED)
                : choice == preferred ? Optional.of(AffinityStrength.PREFERRED) : Optional.empty());
    }
}
