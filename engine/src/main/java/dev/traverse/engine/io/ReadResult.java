package dev.traverse.engine.io;

import java.util.List;
import java.util.Optional;

/**
 * What reading a topology file gives: the document when the file has no errors, and every problem found, errors and
 * warnings, in file order.
 */
public record ReadResult(Optional<TopologyDocument> document, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
