package dev.traverse.app.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
}
