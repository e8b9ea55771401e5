package dev.traverse.app.log;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log the application appends to (saves, previews, errors): timestamped lines, newest last, at most
 * {@code capacity} of them (the oldest go first). Work finishing on other threads reports through the task
 * executor, which calls back on the FX thread. FX thread only.
 */
public final class LogViewModel {

    /** How many lines the log keeps by default. */
    public static final int DEFAULT_CAPACITY = 1000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final int capacity;
    private final DateTimeFormatter time;
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    /** A log of {@link #DEFAULT_CAPACITY} lines timed by the system clock in the local time zone. */
    public LogViewModel() {
        this(Clock.systemDefaultZone(), DEFAULT_CAPACITY);
    }

    /**
     * @param clock    gives each line its time, and the zone it is shown in
     * @param capacity how many lines to keep, at least 1
     */
    public LogViewModel(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        ZoneId zone = clock.getZone();
        this.time = TIME.withZone(zone);
    }

    /** The lines, oldest first. */
    public ObservableList<LogEntry> entries() {
        return readOnlyEntries;
    }

    public void info(String text) {
        append(LogLevel.INFO, text);
    }

    public void success(String text) {
        append(LogLevel.SUCCESS, text);
    }

    public void warning(String text) {
        append(LogLevel.WARNING, text);
    }

    public void error(String text) {
        append(LogLevel.ERROR, text);
    }

    /** Appends a line stamped with the clock's time, dropping the oldest lines beyond the capacity. */
    public void append(LogLevel level, String text) {
        LogEntry entry = new LogEntry(clock.instant(), Objects.requireNonNull(level, "level"),
                Objects.requireNonNull(text, "text"));
        int overflow = entries.size() + 1 - capacity;
        if (overflow > 0) {
            entries.remove(0, overflow);
        }
        entries.add(entry);
    }

    public void clear() {
        entries.clear();
    }

    /** A line's time as shown: {@code 14:03:27} in the clock's zone. */
    public String time(LogEntry entry) {
        return time.format(entry.time());
    }

    /** One line as copied: {@code 14:03:27  ERROR  text}, the level left out for plain news. */
    public String line(LogEntry entry) {
        String level = entry.level() == LogLevel.INFO ? "" : entry.level() + "  ";
        return time(entry) + "  " + level + entry.text();
    }

    /** The given lines as the clipboard gets them, one per line. */
    public String text(Collection<LogEntry> lines) {
        return lines.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    /** The whole log as text. */
    public String text() {
        return text(entries);
    }
}
