package dev.traverse.app.design;

import dev.traverse.canvas.command.CommandStack;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The topology being designed: the current model, the file it belongs to, and its undo history. Every change goes
 * through {@link #edit}, which makes it one undo step. Dirty means the model differs from the last save or open.
 * FX thread only.
 */
public final class DesignDocument {

    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final CommandStack commands = new CommandStack();
    private final LongProperty savedMarker = new SimpleLongProperty(this, "savedMarker");
    private final BooleanBinding dirty;
    private String headerComment;
    private final Topology read;
    private final List<Problem> readProblems;

    /**
     * @param document what was read (or a new, empty topology)
     * @param file     where it was read from, or null for a topology never saved
     */
    public DesignDocument(TopologyDocument document, Path file) {
        this(document, file, null);
    }

    /**
     * @param readProblems what reading the file reported (its warnings), or null when not read from a file; they
     *                     hold for as long as the model is the one read
     */
    public DesignDocument(TopologyDocument document, Path file, List<Problem> readProblems) {
        Objects.requireNonNull(document, "document");
        this.read = document.topology();
        this.readProblems = readProblems == null ? null : List.copyOf(readProblems);
        this.topology.set(document.topology());
        this.headerComment = document.headerComment();
        this.file.set(file);
        this.savedMarker.set(commands.stepMarker());
        // The revision is read, not just observed: a property nobody reads fires its first change only, and the
        // binding would then miss every later undo and redo.
        this.dirty = Bindings.createBooleanBinding(() -> commands.revisionProperty().get() >= 0
                        && !commands.isAtRevision(savedMarker.get()), commands.revisionProperty(), savedMarker);
    }

    /**
     * The problems reading the file reported, while the model is the one read (again, after undoing every edit);
     * empty when the model changed since or was not read from a file.
     */
    public Optional<List<Problem>> problemsAsRead() {
        return readProblems != null && topology.get() == read ? Optional.of(readProblems) : Optional.empty();
    }

    /**
     * Applies {@code change} to the model as one undo step. Does nothing when it returns the same model.
     *
     * @throws IllegalArgumentException from the model when the change makes it invalid; nothing changes then
     */
    public void edit(String description, UnaryOperator<Topology> change) {
        apply(description, change, false);
    }

    /** Like {@link #edit}, but consecutive calls with the same description merge into one step (arrow keys). */
    public void editMerging(String description, UnaryOperator<Topology> change) {
        apply(description, change, true);
    }

    private void apply(String description, UnaryOperator<Topology> change, boolean mergeable) {
        Topology before = topology.get();
        Topology after = Objects.requireNonNull(change.apply(before), "the change returned no topology");
        if (after.equals(before)) {
            return;
        }
        commands.execute(new TopologyChange(description, before, after, mergeable, topology::set));
    }

    /** Records that the current model is what {@code savedTo} now holds. */
    public void markSaved(Path savedTo) {
        file.set(Objects.requireNonNull(savedTo, "savedTo"));
        savedMarker.set(commands.stepMarker());
    }

    /** The model now; replaced (never mutated) on every edit, undo and redo. */
    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Topology topology() {
        return topology.get();
    }

    /** The model with the header comment it was read with, ready to write. */
    public TopologyDocument snapshot() {
        return new TopologyDocument(headerComment, topology.get());
    }

    /** The file this document is saved in, or null when it never was. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public CommandStack commands() {
        return commands;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
