package dev.traverse.app.preview;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A compact strip of the preview's objectives (cost per hour, mean latency, carbon, gap to the lower bound), each
 * with its change since the previous preview: ▲ in the danger colour for a rise, ▼ in the success colour for a fall,
 * "—" when unchanged. Dimmed while the readings are of an earlier topology. FX thread only.
 */
public final class ObjectivesStripView {

    /** The strip's id, for tests. */
    public static final String ID = "objectives-strip";

    private final HBox strip = new HBox();

    public ObjectivesStripView(ObjectivesStripViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        strip.setId(ID);
        strip.getStyleClass().add(PreviewStyles.OBJECTIVES_STRIP);
        PreviewStyles.addStylesheet(strip);
        viewModel.staleProperty().addListener((obs, was, stale) -> strip.pseudoClassStateChanged(PreviewStyles.STALE,
                stale));
        strip.pseudoClassStateChanged(PreviewStyles.STALE, viewModel.staleProperty().get());
        viewModel.readings().addListener((ListChangeListener<ObjectivesReport.Reading>) change -> show(viewModel));
        show(viewModel);
    }

    private void show(ObjectivesStripViewModel viewModel) {
        strip.getChildren().clear();
        if (viewModel.readings().isEmpty()) {
            Label waiting = new Label("Objectives appear with the first preview");
            waiting.getStyleClass().add(PreviewStyles.OBJECTIVE_LABEL);
            strip.getChildren().add(waiting);
            return;
        }
        for (ObjectivesReport.Reading reading : viewModel.readings()) {
            if (!strip.getChildren().isEmpty()) {
                strip.getChildren().add(new Separator(Orientation.VERTICAL));
            }
            strip.getChildren().add(tile(reading));
        }
    }

    private static Node tile(ObjectivesReport.Reading reading) {
        Label label = new Label(reading.objective().label().toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add(PreviewStyles.OBJECTIVE_LABEL);
        Label value = new Label(reading.value());
        value.getStyleClass().add(PreviewStyles.OBJECTIVE_VALUE);
        Label change = new Label(reading.changeText());
        change.getStyleClass().add(PreviewStyles.OBJECTIVE_CHANGE);
        change.pseudoClassStateChanged(PreviewStyles.UP, reading.change() == ObjectivesReport.Change.UP);
        change.pseudoClassStateChanged(PreviewStyles.DOWN, reading.change() == ObjectivesReport.Change.DOWN);
        change.pseudoClassStateChanged(PreviewStyles.UNCHANGED,
                reading.change() == ObjectivesReport.Change.UNCHANGED);
        change.setVisible(!reading.changeText().isEmpty());
        change.setManaged(change.isVisible());
        HBox line = new HBox(value, change);
        line.getStyleClass().add("hbox");
        VBox tile = new VBox(label, line);
        tile.getStyleClass().add(PreviewStyles.OBJECTIVE);
        Tooltip.install(tile, new Tooltip(reading.objective().description() + tooltipChange(reading)));
        return tile;
    }

    private static String tooltipChange(ObjectivesReport.Reading reading) {
        return switch (reading.change()) {
            case UP -> "\nRose since the previous preview (worse)";
            case DOWN -> "\nFell since the previous preview (better)";
            case UNCHANGED -> "\nUnchanged since the previous preview";
            case NONE -> "";
        };
    }

    public Node node() {
        return strip;
    }
}
