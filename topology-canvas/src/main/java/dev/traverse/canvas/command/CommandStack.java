package dev.traverse.canvas.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The undo and redo history. Every change goes through {@link #execute}; the revision counts changes so the
 * window can tell whether the document differs from what was saved. Bounded: the oldest steps fall off.
 *
 * <p>FX thread only. Executing a command from inside another command's execute or undo is a bug and fails fast:
 * one user gesture is one command (build a {@link CompositeCommand} first when it needs several).
 */
public final class CommandStack {

    public static final int DEFAULT_LIMIT = 500;

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private boolean running;
    private boolean mergeAllowed = true;
    private long nextRevision;
    private long nextStepId;

    /** A command with an identity for the state it leaves; a merge gives the step a new identity. */
    private record Step(Command command, long id) {
    }

    public CommandStack() {
        this(DEFAULT_LIMIT);
    }

    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** Executes {@code command} and records it; clears what could be redone. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        run(command::execute);
        redo.clear();
        Step last = undo.peekLast();
        if (mergeAllowed && last != null && last.command().mergeWith(command)) {
            undo.removeLast();
            undo.addLast(new Step(last.command(), ++nextStepId));
            bump();
            return;
        }
        undo.addLast(new Step(command, ++nextStepId));
        if (undo.size() > limit) {
            undo.removeFirst();
        }
        mergeAllowed = true;
        bump();
    }

    /** Ends merging: the next command starts a new undo step even if the last one would absorb it. */
    public void closeStep() {
        mergeAllowed = false;
    }

    public void undo() {
        Step step = undo.pollLast();
        if (step == null) {
            return;
        }
        run(step.command()::undo);
        redo.addLast(step);
        mergeAllowed = false;
        bump();
    }

    public void redo() {
        Step step = redo.pollLast();
        if (step == null) {
            return;
        }
        run(step.command()::execute);
        undo.addLast(step);
        mergeAllowed = false;
        bump();
    }

    /** Forgets every step, as after opening another file. */
    public void clear() {
        undo.clear();
        redo.clear();
        bump();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peekLast()).map(step -> step.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peekLast()).map(step -> step.command().description());
    }

    /** Changes on every execute, undo, redo and clear: a signal to refresh, not a dirty flag (see {@link #stepMarker}). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * True when the history is back at the step that was current at {@code savedMarker}: undoing to the saved
     * state makes the document clean again.
     */
    public boolean isAtRevision(long savedMarker) {
        return stepMarker() == savedMarker;
    }

    /** An identity for the step now current, to remember at a save and pass to {@link #isAtRevision}. */
    public long stepMarker() {
        Step last = undo.peekLast();
        return last == null ? 0 : last.id();
    }

    private void run(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not execute another command; build a CompositeCommand");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void bump() {
        revision.set(++nextRevision);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
