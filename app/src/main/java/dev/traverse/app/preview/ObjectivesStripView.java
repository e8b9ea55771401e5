package dev.traverse.app.preview;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Each objective keeps its tile from one preview to the next and only its texts change: a strip built afresh on
 * every preview styled new nodes each time and left the renderer repainting the whole window.
 */
public final class ObjectivesStripView {

    /** The strip's id, for tests. */
    public static final String ID = "objectives-strip";

    private final HBox strip = new HBox();
    private final Map<ObjectivesReport.Objective, Tile> tiles = new EnumMap<>(ObjectivesReport.Objective.class);
    /** The objectives the strip has tiles for; null until it is first laid. */
    private List<ObjectivesReport.Objective> shown;

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
        List<ObjectivesReport.Objective> objectives = viewModel.readings().stream()
                .map(ObjectivesReport.Reading::objective).toList();
        if (!objectives.equals(shown)) {
            lay(objectives);
        }
        viewModel.readings().forEach(reading -> tiles.get(reading.objective()).show(reading));
    }

    /** Puts a tile per objective in the strip, or the waiting note when there are none. */
    private void lay(List<ObjectivesReport.Objective> objectives) {
        shown = objectives;
        strip.getChildren().clear();
        if (objectives.isEmpty()) {
            Label waiting = new Label("Objectives appear with the first preview");
            waiting.getStyleClass().add(PreviewStyles.OBJECTIVE_LABEL);
            strip.getChildren().add(waiting);
            return;
        }
        for (ObjectivesReport.Objective objective : objectives) {
            if (!strip.getChildren().isEmpty()) {
                strip.getChildren().add(new Separator(Orientation.VERTICAL));
            }
            strip.getChildren().add(tiles.computeIfAbsent(objective, Tile::new).node);
        }
    }

    public Node node() {
        return strip;
    }

    /** One objective's name, value and change. */
    private static final class Tile {
        private final ObjectivesReport.Objective objective;
        private final Label value = new Label();
        private final Label change = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final VBox node;

        Tile(ObjectivesReport.Objective objective) {
            this.objective = objective;
            Label label = new Label(objective.label().toUpperCase(Locale.ROOT));
            label.getStyleClass().add(PreviewStyles.OBJECTIVE_LABEL);
            value.getStyleClass().add(PreviewStyles.OBJECTIVE_VALUE);
            change.getStyleClass().add(PreviewStyles.OBJECTIVE_CHANGE);
            HBox line = new HBox(value, change);
            line.getStyleClass().add("hbox");
            node = new VBox(label, line);
            node.getStyleClass().add(PreviewStyles.OBJECTIVE);
            Tooltip.install(node, tooltip);
        }

        void show(ObjectivesReport.Reading reading) {
            value.setText(reading.value());
            change.setText(reading.changeText());
            change.pseudoClassStateChanged(PreviewStyles.UP, reading.change() == ObjectivesReport.Change.UP);
            change.pseudoClassStateChanged(PreviewStyles.DOWN, reading.change() == ObjectivesReport.Change.DOWN);
            change.pseudoClassStateChanged(PreviewStyles.UNCHANGED,
                    reading.change() == ObjectivesReport.Change.UNCHANGED);
            change.setVisible(!reading.changeText().isEmpty());
            change.setManaged(change.isVisible());
            tooltip.setText(objective.description() + tooltipChange(reading));
        }

        private static String tooltipChange(ObjectivesReport.Reading reading) {
            return switch (reading.change()) {
                case UP -> "\nRose since the previous preview (worse)";
                case DOWN -> "\nFell since the previous preview (better)";
                case UNCHANGED -> "\nUnchanged since the previous preview";
                case NONE -> "";
            };
        }
    }
}
