package dev.traverse.app.preview;

/**
 * Where preview work runs: one thread, tasks one at a time in the order they fall due, so that a run never
 * overlaps another and the warm start passes from run to run without locks. The application uses
 * {@link ComputeWorker}; tests may run tasks when they choose.
 */
public interface PreviewWorker {

    /** Runs {@code task} on the worker after {@code delayMillis}, unless cancelled first. Any thread. */
    Scheduled schedule(Runnable task, long delayMillis);

    /** Stops the worker; a running task is asked to stop by its cancellation check, not interrupted. */
    void shutdown();

    /** A task handed to the worker. */
    @FunctionalInterface
    interface Scheduled {
        /** Drops the task if it has not started; does nothing once it has. */
        void cancel();
    }
}
