package dev.traverse.engine.placement;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Required inter-workload terms, as Kubernetes' pod (anti-)affinity: a replica with {@code affinity: {workload: V,
 * over: K}} shares its K-domain with a replica of V; with {@code antiAffinity} it shares it with none. A workload
 * with affinity to itself needs a companion only once it has more than one replica placed (the first goes anywhere;
 * the first in each cluster, for workloads Karmada shares out by cluster: {@link ClusterScope}).
 */
final class WorkloadTermRule {

    private final Map<String, List<Placed>> byWorkload = new HashMap<>();
    /** Replicas placed per workload and {@link ClusterScope}: the first in its scope needs no companion. */
    private final Map<String, Integer> placedCount = new HashMap<>();

    private WorkloadTermRule(List<Placed> placed) {
        for (Placed p : placed) {
            byWorkload.computeIfAbsent(p.workload().name(), w -> new ArrayList<>()).add(p);
            placedCount.merge(scoped(p), 1, Integer::sum);
        }
    }

    private static String scoped(Placed p) {
        return p.workload().name() + "@" + ClusterScope.of(p.workload(), p.host());
    }

    static List<Violation> check(List<Placed> placed) {
        WorkloadTermRule rule = new WorkloadTermRule(placed);
        List<Violation> found = new ArrayList<>();
        for (Placed p : placed) {
            for (AffinityTerm t : p.workload().affinity()) {
                if (t.isRequired() && t.workload() != null) {
                    rule.affinity(p, t, found);
                }
            }
            for (AffinityTerm t : p.workload().antiAffinity()) {
                if (t.isRequired() && t.workload() != null) {
                    rule.antiAffinity(p, t, found);
                }
            }
        }
        return found;
    }

    private void affinity(Placed p, AffinityTerm t, List<Violation> found) {
        boolean self = t.workload().equals(p.workload().name());
        if (self && placedCount.getOrDefault(scoped(p), 0) == 1) {
            return;
        }
        TopologyKey key = t.overOrDefault();
        if (companions(p, t.workload(), key).isEmpty()) {
            found.add(Violation.of(Violation.Kind.WORKLOAD_AFFINITY, p.workload().name(), p.replica(), p.host().name(),
                    "no replica of " + t.workload() + " in its " + key + " " + DomainKeys.of(key, p.host())));
        }
    }

    private void antiAffinity(Placed p, AffinityTerm t, List<Violation> found) {
        TopologyKey key = t.overOrDefault();
        List<Placed> sharing = companions(p, t.workload(), key);
        if (!sharing.isEmpty()) {
            found.add(Violation.of(Violation.Kind.WORKLOAD_ANTI_AFFINITY, p.workload().name(), p.replica(),
                    p.host().name(), "shares " + key + " " + DomainKeys.of(key, p.host()) + " with "
                            + sharing.stream().map(o -> o.label() + " on " + o.host().name()).toList()));
        }
    }

    /** The other replicas of a workload in the replica's domain of a key. */
    private List<Placed> companions(Placed p, String workload, TopologyKey key) {
        String domain = DomainKeys.of(key, p.host());
        return byWorkload.getOrDefault(workload, List.of()).stream()
                .filter(o -> o != p && DomainKeys.of(key, o.host()).equals(domain))
                .toList();
    }
}
