package dev.traverse.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How replicas go to the clusters a workload may use, in Karmada's terms: {@code Duplicated} puts all replicas in
 * each cluster; {@code Divided} shares them out, {@code Aggregated} (as few clusters as fit) or {@code Weighted} by
 * static {@code weights} per cluster or, with {@code dynamicWeight: AvailableReplicas}, by free capacity.
 *
 * @param division null unless divided
 */
public record ReplicaScheduling(ReplicaSchedulingType type, ReplicaDivision division, Map<String, Integer> weights,
                                boolean weightByAvailableReplicas) {

    public static final String AVAILABLE_REPLICAS = "AvailableReplicas";

    public ReplicaScheduling {
        Objects.requireNonNull(type, "type");
        weights = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(weights, "weights")));
        weights.forEach((cluster, weight) -> {
            Names.requireName("cluster", cluster);
            Names.atLeast("weight of " + cluster, 1, weight);
        });
        if (type == ReplicaSchedulingType.DUPLICATED) {
            if (division != null || !weights.isEmpty() || weightByAvailableReplicas) {
                throw new IllegalArgumentException("Duplicated scheduling takes no division or weights");
            }
        } else if (division == ReplicaDivision.WEIGHTED) {
            if (weights.isEmpty() == !weightByAvailableReplicas) {
                throw new IllegalArgumentException(
                        "Weighted division needs either weights or dynamicWeight: AvailableReplicas, not both");
            }
        } else if (!weights.isEmpty() || weightByAvailableReplicas) {
            throw new IllegalArgumentException("weights apply to Weighted division only");
        }
    }
}
