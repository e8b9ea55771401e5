package dev.traverse.engine.placement;

import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replicas divided by static weights (Karmada's {@code Divided} with {@code Weighted} and a static weight list): no
 * cluster holds more than its share. The shares go to the clusters the workload may use, in file order, in
 * proportion to their weights (a cluster not listed weighs 0, all clusters equally when none weighs anything), each
 * the whole part of its exact share, the replicas left over to the largest remainders, earlier clusters first on a
 * tie. Pinned replicas keep their hosts, so workloads with pins are not checked; nor are weights by free capacity,
 * which depend on an estimate.
 */
final class DivisionRule {

    private DivisionRule() {
    }

    static List<Violation> check(List<Workload> workloads, ModelHosts hosts, HostRules rules, List<Placed> placed) {
        List<Violation> found = new ArrayList<>();
        for (Workload w : workloads) {
            ReplicaScheduling s = w.replicaScheduling();
            if (s == null || s.type() != ReplicaSchedulingType.DIVIDED || s.division() != ReplicaDivision.WEIGHTED
                    || s.weightByAvailableReplicas() || !w.pins().isEmpty()) {
                continue;
            }
            Map<String, Integer> shares = shares(w, s, hosts, rules);
            Map<String, Integer> held = new LinkedHashMap<>();
            for (Placed p : placed) {
                if (p.workload() == w && !p.host().isDevice()) {
                    held.merge(p.host().cluster().name(), 1, Integer::sum);
                }
            }
            held.forEach((cluster, count) -> {
                int share = shares.getOrDefault(cluster, 0);
                if (count > share) {
                    found.add(Violation.of(Violation.Kind.DIVISION, w.name(), -1, null,
                            count + " replicas in cluster " + cluster + ", more than its share of " + share
                                    + " (shares " + shares + ")"));
                }
            });
        }
        return found;
    }

    /** Each usable cluster's share of the replicas, in file order. */
    private static Map<String, Integer> shares(Workload w, ReplicaScheduling s, ModelHosts hosts, HostRules rules) {
        List<String> clusters = new ArrayList<>();
        for (ModelHost h : hosts.all()) {
            if (!h.isDevice() && !clusters.contains(h.cluster().name()) && rules.usable(w, h)) {
                clusters.add(h.cluster().name());
            }
        }
        double sum = 0;
        for (String c : clusters) {
            sum += s.weights().getOrDefault(c, 0);
        }
        int total = w.replicas();
        int[] share = new int[clusters.size()];
        double[] left = new double[clusters.size()];
        int given = 0;
        for (int i = 0; i < clusters.size(); i++) {
            double exact = sum > 0 ? total * (double) s.weights().getOrDefault(clusters.get(i), 0) / sum
                    : (double) total / clusters.size();
            share[i] = (int) Math.floor(exact);
            left[i] = exact - share[i];
            given += share[i];
        }
        for (; given < total && !clusters.isEmpty(); given++) {
            int largest = 0;
            for (int i = 1; i < left.length; i++) {
                largest = left[i] > left[largest] ? i : largest;
            }
            share[largest]++;
            left[largest] = -1;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            out.put(clusters.get(i), share[i]);
        }
        return out;
    }
}
