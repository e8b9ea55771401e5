package dev.traverse.app.log;

import java.time.Instant;
import java.util.Objects;

/** One line of the log: when, how serious, what. */
public record LogEntry(Instant time, LogLevel level, String text) {

    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
