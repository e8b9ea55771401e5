package dev.traverse.app.problems;

import dev.traverse.engine.io.Problem;
import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The problems list, titled with its count. */
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
        VBox.setVgrow(list, Priority.ALWAYS);

        section = new VBox(title, list);
        section.getStyleClass().add(TraverseStyles.PANEL_SECTION);
        VBox.setVgrow(section, Priority.ALWAYS);
    }

    public Node node() {
        return section;
    }
}
