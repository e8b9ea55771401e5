package dev.traverse.canvas.command;

/**
 * One undoable change. {@link #execute()} is called once when the change is made and again on every redo;
 * {@link #undo()} puts back exactly what execute changed. FX thread only.
 */
public interface Command {

    void execute();

    void undo();

    /** Shown in Edit ▸ Undo and Redo: "Move 3 elements", "Delete site store-017". */
    String description();

    /**
     * Lets a command absorb the next one, so that consecutive small changes (the arrow key pressed ten times) undo
     * in one step. Called only after {@code next} was executed; returns false by default.
     */
    default boolean mergeWith(Command next) {
        return false;
    }
}
