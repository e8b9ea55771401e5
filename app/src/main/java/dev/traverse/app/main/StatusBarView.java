package dev.traverse.app.main;

import dev.traverse.app.ui.BusySpinner;
import dev.traverse.themes.TraverseStyles;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar at the bottom: what happened last, a spinner while reading, and the open file's path. */
final class StatusBarView {

    static final String STATUS_ID = "status";

    private final HBox bar;

    StatusBarView(MainWindowViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(viewModel.statusProperty());

        Node spinner = BusySpinner.showWhile(viewModel.loadingProperty(), 14);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label file = new Label();
        file.getStyleClass().add(TraverseStyles.STATUS_DETAIL);
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            Path current = viewModel.currentFileProperty().get();
            return current == null ? "" : current.toString();
        }, viewModel.currentFileProperty()));

        bar = new HBox(spinner, status, spacer, file);
        bar.getStyleClass().add(TraverseStyles.STATUS_BAR);
    }

    HBox bar() {
        return bar;
    }
}
