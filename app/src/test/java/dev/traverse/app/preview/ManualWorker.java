package dev.traverse.app.preview;

import java.util.ArrayList;
import java.util.List;

/** A {@link PreviewWorker} whose tasks run on the test's thread when the test says so. */
final class ManualWorker implements PreviewWorker {

    /** A task as scheduled, with its delay. */
    static final class Task {
        final Runnable work;
        final long delayMillis;
        boolean cancelled;

        Task(Runnable work, long delayMillis) {
            this.work = work;
            this.delayMillis = delayMillis;
        }
    }

    private final List<Task> queue = new ArrayList<>();
    private final List<Task> scheduled = new ArrayList<>();
    boolean shutDown;

    @Override
    public Scheduled schedule(Runnable task, long delayMillis) {
        Task t = new Task(task, delayMillis);
        queue.add(t);
        scheduled.add(t);
        return () -> {
            t.cancelled = true;
            queue.remove(t);
        };
    }

    /** Runs every task waiting, in order; returns how many ran. */
    int runAll() {
        int ran = 0;
        while (!queue.isEmpty()) {
            queue.remove(0).work.run();
            ran++;
        }
        return ran;
    }

    int waiting() {
        return queue.size();
    }

    /** Every task ever scheduled, cancelled ones too. */
    List<Task> scheduled() {
        return scheduled;
    }

    @Override
    public void shutdown() {
        shutDown = true;
        queue.clear();
    }
}
