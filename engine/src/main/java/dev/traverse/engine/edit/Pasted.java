package dev.traverse.engine.edit;

import dev.traverse.engine.model.Topology;
import java.util.List;
import java.util.Objects;

/**
 * The topology after a paste or duplicate, and the ids of the copies made of what was selected (new sites,
 * clusters, {@code CLUSTER/POOL}s and {@code SITE/DEVICE}s), in the order of the fragment.
 */
public record Pasted(Topology topology, List<String> newIds) {

    public Pasted {
        Objects.requireNonNull(topology, "topology");
        newIds = List.copyOf(newIds);
    }
}
