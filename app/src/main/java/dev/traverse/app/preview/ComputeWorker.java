package dev.traverse.app.preview;

import dev.traverse.app.concurrent.Handoff;
import dev.traverse.app.concurrent.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread for the designer's heavy work: placement previews and the model checks after edits. On a
 * two-core machine two such jobs at once leave the FX and render threads waiting for a core; in one queue they take
 * turns and a core stays free for the window. The thread runs at the lowest priority, so that whenever the FX or
 * render thread has work, it gets the processor first; the launcher maps that priority to the operating system's
 * lowest (on Linux, Java ignores priorities unless told to). File reading and writing stay on the application's
 * task executor.
 */
public final class ComputeWorker implements PreviewWorker, TaskExecutor {

    private final ScheduledThreadPoolExecutor executor;
    private final Executor fxThread;

    /**
     * @param fxThread how outcomes of {@link #run} reach the UI thread: {@code Platform::runLater}
     */
    public ComputeWorker(String threadName, Executor fxThread) {
        Objects.requireNonNull(threadName, "threadName");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        // Debounced runs are cancelled often; do not keep them queued until their delay runs out.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Scheduled schedule(Runnable task, long delayMillis) {
        ScheduledFuture<?> future = executor.schedule(Objects.requireNonNull(task, "task"), Math.max(0, delayMillis),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Handoff.run(executor, fxThread, work, onSuccess, onFailure);
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
