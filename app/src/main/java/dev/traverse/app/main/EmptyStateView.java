package dev.traverse.app.main;

import atlantafx.base.theme.Styles;
import dev.traverse.app.ui.Icons;
import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** What the window shows with nothing open: why, and a button to open a file. */
final class EmptyStateView {

    static final String OPEN_BUTTON_ID = "empty-open";

    private final VBox box;

    EmptyStateView(MainWindowViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        FontIcon icon = Icons.of(Material2OutlinedAL.ACCOUNT_TREE);
        icon.getStyleClass().add(TraverseStyles.EMPTY_STATE_ICON);

        Label heading = new Label("No topology open");
        heading.getStyleClass().add(Styles.TITLE_3);

        Label message = new Label();
        message.textProperty().bind(viewModel.emptyMessageProperty());
        message.setWrapText(true);

        Button open = new Button("Open…", Icons.of(Material2OutlinedAL.FOLDER_OPEN));
        open.setId(OPEN_BUTTON_ID);
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> viewModel.openWithDialog());

        box = new VBox(icon, heading, message, open);
        box.getStyleClass().add(TraverseStyles.EMPTY_STATE);
        box.visibleProperty().bind(viewModel.emptyProperty());
        box.managedProperty().bind(box.visibleProperty());
    }

    VBox node() {
        return box;
    }
}
