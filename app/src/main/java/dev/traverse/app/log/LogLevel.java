package dev.traverse.app.log;

/** How a log line reads: plain news, a success (a save), a warning, or an error. */
public enum LogLevel {
    INFO, SUCCESS, WARNING, ERROR
}
