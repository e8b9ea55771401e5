package dev.traverse.engine.edit;

import dev.traverse.engine.model.Topology;
import java.util.Objects;
import java.util.Set;

/**
 * Copied elements, ready to paste: a small topology holding copies of the selected sites, clusters, node pools and
 * device groups with their descendants, the links among them and their layout. A cluster, pool or device group
 * copied without its parent sits in a <em>holder</em>: a copy of its parent with only the copied children, which a
 * paste puts the children back into when the parent exists there, and adds whole when it does not.
 *
 * @param content the copies, as a topology without workloads
 * @param holders the names of the sites and clusters in {@code content} that only hold copied children
 */
public record Fragment(Topology content, Set<String> holders) {

    public Fragment {
        Objects.requireNonNull(content, "content");
        holders = Set.copyOf(holders);
    }

    /** True when nothing was copied. */
    public boolean isEmpty() {
        return content.sites().isEmpty();
    }
}
