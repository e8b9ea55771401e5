package dev.traverse.app.testing;

import dev.traverse.app.concurrent.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs tasks on the calling thread: at once, or when {@link #runPending()} is called after holding them with
 * {@link #hold()}, to test what happens when reads finish out of order.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private boolean holding;

    /** Keeps tasks until {@link #runPending()} or {@link #runLast()}. */
    public void hold() {
        holding = true;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        };
        if (holding) {
            pending.add(task);
        } else {
            task.run();
        }
    }

    /** Runs the held tasks, oldest first. */
    public void runPending() {
        while (!pending.isEmpty()) {
            pending.removeFirst().run();
        }
    }

    /** Runs the newest held task only. */
    public void runLast() {
        pending.removeLast().run();
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
