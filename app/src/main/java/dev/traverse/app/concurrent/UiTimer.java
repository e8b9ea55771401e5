package dev.traverse.app.concurrent;

import java.time.Duration;

/**
 * Runs something on the UI thread after a delay: debounced validation, periodic autosave. View models get one
 * through their constructor so that tests can advance time by hand. UI thread only.
 */
public interface UiTimer {

    /** A scheduled run that has not happened yet. */
    interface Scheduled {
        /** Stops the run if it has not happened; does nothing otherwise. */
        void cancel();
    }

    /** Runs {@code action} on the UI thread once {@code delay} has passed. */
    Scheduled schedule(Duration delay, Runnable action);
}
