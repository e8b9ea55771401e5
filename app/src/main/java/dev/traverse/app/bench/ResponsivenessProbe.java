package dev.traverse.app.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps a queued event waiting: a probe thread queues a task every
 * {@link #INTERVAL_NANOS} (one at a time) and records the time from queueing to running. A mouse or key event waits
 * in the same queue, so the longest wait is the longest the window stops answering the user. Pulses are on the same
 * thread: a wait spans whatever pulse, layout or handler was running when the task was queued.
 */
final class ResponsivenessProbe {

    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final FrameSeries waits = new FrameSeries();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private Thread thread;

    /** Starts queueing; call on the FX thread. */
    void start() {
        running.set(true);
        thread = new Thread(this::run, "responsiveness-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops queueing; call on the FX thread, which then owns the waits recorded. */
    void stop() {
        running.set(false);
    }

    /** The waits recorded, in milliseconds; read on the FX thread after {@link #stop()}. */
    FrameSeries waits() {
        return waits;
    }

    private void run() {
        while (running.get()) {
            if (inFlight.compareAndSet(false, true)) {
                long queued = System.nanoTime();
                Platform.runLater(() -> {
                    if (running.get()) {
                        waits.add((System.nanoTime() - queued) / 1e6);
                    }
                    inFlight.set(false);
                });
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }
}
