package dev.traverse.engine.generate;

import dev.traverse.engine.generate.Inventory.Pool;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.TopologyKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a workload's {@link PlacementStyle} as constraints derived from its anchor pool, the pool it was sized
 * for: the anchor's site, cluster, nodes, labels, country. Whatever the style names therefore exists and can hold
 * the workload.
 */
final class StyleConstraints {

    private static final int OTHER_POOL_TRIES = 8;

    private final SplittableRandom rng;
    private final Inventory inventory;
    private final CapacityLedger ledger;
    private final ClusterWorkloads earlier;

    StyleConstraints(SplittableRandom rng, Inventory inventory, CapacityLedger ledger, ClusterWorkloads earlier) {
        this.rng = rng;
        this.inventory = inventory;
        this.ledger = ledger;
        this.earlier = earlier;
    }

    /**
     * Applies the style; returns the style applied, {@link PlacementStyle#FREE} when the topology offers nothing for
     * it (no second cluster, no earlier workload in the cluster).
     */
    PlacementStyle apply(WorkloadDraft d, PlacementStyle style, Pool anchor, RequestSizes.Size size) {
        return switch (style) {
            case NODE_SELECTOR -> nodeSelector(d, anchor);
            case JURISDICTION -> jurisdiction(d, anchor);
            case SITE_AFFINITY -> siteAffinity(d, anchor);
            case CLUSTER_AFFINITY -> clusterAffinity(d, anchor);
            case NODE_AFFINITY -> nodeAffinity(d, anchor);
            case LABEL_AFFINITY -> labelAffinity(d, anchor);
            case WORKLOAD_AFFINITY -> workloadAffinity(d, anchor);
            case CLUSTER_FALLBACK -> clusterFallback(d, anchor);
            case REPLICA_SCHEDULING -> replicaScheduling(d, anchor, size);
            case PIN -> pin(d, anchor);
            default -> style;
        };
    }

    private PlacementStyle nodeSelector(WorkloadDraft d, Pool anchor) {
        Map<String, String> labels = anchor.node().labels();
        List<String> keys = new ArrayList<>(labels.keySet());
        String key = Draw.one(rng, keys);
        d.nodeSelector.put(key, labels.get(key));
        if (Draw.chance(rng, 0.2)) {
            String second = Draw.one(rng, keys);
            d.nodeSelector.put(second, labels.get(second));
        }
        return PlacementStyle.NODE_SELECTOR;
    }

    private PlacementStyle jurisdiction(WorkloadDraft d, Pool anchor) {
        String country = inventory.site(anchor.site()).jurisdiction();
        if (country == null) {
            return PlacementStyle.FREE;
        }
        d.jurisdictions.add(Jurisdictions.EU.contains(country) && Draw.chance(rng, 0.6) ? "EU" : country);
        return PlacementStyle.JURISDICTION;
    }

    private PlacementStyle siteAffinity(WorkloadDraft d, Pool anchor) {
        List<String> sites = new ArrayList<>();
        sites.add(inventory.site(anchor.site()).name());
        Pool other = Draw.chance(rng, 0.3) ? otherPool(anchor) : null;
        if (other != null && other.site() != anchor.site()) {
            sites.add(inventory.site(other.site()).name());
        }
        d.affinity.add(new AffinityTerm(sites, List.of(), List.of(), Map.of(), null, null, preferredOrRequired(0.2)));
        return PlacementStyle.SITE_AFFINITY;
    }

    private PlacementStyle clusterAffinity(WorkloadDraft d, Pool anchor) {
        List<String> clusters = new ArrayList<>();
        clusters.add(anchor.clusterName());
        Pool other = Draw.chance(rng, 0.25) ? otherPool(anchor) : null;
        if (other != null) {
            clusters.add(other.clusterName());
        }
        d.affinity.add(new AffinityTerm(List.of(), clusters, List.of(), Map.of(), null, null,
                preferredOrRequired(0.2)));
        return PlacementStyle.CLUSTER_AFFINITY;
    }

    private PlacementStyle nodeAffinity(WorkloadDraft d, Pool anchor) {
        int count = anchor.node().count();
        int wanted = Math.min(count, Draw.between(rng, 2, 4));
        int start = rng.nextInt(count);
        List<String> nodes = new ArrayList<>(wanted);
        for (int i = 0; i < wanted; i++) {
            nodes.add(anchor.ref((start + i) % count));
        }
        d.affinity.add(new AffinityTerm(List.of(), List.of(), nodes, Map.of(), null, null, null));
        return PlacementStyle.NODE_AFFINITY;
    }

    private PlacementStyle labelAffinity(WorkloadDraft d, Pool anchor) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PoolRole.LABEL, anchor.role().label());
        String capacityType = anchor.node().labels().get(NodePools.CAPACITY_TYPE_LABEL);
        if (capacityType != null && Draw.chance(rng, 0.3)) {
            labels.put(NodePools.CAPACITY_TYPE_LABEL, capacityType);
        }
        d.affinity.add(new AffinityTerm(List.of(), List.of(), List.of(), labels, null, null, preferredOrRequired(0.4)));
        return PlacementStyle.LABEL_AFFINITY;
    }

    private PlacementStyle workloadAffinity(WorkloadDraft d, Pool anchor) {
        String confined = earlier.confinedTo(anchor.cluster(), rng);
        if (confined != null && Draw.chance(rng, 0.5)) {
            // run in the same cluster as a workload that can only be there: a hard requirement that holds
            d.affinity.add(workloadTerm(confined, TopologyKey.CLUSTER, null));
            return PlacementStyle.WORKLOAD_AFFINITY;
        }
        String any = earlier.anyIn(anchor.cluster(), rng);
        if (any == null) {
            return PlacementStyle.FREE;
        }
        TopologyKey over = anchor.node().zone() != null && Draw.chance(rng, 0.5) ? TopologyKey.ZONE
                : Draw.chance(rng, 0.5) ? TopologyKey.CLUSTER : TopologyKey.SITE;
        d.affinity.add(workloadTerm(any, over, Draw.between(rng, 20, 100)));
        return PlacementStyle.WORKLOAD_AFFINITY;
    }

    private PlacementStyle clusterFallback(WorkloadDraft d, Pool anchor) {
        Pool burst = otherPool(anchor);
        if (burst == null) {
            return PlacementStyle.FREE;
        }
        d.clusterAffinities.add(new ClusterAffinity("primary", List.of(anchor.clusterName())));
        d.clusterAffinities.add(new ClusterAffinity("burst", List.of(burst.clusterName())));
        Pool last = Draw.chance(rng, 0.3) ? otherPool(anchor) : null;
        if (last != null && last.cluster() != burst.cluster()) {
            d.clusterAffinities.add(new ClusterAffinity("last-resort", List.of(last.clusterName())));
        }
        return PlacementStyle.CLUSTER_FALLBACK;
    }

    private PlacementStyle replicaScheduling(WorkloadDraft d, Pool anchor, RequestSizes.Size size) {
        Pool other = d.replicas >= 2 ? otherPool(anchor) : null;
        if (other == null) {
            return PlacementStyle.FREE;
        }
        switch (Draw.weighted(rng, new double[] {45, 20, 15, 20})) {
            case 0 -> d.replicaScheduling = new ReplicaScheduling(ReplicaSchedulingType.DIVIDED,
                    ReplicaDivision.WEIGHTED,
                    Map.of(anchor.clusterName(), Draw.between(rng, 2, 4), other.clusterName(), 1), false);
            case 1 -> d.replicaScheduling = new ReplicaScheduling(ReplicaSchedulingType.DIVIDED,
                    ReplicaDivision.AGGREGATED, Map.of(), false);
            case 2 -> d.replicaScheduling = new ReplicaScheduling(ReplicaSchedulingType.DIVIDED,
                    ReplicaDivision.WEIGHTED, Map.of(), true);
            default -> {
                d.replicaScheduling = new ReplicaScheduling(ReplicaSchedulingType.DUPLICATED, null, Map.of(), false);
                // a full copy runs in the second cluster too
                ledger.take(other.id(), size.cpuMilli(), size.memoryBytes(), size.gpus(), d.replicas);
            }
        }
        d.affinity.add(new AffinityTerm(List.of(), List.of(anchor.clusterName(), other.clusterName()), List.of(),
                Map.of(), null, null, null));
        return PlacementStyle.REPLICA_SCHEDULING;
    }

    private PlacementStyle pin(WorkloadDraft d, Pool anchor) {
        int count = anchor.node().count();
        int first = rng.nextInt(count);
        d.pins.add(new Pin(0, anchor.ref(first)));
        if (d.replicas >= 2 && count >= 2 && Draw.chance(rng, 0.3)) {
            d.pins.add(new Pin(1, anchor.ref((first + 1) % count)));
        }
        return PlacementStyle.PIN;
    }

    /** Another pool of the anchor's kind and arch, in another cluster, or null when none turns up. */
    Pool otherPool(Pool anchor) {
        for (int i = 0; i < OTHER_POOL_TRIES; i++) {
            int id = ledger.draw(anchor.category(), rng);
            if (id < 0) {
                return null;
            }
            Pool p = inventory.pool(id);
            if (p.cluster() != anchor.cluster() && p.node().arch() == anchor.node().arch()) {
                return p;
            }
        }
        return null;
    }

    private static AffinityTerm workloadTerm(String workload, TopologyKey over, Integer preferred) {
        return new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), workload, over, preferred);
    }

    private Integer preferredOrRequired(double preferredChance) {
        return Draw.chance(rng, preferredChance) ? Draw.between(rng, 20, 100) : null;
    }
}
