package dev.traverse.app.outline;

import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;

/** The read-only topology outline: a tree of sites, clusters, node pools and devices. */
public final class OutlineView {

    /** The tree's id, for tests and styling. */
    public static final String ID = "outline";

    /** Up to this many sites, the outline opens with every site expanded. */
    static final int MAX_SITES_OPEN = 8;

    private final TreeView<OutlineItem> tree = new TreeView<>();
    private final StackPane pane;

    public OutlineView(OutlineViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.getStyleClass().add(TraverseStyles.OUTLINE_PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        pane = new StackPane(tree, placeholder);

        tree.setId(ID);
        tree.getStyleClass().add(TraverseStyles.OUTLINE);
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new OutlineCell());
        viewModel.rootProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.rootProperty().get());
    }

    public Node node() {
        return pane;
    }

    /** Opens every row. */
    public void expandAll() {
        setExpanded(tree.getRoot(), true);
    }

    /** Closes every row but the topology's own, so that its sites stay in sight. */
    public void collapseAll() {
        setExpanded(tree.getRoot(), false);
        if (tree.getRoot() != null) {
            tree.getRoot().setExpanded(true);
        }
    }

    private void show(OutlineItem root) {
        if (root == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<OutlineItem> rootItem = treeItem(root);
        // A few sites open down to their node pools and devices; many would bury each other, so only they show.
        boolean openSites = root.children().size() <= MAX_SITES_OPEN;
        rootItem.getChildren().forEach(site -> setExpanded(site, openSites));
        rootItem.setExpanded(true);
        tree.setRoot(rootItem);
    }

    private static TreeItem<OutlineItem> treeItem(OutlineItem item) {
        TreeItem<OutlineItem> treeItem = new TreeItem<>(item);
        item.children().forEach(child -> treeItem.getChildren().add(treeItem(child)));
        return treeItem;
    }

    private static void setExpanded(TreeItem<OutlineItem> item, boolean expanded) {
        if (item == null) {
            return;
        }
        item.setExpanded(expanded);
        item.getChildren().forEach(child -> setExpanded(child, expanded));
    }
}
