package dev.traverse.app.palette;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The palette's state: the search text and the items that match it, in catalog order. Asking to add an item (Enter
 * or a double click) goes to the callback the window sets. FX thread only.
 */
public final class PaletteViewModel {

    private final PaletteCatalog catalog;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PaletteItem> visible = FXCollections.observableArrayList();
    private final ObservableList<PaletteItem> readOnlyVisible = FXCollections.unmodifiableObservableList(visible);
    private Consumer<PaletteItem> onAdd = item -> { };

    public PaletteViewModel(PaletteCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        query.addListener((obs, old, now) -> filter());
        filter();
    }

    /** The search text; every word of it must appear in an item's title, group, detail or keywords. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The items matching the search, grouped and ordered as the catalog lists them. */
    public ObservableList<PaletteItem> visibleItems() {
        return readOnlyVisible;
    }

    public PaletteCatalog catalog() {
        return catalog;
    }

    /** Sets what happens when the user asks to add an item at the view's centre. */
    public void setOnAdd(Consumer<PaletteItem> onAdd) {
        this.onAdd = Objects.requireNonNull(onAdd, "onAdd");
    }

    /** Asks the window to add {@code item} at the centre of the view. */
    public void requestAdd(PaletteItem item) {
        onAdd.accept(Objects.requireNonNull(item, "item"));
    }

    /** Adds the first item matching the search, as Enter in the search field does; false when none matches. */
    public boolean addFirstMatch() {
        if (visible.isEmpty()) {
            return false;
        }
        requestAdd(visible.get(0));
        return true;
    }

    /** True when every word of {@code query} occurs (ignoring case) in the item's searchable text. */
    public static boolean matches(PaletteItem item, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = searchText(item);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).allMatch(haystack::contains);
    }

    private static String searchText(PaletteItem item) {
        return String.join(" ", item.title(), item.group().title(), item.detail(), item.id(),
                String.join(" ", item.keywords())).toLowerCase(Locale.ROOT);
    }

    private void filter() {
        String q = query.get();
        List<PaletteItem> matching = catalog.items().stream().filter(i -> matches(i, q)).toList();
        if (!matching.equals(visible)) {
            visible.setAll(matching);
        }
    }
}
