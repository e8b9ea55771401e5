package dev.traverse.engine.io;

import dev.traverse.engine.model.Topology;
import java.util.Objects;

/**
 * A topology as a file holds it: the model and the comment block at the top of the file, which saving keeps.
 *
 * @param headerComment the leading comment lines, each starting with '#', without the final newline; empty if none
 */
public record TopologyDocument(String headerComment, Topology topology) {

    public TopologyDocument {
        Objects.requireNonNull(headerComment, "headerComment");
        Objects.requireNonNull(topology, "topology");
    }

    public static TopologyDocument of(Topology topology) {
        return new TopologyDocument("", topology);
    }
}
