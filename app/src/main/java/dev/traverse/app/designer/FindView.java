package dev.traverse.app.designer;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The find box (Ctrl+F): a search field over a list of matching elements. Enter or a click jumps to the chosen
 * match; Esc closes. FX thread only.
 */
public final class FindView {

    public static final String ID = "find";
    static final String FIELD_ID = "find-field";

    private final VBox root;
    private final TextField field = new TextField();
    private final ListView<FindViewModel.Match> list = new ListView<>();

    /**
     * @param jump  called with the chosen element's id
     * @param close called when the user dismisses the box
     */
    public FindView(FindViewModel viewModel, Consumer<String> jump, Runnable close) {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(jump, "jump");
        Objects.requireNonNull(close, "close");
        field.setId(FIELD_ID);
        field.setPromptText("Find a site, cluster, pool or device…");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        list.setItems(viewModel.matches());
        list.setPrefHeight(240);
        list.setPlaceholder(new Label("Type part of a name"));
        list.setCellFactory(l -> new MatchCell());
        viewModel.matches().addListener((javafx.collections.ListChangeListener<FindViewModel.Match>) c -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        Runnable choose = () -> {
            FindViewModel.Match m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                jump.accept(m.id());
                close.run();
            }
        };
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                choose.run();
            }
        });
        root = new VBox(6, field, list);
        root.setId(ID);
        root.getStyleClass().add("traverse-find");
        root.setPrefWidth(420);
    }

    public Node node() {
        return root;
    }

    /** Focuses the field with its text selected, ready for a new query. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class MatchCell extends ListCell<FindViewModel.Match> {
        @Override
        protected void updateItem(FindViewModel.Match item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.id());
            name.getStyleClass().add("text-bold");
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("text-muted");
            HBox row = new HBox(8, name, detail);
            HBox.setHgrow(detail, Priority.ALWAYS);
            setGraphic(row);
            setText(null);
        }
    }
}
