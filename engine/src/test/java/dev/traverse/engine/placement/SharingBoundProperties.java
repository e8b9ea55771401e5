package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Topology;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The affinity objective's bound on how replicas share domains (replicas beyond a ScheduleAnyway spread's maxSkew over
 * every key, preferred anti-affinity to itself, preferred affinity to a workload with one replica) never exceeds the
 * least objective exhaustive search finds, on small estates of one cluster with zones of different room, a spare
 * cluster, and workloads held to fallback groups or confined to a cluster. Only that objective is weighed, and
 * resilience with it, so the bound is mostly these parts.
 */
class SharingBoundProperties {

    private static final PlacementOptions AFFINITY_ONLY = PlacementFixtures.weighing("affinity");
    private static final List<String> KEYS = List.of("node", "zone", "cluster", "site");

    @Provide
    Arbitrary<Topology> estates() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofSize(48).map(SharingBoundProperties::build);
    }

    /** Resilience too: it is bounded class by class with the skew, the credits and the per-replica bounds. */
    private static final PlacementOptions WITH_RESILIENCE = PlacementFixtures.weighing("resilience", "affinity");

    @Property(tries = 150)
    void theBoundStaysAtOrBelowTheOptimum(@ForAll("estates") Topology t) {
        assertWithinOptimum(t, AFFINITY_ONLY);
    }

    @Property(tries = 150)
    void withResilienceTheBoundStaysAtOrBelowTheOptimum(@ForAll("estates") Topology t) {
        assertWithinOptimum(t, WITH_RESILIENCE);
    }

    private static void assertWithinOptimum(Topology t, PlacementOptions options) {
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, options);
        PlacementResult result = PlacementEngine.place(t, options);

        if (best.allFit() && result.unplaced().isEmpty()) {
            assertThat(result.lowerBound()).as("bound above the optimum, %s", best)
                    .isLessThanOrEqualTo(best.leastObjective() + 1e-9);
        }
    }

    /** At most 6 hosts and 5 replicas, so that exhaustive search stays within its limit. */
    private static Topology build(List<Integer> v) {
        int[] next = {0};
        java.util.function.IntUnaryOperator pick = n -> v.get(next[0]++) % n;
        StringBuilder yaml = new StringBuilder("""
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata:
                  name: t
                spec:
                  sites:
                    - name: weu
                      kind: cloud-region
                      provider: azure
                      clusters:
                        - name: aks
                          nodes:
                """);
        int pools = 1 + pick.applyAsInt(3);
        int hosts = 0;
        for (int p = 0; p < pools; p++) {
            int count = Math.min(1 + pick.applyAsInt(2), 5 - hosts - (pools - p - 1));
            hosts += count;
            yaml.append("            - {name: p").append(p).append(", count: ").append(count)
                    .append(", zone: z").append(pick.applyAsInt(3)).append(", capacity: {cpu: ")
                    .append(1 + pick.applyAsInt(4)).append(", memory: 16Gi}}\n");
        }
        yaml.append("""
                        - name: spare
                          nodes:
                            - {name: c, zone: s1, capacity: {cpu: 4, memory: 16Gi}}
                  workloads:
                """);
        int workloads = 1 + pick.applyAsInt(2);
        int replicasLeft = 5;
        boolean companion = pick.applyAsInt(2) == 0;
        if (companion) {
            // A workload others prefer to join: met only where its one replica is.
            replicasLeft--;
            yaml.append("    - name: t\n      kind: service\n      image: example.com/t:1\n")
                    .append("      resources: {cpu: 1, memory: 1Gi}\n");
        }
        for (int w = 0; w < workloads && replicasLeft >= 2; w++) {
            int replicas = Math.min(2 + pick.applyAsInt(3), replicasLeft);
            replicasLeft -= replicas;
            yaml.append("    - name: w").append(w).append("\n      kind: service\n      image: example.com/w:1\n")
                    .append("      replicas: ").append(replicas).append("\n")
                    .append("      resources: {cpu: ").append(1 + pick.applyAsInt(2)).append(", memory: 1Gi}\n");
            List<String> affinity = new java.util.ArrayList<>();
            switch (pick.applyAsInt(3)) {
                case 0 -> yaml.append("      clusterAffinities: [{name: primary, clusters: [aks]}]\n");
                case 1 -> affinity.add("{clusters: [aks]}");
                default -> { }
            }
            if (companion && pick.applyAsInt(3) > 0) {
                affinity.add("{workload: t, over: " + List.of("zone", "cluster", "site").get(pick.applyAsInt(3))
                        + ", preferred: " + (10 + pick.applyAsInt(91)) + "}");
            }
            if (!affinity.isEmpty()) {
                yaml.append("      affinity: [").append(String.join(", ", affinity)).append("]\n");
            }
            if (pick.applyAsInt(4) > 0) {
                yaml.append("      spread: [{over: ").append(KEYS.get(pick.applyAsInt(KEYS.size())))
                        .append(", maxSkew: ").append(1 + pick.applyAsInt(2))
                        .append(", whenUnsatisfiable: ScheduleAnyway}]\n");
            }
            if (pick.applyAsInt(2) == 0) {
                yaml.append("      antiAffinity: [{workload: w").append(w).append(", over: ")
                        .append(pick.applyAsInt(2) == 0 ? "node" : "zone").append(", preferred: ")
                        .append(10 + pick.applyAsInt(91)).append("}]\n");
            }
        }
        return PlacementFixtures.read(yaml.toString());
    }
}
