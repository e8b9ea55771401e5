package dev.traverse.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs work on a worker and hands exactly one outcome, result or failure, to the UI thread. */
public final class Handoff {

    private Handoff() {
    }

    /** The {@link TaskExecutor#run} contract on a given worker and UI executor. */
    public static <T> void run(Executor worker, Executor ui, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) { // the UI reports it; a worker thread has no one else to tell
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }
}
