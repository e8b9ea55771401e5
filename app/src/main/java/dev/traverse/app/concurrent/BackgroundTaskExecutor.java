package dev.traverse.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} with a small pool of daemon threads (they never keep the application alive) that hands
 * outcomes to the UI thread through {@code uiExecutor}, {@code Platform::runLater} in the application.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private static final int THREADS = 2;

    private final ExecutorService workers;
    private final Executor uiExecutor;

    public BackgroundTaskExecutor(Executor uiExecutor) {
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.workers = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Handoff.run(workers, uiExecutor, work, onSuccess, onFailure);
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "traverse-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
