package dev.traverse.app.designer;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find (Ctrl+F): the elements whose name or detail holds the query, best matches first (name starts with it, then
 * name contains it, then detail contains it), at most {@link #MAX_RESULTS}. FX thread only.
 */
public final class FindViewModel {

    static final int MAX_RESULTS = 200;

    /** One match: the element's id and what the list shows. */
    public record Match(String id, String name, String detail) {
        public Match {
            Objects.requireNonNull(id, "id");
        }
    }

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private Diagram diagram = Diagram.EMPTY;

    public FindViewModel() {
        query.addListener((obs, old, now) -> refresh());
    }

    /** Searches this diagram from now on. */
    public void setDiagram(Diagram diagram) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        refresh();
    }

    private void refresh() {
        String q = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
        List<Match> starts = new ArrayList<>();
        List<Match> contains = new ArrayList<>();
        List<Match> details = new ArrayList<>();
        if (!q.isEmpty()) {
            for (DiagramElement e : diagram.elements()) {
                String id = e.id().toLowerCase(Locale.ROOT);
                String name = e.spec().label().toLowerCase(Locale.ROOT);
                Match m = new Match(e.id(), e.spec().label(), e.spec().detail());
                if (name.startsWith(q)) {
                    starts.add(m);
                } else if (id.contains(q)) {
                    contains.add(m);
                } else if (e.spec().detail().toLowerCase(Locale.ROOT).contains(q)) {
                    details.add(m);
                }
            }
        }
        List<Match> all = new ArrayList<>(starts);
        all.addAll(contains);
        all.addAll(details);
        matches.setAll(all.size() > MAX_RESULTS ? all.subList(0, MAX_RESULTS) : all);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Match> matches() {
        return matches;
    }
}
