package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file as reading goes on, so that all of them are reported in one pass. */
final class Problems {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int errors;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(SourcePosition position, String path, String message, Problem.Related... related) {
        problems.add(new Problem(Severity.ERROR, file, position, path, message, List.of(related)));
        errors++;
    }

    void warning(SourcePosition position, String path, String message, Problem.Related... related) {
        problems.add(new Problem(Severity.WARNING, file, position, path, message, List.of(related)));
    }

    int errorCount() {
        return errors;
    }

    /** The problems in file order (stable for problems at the same place). */
    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
        return sorted;
    }
}
