package dev.traverse.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {

    /** Stands in for the UI thread: callbacks queue here and the test thread runs them. */
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor(ui::add);
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    @AfterEach
    void tearDown() {
        executor.shutdown();
    }

    private void runNextUiCallback() throws InterruptedException {
        Runnable callback = ui.poll(5, TimeUnit.SECONDS);
        assertThat(callback).as("a callback for the UI thread").isNotNull();
        callback.run();
    }

    @Test
    void runsWorkOnADaemonWorkerAndHandsTheResultToTheUiExecutor() throws InterruptedException {
        Thread caller = Thread.currentThread();
        executor.run(() -> Thread.currentThread(), worker -> outcomes.add(worker), outcomes::add);

        runNextUiCallback();
        Thread worker = (Thread) outcomes.poll();
        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.isDaemon()).isTrue();
    }

    @Test
    void failuresGoToOnFailure() throws InterruptedException {
        IllegalStateException boom = new IllegalStateException("boom");
        executor.run(() -> {
            throw boom;
        }, outcomes::add, error -> outcomes.add("failed: " + error.getMessage()));

        runNextUiCallback();
        assertThat(outcomes.poll()).isEqualTo("failed: boom");
    }
}
