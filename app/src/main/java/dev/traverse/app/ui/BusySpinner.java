package dev.traverse.app.ui;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * A spinner that is in the scene only while its work runs. A hidden {@link ProgressIndicator} stays in the scene
 * and its animation can still change its parts as it hides; the software renderer then finds changed nodes it cannot
 * bound to a region and repaints the whole window. Taking the spinner out of the scene leaves nothing to change.
 * FX thread only.
 */
public final class BusySpinner {

    private BusySpinner() {
    }

    /**
     * A slot that holds a spinner of {@code size} pixels while {@code busy} is true and is empty, and takes no room,
     * otherwise.
     */
    public static Node showWhile(ObservableBooleanValue busy, double size) {
        Objects.requireNonNull(busy, "busy");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(size, size);
        spinner.setMinSize(size, size);
        StackPane slot = new StackPane();
        slot.managedProperty().bind(busy);
        busy.addListener((obs, was, now) -> show(slot, spinner, now));
        show(slot, spinner, busy.get());
        return slot;
    }

    private static void show(StackPane slot, ProgressIndicator spinner, boolean busy) {
        if (busy) {
            slot.getChildren().setAll(spinner);
        } else {
            slot.getChildren().clear();
        }
    }
}
