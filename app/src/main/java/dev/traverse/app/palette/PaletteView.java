package dev.traverse.app.palette;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.traverse.themes.TraverseStyles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The palette: a search field over the items, grouped under headings. Items are dragged onto the canvas; Enter or a
 * double click asks to add one at the view's centre, and Enter in the search field adds the first match. FX thread
 * only.
 */
public final class PaletteView {

    /** The search field's id, for tests. */
    public static final String SEARCH_ID = "palette-search";
    /** The item tree's id, for tests. */
    public static final String TREE_ID = "palette";

    private final PaletteViewModel viewModel;
    private final TreeView<PaletteEntry> tree = new TreeView<>();
    private final VBox root;

    public PaletteView(PaletteViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        CustomTextField search = new CustomTextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Search palette");
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setCursor(Cursor.DEFAULT);
        clear.setOnAction(event -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.getStyleClass().add(TraverseStyles.PALETTE_SEARCH);
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.addFirstMatch();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                focusFirstItem();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                event.consume();
            }
        });

        tree.setId(TREE_ID);
        tree.getStyleClass().add(TraverseStyles.PALETTE_TREE);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new PaletteCell(viewModel));
        tree.setOnKeyPressed(event -> {
            TreeItem<PaletteEntry> selected = tree.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null && !selected.getValue().isHeading()) {
                viewModel.requestAdd(selected.getValue().item());
                event.consume();
            }
        });
        Label empty = new Label("No palette item matches the search.");
        empty.getStyleClass().add(TraverseStyles.PANEL_PLACEHOLDER);
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.visibleItems()));
        StackPane list = new StackPane(tree, empty);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        VBox.setVgrow(list, Priority.ALWAYS);

        viewModel.visibleItems().addListener((ListChangeListener<PaletteItem>) c -> show());
        show();

        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(search);
        searchRow.getStyleClass().add(TraverseStyles.PANEL_HEADER);

        root = new VBox(searchRow, list);
        root.getStyleClass().addAll(TraverseStyles.DESIGNER_PANEL, TraverseStyles.PALETTE);
    }

    public Node node() {
        return root;
    }

    private void show() {
        Map<PaletteGroup, TreeItem<PaletteEntry>> groups = new LinkedHashMap<>();
        for (PaletteItem item : viewModel.visibleItems()) {
            groups.computeIfAbsent(item.group(), g -> {
                TreeItem<PaletteEntry> heading = new TreeItem<>(PaletteEntry.heading(g));
                heading.setExpanded(true);
                return heading;
            }).getChildren().add(new TreeItem<>(PaletteEntry.of(item)));
        }
        TreeItem<PaletteEntry> root = new TreeItem<>();
        root.getChildren().setAll(List.copyOf(groups.values()));
        root.setExpanded(true);
        tree.setRoot(root);
    }

    private void focusFirstItem() {
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            TreeItem<PaletteEntry> item = tree.getTreeItem(row);
            if (item != null && !item.getValue().isHeading()) {
                tree.getSelectionModel().select(row);
                tree.requestFocus();
                return;
            }
        }
    }
}
