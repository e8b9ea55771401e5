package dev.traverse.app.inspector;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.elements.TopologyElements;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's state: which elements it shows, their fields and values, and the edits typed into them. Elements
 * of one type are edited together (their shared fields; the name only for one element); each committed field is
 * one {@link DesignDocument#edit} however many elements it changes. It follows the document: values refresh after
 * every edit, undo and redo, and elements that disappear are dropped. FX thread only.
 */
public final class InspectorViewModel {

    static final String NOTHING_SELECTED = "Select an element on the canvas, or a workload, to see its properties.";

    private final ObservableValue<DesignDocument> document;
    private final ObservableList<InspectorField> fields = FXCollections.observableArrayList();
    private final ObservableList<InspectorField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", NOTHING_SELECTED);
    private final ReadOnlyObjectWrapper<ElementType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final InvalidationListener topologyListener = obs -> refresh();
    private List<ElementRef> inspected = List.of();
    private Form<?> form;
    private BiConsumer<ElementRef, ElementRef> onRenamed = (from, to) -> { };

    public InspectorViewModel(ObservableValue<DesignDocument> document) {
        this.document = Objects.requireNonNull(document, "document");
        ChangeListener<DesignDocument> swap = (obs, old, now) -> {
            if (old != null) {
                old.topologyProperty().removeListener(topologyListener);
            }
            if (now != null) {
                now.topologyProperty().addListener(topologyListener);
            }
            inspect(List.of());
        };
        document.addListener(swap);
        swap.changed(document, null, document.getValue());
    }

    /** Shows the canvas selection: element and link ids; ids that name nothing are left out. */
    public void inspectElements(Collection<String> ids) {
        Topology topology = topology();
        if (topology == null) {
            inspect(List.of());
            return;
        }
        inspect(ids.stream().map(id -> TopologyElements.resolve(topology, id)).flatMap(Optional::stream).toList());
    }

    /**
     * Follows the canvas selection: shows what it selects from now on, and when the inspector renames a selected
     * element, selects it under its new id.
     */
    public void follow(SelectionModel selection) {
        Objects.requireNonNull(selection, "selection");
        selection.addListener(this::inspectElements);
        addOnRenamed((from, to) -> {
            if (from.type() != ElementType.WORKLOAD && selection.isSelected(from.id())) {
                List<String> ids = new ArrayList<>(selection.selected());
                ids.replaceAll(id -> id.equals(from.id()) ? to.id() : id);
                selection.select(ids);
            }
        });
        inspectElements(selection.selected());
    }

    /** Shows workloads by name, as the workloads table selects them. */
    public void inspectWorkloads(Collection<String> names) {
        inspect(names.stream().map(ElementRef::workload).toList());
    }

    /** Shows these elements; an empty list shows the placeholder. */
    public void inspect(Collection<ElementRef> refs) {
        Topology topology = topology();
        inspected = topology == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(refs.stream().filter(r -> TopologyElements.exists(topology, r))
                .toList()));
        rebuild();
    }

    /** What is shown now. */
    public List<ElementRef> inspected() {
        return inspected;
    }

    /** The fields of the shown elements, in display order; empty when nothing or elements of mixed types show. */
    public ObservableList<InspectorField> fields() {
        return readOnlyFields;
    }

    /** The field with this key, or empty. */
    public Optional<InspectorField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The heading: the element's name, or a count such as "3 node pools". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The line under the heading: the element's type and where it is. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** What to show instead of fields, or empty when there are fields. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The type of the shown elements, or null when none or several types show. */
    public ReadOnlyObjectProperty<ElementType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    /**
     * Adds a callback for after the inspector renamed an element, with its old and new reference, so that
     * selections can follow. Callbacks run in the order they were added.
     */
    public void addOnRenamed(BiConsumer<ElementRef, ElementRef> callback) {
        Objects.requireNonNull(callback, "callback");
        onRenamed = onRenamed.andThen(callback);
    }

    private Topology topology() {
        DesignDocument doc = document.getValue();
        return doc == null ? null : doc.topology();
    }

    private void rebuild() {
        form = null;
        type.set(null);
        if (inspected.isEmpty()) {
            fields.clear();
            title.set("");
            subtitle.set("");
            placeholder.set(NOTHING_SELECTED);
            return;
        }
        Map<ElementType, Integer> types = new EnumMap<>(ElementType.class);
        inspected.forEach(r -> types.merge(r.type(), 1, Integer::sum));
        if (types.size() > 1) {
            fields.clear();
            title.set(inspected.size() + " elements");
            subtitle.set("Mixed selection");
            placeholder.set(types.entrySet().stream().map(e -> e.getKey().count(e.getValue()))
                    .collect(Collectors.joining(", ")) + " are selected. Select elements of one kind to edit them"
                    + " together.");
            return;
        }
        ElementType only = inspected.get(0).type();
        type.set(only);
        form = new Form<>(InspectedType.of(only), inspected.stream().map(ElementRef::id).toList());
        placeholder.set("");
        fields.setAll(form.fields);
        refresh();
    }

    /** Brings values and headings up to date with the document, dropping elements that no longer exist. */
    private void refresh() {
        Topology topology = topology();
        if (topology == null) {
            return;
        }
        List<ElementRef> existing = inspected.stream().filter(r -> TopologyElements.exists(topology, r)).toList();
        if (existing.size() != inspected.size()) {
            inspected = existing;
            rebuild();
            return;
        }
        if (form != null) {
            form.refresh(topology);
        }
        headings();
    }

    private void headings() {
        if (form == null) {
            return;
        }
        ElementRef first = inspected.get(0);
        if (inspected.size() > 1) {
            title.set(first.type().count(inspected.size()));
            subtitle.set("Editing the fields they share");
            return;
        }
        String id = first.id();
        switch (first.type()) {
            case NODE_POOL -> {
                title.set(id.substring(id.indexOf('/') + 1));
                subtitle.set("Node pool in " + TopologyElements.parentOf(id));
            }
            case DEVICE_GROUP -> {
                title.set(id.substring(id.indexOf('/') + 1));
                subtitle.set("Device group at " + TopologyElements.parentOf(id));
            }
            case CLUSTER -> {
                title.set(id);
                subtitle.set("Cluster" + TopologyElements.siteOfCluster(topology(), id)
                        .map(s -> " at " + s.name()).orElse(""));
            }
            case LINK -> {
                title.set("Link");
                subtitle.set(id.replace(TopologyEdits.LINK_SEPARATOR, " ↔ "));
            }
            case SITE -> {
                title.set(id);
                subtitle.set("Site");
            }
            case WORKLOAD -> {
                title.set(id);
                subtitle.set("Workload");
            }
        }
    }

    /** Capitalises a model message for display: "Count must be at least 1, got 0". */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "This value is not valid here.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** The fields of one type of element over the ids shown. */
    private final class Form<E> {

        private final InspectedType<E> kind;
        private List<String> ids;
        private final List<InspectorField> fields = new ArrayList<>();
        private final List<FieldSpec<E>> specs = new ArrayList<>();

        Form(InspectedType<E> kind, List<String> ids) {
            this.kind = kind;
            this.ids = ids;
            for (FieldSpec<E> spec : kind.fields()) {
                // Names are unique, so several elements never share one: rename them one at a time.
                if (spec.isName() && ids.size() > 1) {
                    continue;
                }
                specs.add(spec);
                fields.add(new InspectorField(spec, text -> commit(spec, text)));
            }
        }

        void refresh(Topology topology) {
            List<E> elements = ids.stream().map(id -> kind.find(topology, id).orElseThrow()).toList();
            for (int i = 0; i < specs.size(); i++) {
                FieldSpec<E> spec = specs.get(i);
                List<String> values = elements.stream().map(spec::read).distinct().toList();
                fields.get(i).show(values.size() == 1 ? values.get(0) : "", values.size() > 1);
            }
        }

        /** Applies a field to every element as one edit; returns null, or the message of why not. */
        private String commit(FieldSpec<E> spec, String text) {
            DesignDocument doc = document.getValue();
            if (doc == null) {
                return "The topology is closed.";
            }
            Topology topology = doc.topology();
            try {
                List<E> updated = new ArrayList<>();
                for (String id : ids) {
                    Optional<E> element = kind.find(topology, id);
                    if (element.isEmpty()) {
                        return sentence(kind.type().singular() + " " + id + " no longer exists");
                    }
                    updated.add(spec.write(element.get(), text));
                }
                if (spec.isName()) {
                    rename(doc, text.trim());
                } else {
                    List<String> targets = ids;
                    doc.edit(description(spec), t -> {
                        Topology result = t;
                        for (int i = 0; i < targets.size(); i++) {
                            result = kind.replace(result, targets.get(i), updated.get(i));
                        }
                        return result;
                    });
                }
                return null;
            } catch (IllegalArgumentException refused) {
                return sentence(refused.getMessage());
            }
        }

        private void rename(DesignDocument doc, String newName) {
            ElementRef before = new ElementRef(kind.type(), ids.get(0));
            ElementRef after = new ElementRef(before.type(), TopologyElements.renamedId(before, newName));
            // A field that loses focus as the selection changes commits to a form no longer shown: it edits its
            // own element but leaves the new selection alone.
            boolean shown = form == this;
            // The document's listener refreshes during the edit: it must already look for the new id.
            ids = List.of(after.id());
            if (shown) {
                inspected = List.of(after);
            }
            try {
                doc.edit("Rename " + before.id() + " to " + newName,
                        t -> TopologyEdits.rename(t, before.id(), newName));
            } catch (RuntimeException e) {
                ids = List.of(before.id());
                if (shown) {
                    inspected = List.of(before);
                }
                throw e;
            }
            if (shown) {
                headings();
            }
            onRenamed.accept(before, after);
        }

        private String description(FieldSpec<E> spec) {
            String what = ids.size() == 1 ? ids.get(0) : kind.type().count(ids.size());
            return "Set " + spec.label().toLowerCase(Locale.ROOT) + " of " + what;
        }
    }
}
