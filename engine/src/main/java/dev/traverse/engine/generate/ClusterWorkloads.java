package dev.traverse.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The workloads made so far, by the cluster they were sized for, so that inter-workload affinity names a workload
 * that really is (or likely is) there. Required terms only name workloads confined to that cluster; preferred terms
 * may name any.
 */
final class ClusterWorkloads {

    private final List<List<String>> anchored = new ArrayList<>();
    private final List<List<String>> confined = new ArrayList<>();

    ClusterWorkloads(int clusters) {
        for (int i = 0; i < clusters; i++) {
            anchored.add(new ArrayList<>());
            confined.add(new ArrayList<>());
        }
    }

    void add(int cluster, String workload, boolean isConfined) {
        anchored.get(cluster).add(workload);
        if (isConfined) {
            confined.get(cluster).add(workload);
        }
    }

    /** A workload sized for the cluster, or null when there is none yet. */
    String anyIn(int cluster, SplittableRandom rng) {
        List<String> names = anchored.get(cluster);
        return names.isEmpty() ? null : Draw.one(rng, names);
    }

    /** A workload that can only run in the cluster, or null when there is none yet. */
    String confinedTo(int cluster, SplittableRandom rng) {
        List<String> names = confined.get(cluster);
        return names.isEmpty() ? null : Draw.one(rng, names);
    }
}
