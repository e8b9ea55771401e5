package dev.traverse.app.summary;

import dev.traverse.themes.TraverseStyles;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The counts panel: a titled grid of what the topology holds. */
public final class SummaryView {

    /** The grid's id, for tests. */
    public static final String ID = "summary";

    private final GridPane grid = new GridPane();
    private final VBox section;

    public SummaryView(SummaryViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        Label title = new Label("Overview");
        title.getStyleClass().add(TraverseStyles.PANEL_TITLE);
        grid.setId(ID);
        grid.getStyleClass().add(TraverseStyles.SUMMARY);
        section = new VBox(title, grid);
        section.getStyleClass().add(TraverseStyles.PANEL_SECTION);
        viewModel.shownProperty().bind(section.sceneProperty().isNotNull());
        viewModel.rows().addListener((ListChangeListener<SummaryRow>) change -> show(viewModel.rows()));
        show(viewModel.rows());
    }

    public Node node() {
        return section;
    }

    private void show(List<SummaryRow> rows) {
        section.setVisible(!rows.isEmpty());
        section.setManaged(!rows.isEmpty());
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label label = new Label(rows.get(i).label());
            label.getStyleClass().add(TraverseStyles.SUMMARY_LABEL);
            Label value = new Label(rows.get(i).value());
            value.getStyleClass().add(TraverseStyles.SUMMARY_VALUE);
            grid.addRow(i, label, value);
        }
    }
}
