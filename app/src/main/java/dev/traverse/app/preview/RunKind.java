package dev.traverse.app.preview;

/** How a preview run places the topology. */
public enum RunKind {
    /**
     * From the previous run's warm start: unaffected replicas stay where they were and nothing else moves, so the
     * preview does not flicker after an edit. No improvement pass.
     */
    INCREMENTAL,
    /** From scratch, improvement pass included (F5 and the first preview). */
    FULL
}
