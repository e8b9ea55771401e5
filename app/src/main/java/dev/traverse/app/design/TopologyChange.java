package dev.traverse.app.design;

import dev.traverse.canvas.command.Command;
import dev.traverse.engine.model.Topology;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One edit of the open topology, kept as the model before and after: the model is immutable, so undo and redo just
 * swap snapshots, and an edit cannot be half undone. Layout-only changes made with the keyboard merge into one step.
 */
final class TopologyChange implements Command {

    private final String description;
    private final Topology before;
    private Topology after;
    private final boolean mergeable;
    private final Consumer<Topology> target;

    TopologyChange(String description, Topology before, Topology after, boolean mergeable, Consumer<Topology> target) {
        this.description = Objects.requireNonNull(description, "description");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.mergeable = mergeable;
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void execute() {
        target.accept(after);
    }

    @Override
    public void undo() {
        target.accept(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean mergeWith(Command next) {
        if (mergeable && next instanceof TopologyChange change && change.mergeable
                && change.description.equals(description) && change.before == after) {
            after = change.after;
            return true;
        }
        return false;
    }
}
