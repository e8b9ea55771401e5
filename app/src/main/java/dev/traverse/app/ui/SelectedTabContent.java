package dev.traverse.app.ui;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps only the selected tab's content in the scene, putting each tab's content back when its tab is chosen. A
 * {@link TabPane} keeps every tab's content as a hidden child, and hidden tables, lists and trees are still styled
 * and laid out whenever their data changes: after every preview or edit the software renderer found only hidden
 * nodes changed, could not bound them to a region, and repainted the whole window on every pulse. FX thread only.
 */
public final class SelectedTabContent {

    private SelectedTabContent() {
    }

    /** Takes over the contents the tabs of {@code pane} have now; tabs added later keep their content as it is. */
    public static void install(TabPane pane) {
        Objects.requireNonNull(pane, "pane");
        Map<Tab, Node> contents = new IdentityHashMap<>();
        pane.getTabs().forEach(tab -> contents.put(tab, tab.getContent()));
        pane.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(contents, now));
        show(contents, pane.getSelectionModel().getSelectedItem());
    }

    private static void show(Map<Tab, Node> contents, Tab selected) {
        contents.forEach((tab, content) -> tab.setContent(tab == selected ? content : null));
    }
}
