package dev.traverse.engine.io;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a topology file, positioned so that people and editors can jump to it:
 * {@code FILE:LINE:COLUMN: PATH: MESSAGE}, where PATH is the field's path such as
 * {@code spec.sites[2].clusters[0].nodes[3].capacity.memory}.
 *
 * @param related other places that explain the problem, such as the first definition of a duplicated name
 */
public record Problem(Severity severity, String file, SourcePosition position, String path, String message,
                      List<Related> related) {

    /** Another place in the same file that a problem refers to. */
    public record Related(SourcePosition position, String note) {
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style one-line form, followed by one indented line per related place. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(position).append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        for (Related r : related) {
            sb.append(System.lineSeparator()).append("    ").append(file).append(':').append(r.position())
                    .append(": ").append(r.note());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
