package dev.traverse.app.preview;

import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PreviewWorker} on one daemon thread (it never keeps the application alive), named so that it is easy to
 * spot in a thread dump.
 */
public final class DaemonPreviewWorker implements PreviewWorker {

    private final ScheduledThreadPoolExecutor executor;

    public DaemonPreviewWorker(String threadName) {
        Objects.requireNonNull(threadName, "threadName");
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
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
    public void shutdown() {
        executor.shutdown();
    }
}
