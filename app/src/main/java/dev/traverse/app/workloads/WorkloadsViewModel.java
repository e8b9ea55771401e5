package dev.traverse.app.workloads;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.palette.PaletteCatalog;
import dev.traverse.app.palette.PaletteGroup;
import dev.traverse.app.palette.PaletteItem;
import dev.traverse.app.palette.PaletteTemplate;
import dev.traverse.engine.edit.Added;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workloads panel's state: one row per workload of the open document, the selected names (which the window
 * hands to the inspector), and adding, duplicating and deleting, each one undo step. FX thread only.
 */
public final class WorkloadsViewModel {

    private final ObservableValue<DesignDocument> document;
    private final PaletteCatalog catalog;
    private final ObservableList<WorkloadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WorkloadRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final StringBinding title = Bindings.createStringBinding(
            () -> rows.isEmpty() ? "Workloads" : "Workloads (" + rows.size() + ")", rows);
    private final BooleanBinding nothingSelected = Bindings.isEmpty(selection);
    private final InvalidationListener topologyListener = obs -> refresh();
    private Consumer<Set<String>> onSelectionChanged = names -> { };
    private List<Workload> shownWorkloads;
    private Map<Workload, WorkloadRow> rowOf = new IdentityHashMap<>();

    public WorkloadsViewModel(ObservableValue<DesignDocument> document, PaletteCatalog catalog) {
        this.document = Objects.requireNonNull(document, "document");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        ChangeListener<DesignDocument> swap = (obs, old, now) -> {
            if (old != null) {
                old.topologyProperty().removeListener(topologyListener);
            }
            if (now != null) {
                now.topologyProperty().addListener(topologyListener);
            }
            refresh();
        };
        document.addListener(swap);
        swap.changed(document, null, document.getValue());
    }

    /** One row per workload, in file order. */
    public ObservableList<WorkloadRow> rows() {
        return readOnlyRows;
    }

    /** "Workloads", with the count when there are any. */
    public StringBinding titleProperty() {
        return title;
    }

    /** The selected workloads' names, in table order. */
    public ObservableList<String> selection() {
        return readOnlySelection;
    }

    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }

    /** Why the last action did nothing, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The palette's workload items, for the Add menu. */
    public List<PaletteItem> addableItems() {
        return catalog.group(PaletteGroup.WORKLOADS);
    }

    /** Called with the selected names whenever they change, for the inspector. */
    public void setOnSelectionChanged(Consumer<Set<String>> onSelectionChanged) {
        this.onSelectionChanged = Objects.requireNonNull(onSelectionChanged, "onSelectionChanged");
    }

    /** Selects workloads by name; names of no workload are left out. */
    public void select(Collection<String> names) {
        List<String> next = rows.stream().map(WorkloadRow::name).filter(names::contains).toList();
        if (!next.equals(selection)) {
            selection.setAll(next);
            onSelectionChanged.accept(new LinkedHashSet<>(next));
        }
    }

    /** Adds a workload from a palette item (named after it, made unique) and selects it. */
    public void add(PaletteItem item) {
        Objects.requireNonNull(item, "item");
        if (!(item.template() instanceof PaletteTemplate.OfWorkload template)) {
            message.set(item.title() + " is not a workload: drag it onto the canvas.");
            return;
        }
        List<String> added = new ArrayList<>();
        edit("Add " + item.title().toLowerCase(Locale.ROOT), t -> {
            Added result = TopologyEdits.addWorkload(t, template.workload());
            added.add(result.id());
            return result.topology();
        });
        select(added);
    }

    /** Adds a copy of each selected workload (pins left behind: they belong to the original) and selects them. */
    public void duplicate() {
        List<String> names = List.copyOf(selection);
        if (names.isEmpty()) {
            return;
        }
        List<String> added = new ArrayList<>();
        edit(names.size() == 1 ? "Duplicate " + names.get(0) : "Duplicate " + names.size() + " workloads", t -> {
            Topology result = t;
            for (String name : names) {
                Workload original = result.workloads().stream().filter(w -> w.name().equals(name)).findFirst()
                        .orElseThrow();
                Added copy = TopologyEdits.addWorkload(result, withoutPins(original));
                added.add(copy.id());
                result = copy.topology();
            }
            return result;
        });
        select(added);
    }

    /** Deletes the selected workloads. */
    public void delete() {
        List<String> names = List.copyOf(selection);
        if (names.isEmpty()) {
            return;
        }
        edit(names.size() == 1 ? "Delete " + names.get(0) : "Delete " + names.size() + " workloads",
                t -> TopologyEdits.delete(t, names));
    }

    /** A copy without pins, so a duplicate does not take its original's nodes. */
    static Workload withoutPins(Workload w) {
        return new Workload(w.name(), w.kind(), w.image(), w.artifact(), w.replicas(), w.priority(), w.resources(),
                w.limits(), w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(),
                w.affinity(), w.antiAffinity(), w.spread(), w.latency(), w.jurisdictions(), w.target(),
                w.clusterAffinities(), w.replicaScheduling(), List.of(), w.labels());
    }

    private void edit(String description, UnaryOperator<Topology> change) {
        DesignDocument doc = document.getValue();
        if (doc == null) {
            message.set("Open or create a topology first.");
            return;
        }
        try {
            doc.edit(description, change);
            message.set(null);
        } catch (IllegalArgumentException refused) {
            message.set(refused.getMessage());
        }
    }

    private void refresh() {
        DesignDocument doc = document.getValue();
        List<Workload> workloads = doc == null ? List.of() : doc.topology().workloads();
        // Most edits (moves, links, elements) leave the workloads as they were: the model keeps the same list.
        if (workloads == shownWorkloads) {
            return;
        }
        List<WorkloadRow> next = rowsOf(workloads);
        shownWorkloads = workloads;
        if (next.size() == rows.size()) {
            // One workload edited changes one row: replacing only the rows that differ keeps the table's cells.
            for (int i = 0; i < next.size(); i++) {
                if (!next.get(i).equals(rows.get(i))) {
                    rows.set(i, next.get(i));
                }
            }
        } else {
            rows.setAll(next);
        }
        // Workloads that went leave the selection quietly: the inspector drops them itself, and a renamed one is
        // selected again under its new name by whoever renamed it.
        Set<String> names = new HashSet<>();
        next.forEach(row -> names.add(row.name()));
        List<String> kept = selection.stream().filter(names::contains).toList();
        if (!kept.equals(selection)) {
            selection.setAll(kept);
        }
    }

    /** The rows of {@code workloads}, reusing the row of every workload record the table showed before. */
    private List<WorkloadRow> rowsOf(List<Workload> workloads) {
        Map<Workload, WorkloadRow> previous = rowOf;
        rowOf = new IdentityHashMap<>(workloads.size() * 2);
        List<WorkloadRow> next = new ArrayList<>(workloads.size());
        for (Workload w : workloads) {
            WorkloadRow row = previous.get(w);
            if (row == null) {
                row = WorkloadRow.of(w);
            }
            rowOf.put(w, row);
            next.add(row);
        }
        return next;
    }
}
