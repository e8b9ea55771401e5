package dev.traverse.engine.placement;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DoNotSchedule spread: over the domains holding at least one host the workload could use by the static rules (an
 * empty host big enough, every rule of {@link HostRules} met), replica counts differ by at most {@code maxSkew};
 * within each cluster for workloads Karmada shares out by cluster ({@link ClusterScope}), and within each of the
 * workload's fallback groups (clusterAffinities) for workloads that have them: the replicas in the first group that
 * names a host's cluster are spread over that group's domains. Daemons and firmware are placed once per site or
 * device, not spread, and are left out.
 */
final class SpreadRule {

    private SpreadRule() {
    }

    static List<Violation> check(List<Workload> workloads, ModelHosts hosts, HostRules rules, List<Placed> placed) {
        Map<String, List<Placed>> byWorkload = new HashMap<>();
        placed.forEach(p -> byWorkload.computeIfAbsent(p.workload().name(), w -> new ArrayList<>()).add(p));
        List<Violation> found = new ArrayList<>();
        for (Workload w : workloads) {
            if (w.kind() == WorkloadKind.DAEMON || w.kind() == WorkloadKind.FIRMWARE) {
                continue;
            }
            List<SpreadConstraint> hard = w.spread().stream()
                    .filter(s -> s.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE).toList();
            if (hard.isEmpty()) {
                continue;
            }
            List<ModelHost> usable = hosts.all().stream().filter(h -> rules.usable(w, h)).toList();
            // Counted within each scope that holds a replica: the whole topology, or each cluster (ClusterScope).
            Map<String, List<Placed>> byScope = new TreeMap<>();
            byWorkload.getOrDefault(w.name(), List.of())
                    .forEach(p -> byScope.computeIfAbsent(scope(w, p.host()), k -> new ArrayList<>()).add(p));
            for (SpreadConstraint s : hard) {
                byScope.forEach((scope, inScope) -> {
                    Map<String, Integer> counts = new TreeMap<>();
                    usable.stream().filter(h -> scope(w, h).equals(scope))
                            .forEach(h -> counts.put(DomainKeys.of(s.over(), h), 0));
                    for (Placed p : inScope) {
                        counts.computeIfPresent(DomainKeys.of(s.over(), p.host()), (d, n) -> n + 1);
                    }
                    if (counts.isEmpty()) {
                        return;
                    }
                    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
                    int min = counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
                    if (max - min > s.maxSkew()) {
                        found.add(Violation.of(Violation.Kind.SPREAD, w.name(), -1, null, "skew " + (max - min)
                                + " over " + s.over() + (scope.isEmpty() ? "" : " in " + scope) + " exceeds maxSkew "
                                + s.maxSkew() + ": " + compact(counts)));
                    }
                });
            }
        }
        return found;
    }

    /** Where a host's replicas are counted: its cluster for cluster-bound workloads, and its fallback group. */
    private static String scope(Workload w, ModelHost h) {
        String scope = ClusterScope.of(w, h);
        for (var group : w.clusterAffinities()) {
            if (h.cluster() != null && group.clusters().contains(h.cluster().name())) {
                return scope + (scope.isEmpty() ? "" : " ") + "group " + group.name();
            }
        }
        return scope;
    }

    /** The counts, without a long tail of empty domains. */
    private static String compact(Map<String, Integer> counts) {
        Map<String, Integer> used = new TreeMap<>();
        counts.forEach((d, n) -> {
            if (n > 0) {
                used.put(d, n);
            }
        });
        long empty = counts.size() - used.size();
        return used + (empty == 0 ? "" : " and " + empty + " empty domain(s) such as "
                + counts.entrySet().stream().filter(e -> e.getValue() == 0).findFirst().orElseThrow().getKey());
    }
}
