package dev.traverse.app.log;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.traverse.themes.TraverseStyles;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The log panel: timestamped lines, newest last and kept in view, with Copy (the selected lines, or all) and Clear.
 * Ctrl+C copies the selection too. FX thread only.
 */
public final class LogView {

    /** The list's id, for tests. */
    public static final String ID = "log";

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final LogViewModel viewModel;
    private final ListView<LogEntry> list;
    private final VBox root;

    public LogView(LogViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        list = new ListView<>(viewModel.entries());
        list.setId(ID);
        list.getStyleClass().addAll(TraverseStyles.LOG, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new LogCell(viewModel));
        Label placeholder = new Label("Saves, previews and errors are logged here.");
        placeholder.getStyleClass().add(TraverseStyles.PANEL_PLACEHOLDER);
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copy();
                event.consume();
            }
        });
        // Newest last, and kept in view as lines arrive.
        viewModel.entries().addListener((ListChangeListener<LogEntry>) c -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label title = new Label("Log");
        title.getStyleClass().add(TraverseStyles.PANEL_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = button(Material2OutlinedAL.CONTENT_COPY, "Copy the selected lines, or the whole log");
        copy.setOnAction(event -> copy());
        Button clear = button(Material2OutlinedAL.CLEAR_ALL, "Clear the log");
        clear.setOnAction(event -> viewModel.clear());
        copy.disableProperty().bind(Bindings.isEmpty(viewModel.entries()));
        clear.disableProperty().bind(Bindings.isEmpty(viewModel.entries()));
        HBox header = new HBox(title, spacer, copy, clear);
        header.getStyleClass().add(TraverseStyles.PANEL_HEADER);

        root = new VBox(header, list);
        root.getStyleClass().add(TraverseStyles.DESIGNER_PANEL);
    }

    public Node node() {
        return root;
    }

    /** Puts the selected lines (all lines when none is selected) on the system clipboard. */
    public void copy() {
        List<LogEntry> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        String text = viewModel.text(selected.isEmpty() ? viewModel.entries() : selected);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Button button(Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** A line: time, level icon, text; the level's pseudo-class colours the icon. */
    private static final class LogCell extends ListCell<LogEntry> {

        private final LogViewModel viewModel;
        private final Label time = new Label();
        private final FontIcon icon = new FontIcon();
        private final Label text = new Label();
        private final HBox content = new HBox(time, icon, text);

        LogCell(LogViewModel viewModel) {
            this.viewModel = viewModel;
            getStyleClass().add(TraverseStyles.LOG_CELL);
            time.getStyleClass().add(TraverseStyles.LOG_TIME);
            text.getStyleClass().add(TraverseStyles.LOG_TEXT);
            time.setMinWidth(Region.USE_PREF_SIZE);
            content.getStyleClass().add(TraverseStyles.LOG_LINE);
        }

        @Override
        protected void updateItem(LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            LogLevel level = empty || entry == null ? null : entry.level();
            pseudoClassStateChanged(TraverseStyles.ERROR, level == LogLevel.ERROR);
            pseudoClassStateChanged(TraverseStyles.WARNING, level == LogLevel.WARNING);
            pseudoClassStateChanged(TraverseStyles.SUCCESS, level == LogLevel.SUCCESS);
            setText(null);
            if (level == null) {
                setGraphic(null);
                return;
            }
            time.setText(viewModel.time(entry));
            icon.setIconCode(switch (level) {
                case INFO -> Material2OutlinedAL.INFO;
                case SUCCESS -> Material2OutlinedAL.CHECK_CIRCLE;
                case WARNING -> Material2OutlinedMZ.WARNING;
                case ERROR -> Material2OutlinedAL.ERROR_OUTLINE;
            });
            text.setText(entry.text());
            setGraphic(content);
        }
    }
}
