package dev.traverse.engine.edit;

import dev.traverse.engine.model.Topology;
import java.util.Objects;

/**
 * The topology after an addition, and the element id of what was added (its name may have been made unique).
 *
 * @param topology the edited topology
 * @param id       the new element's id: a site or cluster name, {@code CLUSTER/POOL}, {@code SITE/DEVICE}, a
 *                 workload name, or a link's {@code FROM <-> TO}
 */
public record Added(Topology topology, String id) {

    public Added {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(id, "id");
    }
}
