package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The order replicas are placed in: pinned ones first (they own their host), then by priority, then workloads that
 * others need nearby (required affinity) before those that need them, then larger requests first (first-fit
 * decreasing packs tighter), then file order.
 */
final class ReplicaOrder {

    private ReplicaOrder() {
    }

    static int[] of(Problem problem, List<Replica> replicas) {
        int[] depth = affinityDepths(problem);
        double[] size = relativeSizes(problem);
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> replicas.get(i).host() < 0)
                .thenComparing(i -> -problem.demands().get(replicas.get(i).demand()).workload().priority())
                .thenComparingInt(i -> depth[replicas.get(i).demand()])
                .thenComparingDouble(i -> -size[replicas.get(i).demand()])
                .thenComparingInt(i -> replicas.get(i).demand())
                .thenComparingInt(i -> replicas.get(i).ordinal());
        return IntStream.range(0, replicas.size()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }

    /** 0 for workloads that need no other workload nearby; 1 + the deepest target's depth otherwise. */
    private static int[] affinityDepths(Problem problem) {
        Map<String, Integer> index = new HashMap<>();
        problem.demands().forEach(d -> index.put(d.name(), d.index()));
        int[] depth = new int[problem.demands().size()];
        boolean[] done = new boolean[depth.length];
        boolean[] visiting = new boolean[depth.length];
        for (Demand d : problem.demands()) {
            depthOf(d.index(), problem, index, depth, done, visiting);
        }
        return depth;
    }

    private static int depthOf(int d, Problem problem, Map<String, Integer> index, int[] depth, boolean[] done,
                               boolean[] visiting) {
        if (done[d] || visiting[d]) {
            return depth[d]; // a cycle of affinities: leave it to file order
        }
        visiting[d] = true;
        int deepest = -1;
        Workload w = problem.demands().get(d).workload();
        for (AffinityTerm term : w.affinity()) {
            if (term.isRequired() && term.workload() != null && !term.workload().equals(w.name())) {
                Integer target = index.get(term.workload());
                if (target != null) {
                    deepest = Math.max(deepest, depthOf(target, problem, index, depth, done, visiting));
                }
            }
        }
        depth[d] = deepest + 1;
        visiting[d] = false;
        done[d] = true;
        return depth[d];
    }

    /** Each demand's largest share of the largest capacity in any resource. */
    private static double[] relativeSizes(Problem problem) {
        int dims = problem.dimensions().size();
        long[] largest = new long[dims];
        for (HostGroup g : problem.groups()) {
            for (int i = 0; i < dims; i++) {
                largest[i] = Math.max(largest[i], g.capacity()[i]);
            }
        }
        double[] size = new double[problem.demands().size()];
        for (Demand d : problem.demands()) {
            double s = 0;
            for (int i = 0; i < dims; i++) {
                if (largest[i] > 0 && i != dev.traverse.engine.placement.problem.ResourceDimensions.PODS) {
                    s = Math.max(s, (double) d.request()[i] / largest[i]);
                }
            }
            size[d.index()] = s;
        }
        return size;
    }
}
