package dev.traverse.app.testing;

import dev.traverse.app.concurrent.UiTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link UiTimer} whose clock moves only when a test calls {@link #advance}; actions run on the caller's thread. */
public final class ManualUiTimer implements UiTimer {

    private final class Entry implements Scheduled {
        final long due;
        final Runnable action;
        boolean cancelled;

        Entry(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long now;

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now + delay.toMillis(), action);
        entries.add(entry);
        return entry;
    }

    /** Moves the clock on, running every action that falls due, in order. */
    public void advance(Duration by) {
        long until = now + by.toMillis();
        while (true) {
            Entry next = entries.stream().filter(e -> !e.cancelled && e.due <= until)
                    .min(Comparator.comparingLong(e -> e.due)).orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
        entries.removeIf(e -> e.cancelled);
    }

    /** How many actions are waiting. */
    public long pending() {
        return entries.stream().filter(e -> !e.cancelled).count();
    }
}
