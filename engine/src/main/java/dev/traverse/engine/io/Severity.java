package dev.traverse.engine.io;

/** How bad a problem is: errors make a file unusable, warnings are worth a look. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
