package dev.traverse.app.problems;

import dev.traverse.engine.io.Problem;
import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The problems list, titled with its count; clicking a problem or pressing Enter on it opens it. Placed in a
 * container with the designer-panel style class, it takes the look of the designer's bottom panels.
 */
public final class ProblemsView {

    /** The list's id, for tests. */
    public static final String ID = "problems";

    private final VBox section;

    public ProblemsView(ProblemsViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add(TraverseStyles.PANEL_TITLE);

        ListView<Problem> list = new ListView<>(viewModel.problems());
        list.setId(ID);
        list.getStyleClass().add(TraverseStyles.PROBLEMS);
        list.setCellFactory(l -> new ProblemCell());
        list.setPlaceholder(new Label("No problems found."));
        list.setOnMouseClicked(event -> {
            Problem selected = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && selected != null) {
                viewModel.open(selected);
            }
        });
        list.setOnKeyPressed(event -> {
            Problem selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.open(selected);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        section = new VBox(title, list);
        section.getStyleClass().add(TraverseStyles.PANEL_SECTION);
        VBox.setVgrow(section, Priority.ALWAYS);
    }

    public Node node() {
        return section;
    }
}
