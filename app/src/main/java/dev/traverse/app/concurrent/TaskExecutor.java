package dev.traverse.app.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work, such as reading files, away from the UI thread and hands the outcome back to it. View models get
 * one through their constructor, so that tests can pass an executor that runs everything at once.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} on a background thread, then exactly one of {@code onSuccess} and {@code onFailure} on the
     * UI thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work; running work is abandoned. */
    void shutdown();
}
