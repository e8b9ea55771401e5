package dev.traverse.app.designer;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.design.DiagramBuilder;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.canvas.layout.Alignment;
import dev.traverse.canvas.layout.LayeredLayout;
import dev.traverse.engine.edit.FragmentText;
import dev.traverse.engine.edit.Fragments;
import dev.traverse.engine.edit.Pasted;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * The designer's canvas side: the document being edited, the diagram drawn from it, the selection, and the edits
 * that canvas gestures and menu commands make. Every edit is one undo step; an edit the model refuses changes
 * nothing and reports why. FX thread only.
 */
public final class DesignerViewModel {

    private final ObjectProperty<DesignDocument> document = new SimpleObjectProperty<>(this, "document");
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram",
            Diagram.EMPTY);
    /** How far a paste or duplicate lands from the original, in canvas units: two grid steps. */
    static final double PASTE_OFFSET = 20;

    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final SelectionModel selection;
    private final DiagramBuilder diagrams = new DiagramBuilder();
    private final Consumer<String> report;
    private final ChangeListener<Topology> onTopology = (obs, old, now) -> rebuild(now);

    /**
     * @param selection the canvas's selection
     * @param report    where refusals and notable outcomes go (status bar and log)
     */
    public DesignerViewModel(SelectionModel selection, Consumer<String> report) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.report = Objects.requireNonNull(report, "report");
        document.addListener((obs, old, now) -> {
            if (old != null) {
                old.topologyProperty().removeListener(onTopology);
            }
            selection.clear();
            if (now == null) {
                topology.set(null);
                diagram.set(Diagram.EMPTY);
            } else {
                now.topologyProperty().addListener(onTopology);
                rebuild(now.topology());
                MoveWarmUp.startOnce(now.topology());
            }
        });
    }

    private void rebuild(Topology now) {
        // The canvas shows sites, links and the layout: an edit of workloads (or objectives) keeps the diagram.
        Topology drawn = topology.get();
        boolean sameDrawing = drawn != null && drawn.sites() == now.sites() && drawn.links() == now.links()
                && drawn.layout() == now.layout();
        if (!sameDrawing) {
            diagram.set(diagrams.build(now));
        }
        topology.set(now);
    }

    /**
     * Applies an edit to the open document as one undo step. A refusal (the model's IllegalArgumentException) is
     * reported and changes nothing.
     *
     * @return true when the document changed or the edit was accepted
     */
    public boolean edit(String description, UnaryOperator<Topology> change) {
        DesignDocument doc = document.get();
        if (doc == null) {
            return false;
        }
        try {
            doc.edit(description, change);
            return true;
        } catch (IllegalArgumentException e) {
            report.accept(description + ": " + e.getMessage());
            return false;
        }
    }

    /** Saves new canvas positions; arrow-key moves merge into one undo step. */
    public void move(Map<String, Point> positions, boolean byKeyboard) {
        if (positions.isEmpty() || document.get() == null) {
            return;
        }
        Map<String, Position> layout = layoutOf(positions);
        String description = moveDescription(positions.keySet());
        UnaryOperator<Topology> change = t -> TopologyEdits.move(t, layout);
        if (byKeyboard) {
            try {
                document.get().editMerging(description, change);
            } catch (IllegalArgumentException e) {
                report.accept(description + ": " + e.getMessage());
            }
        } else {
            edit(description, change);
        }
    }

    /**
     * Names what the user moved: the selected elements among those saved (a move also saves nested elements and
     * position-less ancestors so the drawing holds still around the moved ones).
     */
    private String moveDescription(Set<String> ids) {
        List<String> moved = ids.stream().filter(selection::isSelected).toList();
        List<String> named = moved.isEmpty() ? List.copyOf(ids) : moved;
        List<String> top = named.stream().filter(id -> {
            String parent = parentOf(id);
            return parent == null || !named.contains(parent);
        }).toList();
        return top.size() == 1 ? "Move " + top.get(0) : "Move " + top.size() + " elements";
    }

    private String parentOf(String id) {
        return diagram.get().element(id).map(DiagramElement::parentId).orElse(null);
    }

    /** Draws a link between two sites, or a device group and its site, selecting it. */
    public void connect(String fromId, String toId) {
        DesignDocument doc = document.get();
        if (doc == null) {
            return;
        }
        try {
            var added = TopologyEdits.addLink(doc.topology(), fromId, toId, 0);
            doc.edit("Link " + fromId + " and " + toId, t -> added.topology());
            selection.select(added.id());
        } catch (IllegalArgumentException e) {
            report.accept("Cannot link " + fromId + " and " + toId + ": " + e.getMessage());
        }
    }

    /** Deletes the selected elements and links with what depends on them, as one undo step. */
    public void deleteSelection() {
        List<String> ids = new ArrayList<>(selection.selected());
        if (ids.isEmpty()) {
            return;
        }
        String what = ids.size() == 1 ? ids.get(0) : ids.size() + " elements";
        if (edit("Delete " + what, t -> TopologyEdits.delete(t, ids))) {
            selection.clear();
        }
    }

    /** Copies the selection and its descendants as text for the clipboard; empty when nothing is selected. */
    public Optional<String> copySelection() {
        List<String> ids = selectedElements();
        if (ids.isEmpty() || document.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(FragmentText.write(Fragments.copy(document.get().topology(), ids)));
        } catch (IllegalArgumentException e) {
            report.accept("Copy: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Copies the selection, then deletes it as one undo step. */
    public Optional<String> cutSelection() {
        Optional<String> text = copySelection();
        text.ifPresent(t -> deleteSelection());
        return text;
    }

    /** Pastes elements copied as text beside where they were, selecting the copies; one undo step. */
    public void paste(String text) {
        DesignDocument doc = document.get();
        if (doc == null || text == null || text.isBlank()) {
            return;
        }
        try {
            Pasted pasted = Fragments.paste(doc.topology(), FragmentText.read(text), PASTE_OFFSET, PASTE_OFFSET);
            doc.edit("Paste " + describe(pasted.newIds()), t -> pasted.topology());
            selection.select(pasted.newIds());
        } catch (IllegalArgumentException e) {
            report.accept("Paste: " + e.getMessage());
        }
    }

    /** Copies the selection beside itself, selecting the copies; one undo step. */
    public void duplicateSelection() {
        DesignDocument doc = document.get();
        List<String> ids = selectedElements();
        if (doc == null || ids.isEmpty()) {
            return;
        }
        try {
            Pasted pasted = Fragments.duplicate(doc.topology(), ids, PASTE_OFFSET, PASTE_OFFSET);
            doc.edit("Duplicate " + describe(ids), t -> pasted.topology());
            selection.select(pasted.newIds());
        } catch (IllegalArgumentException e) {
            report.accept("Duplicate: " + e.getMessage());
        }
    }

    /** Lays out the selected elements in layers, or the whole diagram when nothing is selected; one undo step. */
    public void autoLayout() {
        List<String> ids = selectedElements();
        Map<String, Point> positions = ids.isEmpty() ? LayeredLayout.layout(diagram.get())
                : LayeredLayout.layout(diagram.get(), ids);
        moveAs(ids.isEmpty() ? "Auto-layout" : "Auto-layout " + describe(ids), positions);
    }

    /** Lines up the selected elements on one edge or centre line; one undo step. */
    public void align(Alignment.Edge edge) {
        List<String> ids = selectedElements();
        if (ids.size() > 1) {
            moveAs("Align " + describe(ids), Alignment.align(diagram.get(), ids, edge));
        }
    }

    /** Spaces the selected elements evenly along an axis; one undo step. */
    public void distribute(Alignment.Axis axis) {
        List<String> ids = selectedElements();
        if (ids.size() > 2) {
            moveAs("Distribute " + describe(ids), Alignment.distribute(diagram.get(), ids, axis));
        }
    }

    private void moveAs(String description, Map<String, Point> positions) {
        if (positions.isEmpty()) {
            return;
        }
        Map<String, Position> layout = layoutOf(positions);
        edit(description, t -> TopologyEdits.move(t, layout));
    }

    /** Canvas points as the file's layout positions. */
    private static Map<String, Position> layoutOf(Map<String, Point> positions) {
        Map<String, Position> layout = new LinkedHashMap<>();
        positions.forEach((id, p) -> layout.put(id, new Position(p.x(), p.y())));
        return layout;
    }

    /** The selected ids that are elements on the canvas (not links). */
    private List<String> selectedElements() {
        return selection.selected().stream().filter(id -> diagram.get().element(id).isPresent()).toList();
    }

    private static String describe(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : ids.size() + " elements";
    }

    /** Selects every element on the canvas. */
    public void selectAll() {
        selection.select(diagram.get().elements().stream().map(DiagramElement::id).toList());
    }

    /** The open document, or null. */
    public ObjectProperty<DesignDocument> documentProperty() {
        return document;
    }

    /** The open document's model, following edits, undo and the opening of another file; null when none is open. */
    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public SelectionModel selection() {
        return selection;
    }
}
