package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The order replicas are placed in: pinned ones first (they own their host), then by priority, then workloads that
 * others need nearby (required affinity) before those that need them, then workloads whose replicas may each use only
 * a few hosts (one per site, a named node) before those that may go almost anywhere, which would otherwise fill those
 * few first, then workloads others prefer to join before those that prefer them (a replica placed before the one it
 * prefers to join can only guess where that will go), then larger requests first (first-fit decreasing packs
 * tighter), then file order.
 */
final class ReplicaOrder {

    private ReplicaOrder() {
    }

    /** A workload whose every replica may use at most this many hosts goes before those of its rank that may use more. */
    static final int FEW_HOSTS = 32;

    /** @param feasibleGroups per demand, the groups that passed its group filters */
    static int[] of(Problem problem, List<Replica> replicas, IntFunction<BitSet> feasibleGroups) {
        int[] depth = affinityDepths(problem, true);
        int[] preferredDepth = affinityDepths(problem, false);
        double[] size = relativeSizes(problem);
        boolean[] narrow = narrow(problem, replicas, feasibleGroups);
        // Everything but the pin and the replica number depends on the demand alone: rank the demands once, then
        // deal the replicas out by rank, pinned ones first. Linear in the replicas, as every run orders them all.
        Integer[] demands = new Integer[problem.demands().size()];
        for (int d = 0; d < demands.length; d++) {
            demands[d] = d;
        }
        Arrays.sort(demands, Comparator
                .comparingInt((Integer d) -> -problem.demands().get(d).workload().priority())
                .thenComparingInt(d -> depth[d])
                .thenComparing(d -> !narrow[d])
                .thenComparingInt(d -> preferredDepth[d])
                .thenComparingDouble(d -> -size[d])
                .thenComparingInt(d -> d));
        int[][] byDemand = replicasByDemand(demands.length, replicas);
        int[] order = new int[replicas.size()];
        int next = 0;
        for (boolean pinned : new boolean[] {true, false}) {
            for (int d : demands) {
                for (int index : byDemand[d]) {
                    if ((replicas.get(index).host() >= 0) == pinned) {
                        order[next++] = index;
                    }
                }
            }
        }
        return order;
    }

    /**
     * Per demand, whether each of its replicas may use at most {@link #FEW_HOSTS} hosts: members of its feasible
     * groups in the replica's own site or cluster, when it has one.
     */
    private static boolean[] narrow(Problem problem, List<Replica> replicas, IntFunction<BitSet> feasibleGroups) {
        boolean[] narrow = new boolean[problem.demands().size()];
        Arrays.fill(narrow, true);
        // Replicas differ only in their ordinal as far as where they may go is concerned.
        Map<Replica, Boolean> known = new HashMap<>();
        for (Replica r : replicas) {
            int d = r.demand();
            if (narrow[d]) {
                narrow[d] = known.computeIfAbsent(new Replica(d, 0, r.site(), r.cluster(), r.host()),
                        k -> hostsWithin(problem, feasibleGroups.apply(d), k) <= FEW_HOSTS);
            }
        }
        return narrow;
    }

    private static long hostsWithin(Problem problem, BitSet groups, Replica scope) {
        if (scope.host() >= 0) {
            return 1;
        }
        long hosts = 0;
        for (int g = groups.nextSetBit(0); g >= 0 && hosts <= FEW_HOSTS; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if ((scope.site() < 0 || group.siteIndex() == scope.site())
                    && (scope.cluster() < 0 || group.clusterIndex() == scope.cluster())) {
                hosts += group.size();
            }
        }
        return hosts;
    }

    /** Per demand, the indices of its replicas by replica number. */
    private static int[][] replicasByDemand(int demands, List<Replica> replicas) {
        int[] count = new int[demands];
        replicas.forEach(r -> count[r.demand()]++);
        int[][] out = new int[demands][];
        for (int d = 0; d < demands; d++) {
            out[d] = new int[count[d]];
        }
        int[] filled = new int[demands];
        for (int i = 0; i < replicas.size(); i++) {
            int d = replicas.get(i).demand();
            out[d][filled[d]++] = i;
        }
        for (int[] indices : out) {
            if (!isByOrdinal(indices, replicas)) {
                int[] sorted = Arrays.stream(indices).boxed()
                        .sorted(Comparator.comparingInt(i -> replicas.get(i).ordinal()))
                        .mapToInt(Integer::intValue).toArray();
                System.arraycopy(sorted, 0, indices, 0, sorted.length);
            }
        }
        return out;
    }

    private static boolean isByOrdinal(int[] indices, List<Replica> replicas) {
        for (int k = 1; k < indices.length; k++) {
            if (replicas.get(indices[k - 1]).ordinal() > replicas.get(indices[k]).ordinal()) {
                return false;
            }
        }
        return true;
    }

    /**
     * 0 for workloads that need (or, with {@code required} false, prefer) no other workload nearby; 1 + the deepest
     * target's depth otherwise.
     */
    private static int[] affinityDepths(Problem problem, boolean required) {
        Map<String, Integer> index = new HashMap<>();
        problem.demands().forEach(d -> index.put(d.name(), d.index()));
        int[] depth = new int[problem.demands().size()];
        boolean[] done = new boolean[depth.length];
        boolean[] visiting = new boolean[depth.length];
        for (Demand d : problem.demands()) {
            depthOf(d.index(), problem, index, depth, done, visiting, required);
        }
        return depth;
    }

    private static int depthOf(int d, Problem problem, Map<String, Integer> index, int[] depth, boolean[] done,
                               boolean[] visiting, boolean required) {
        if (done[d] || visiting[d]) {
            return depth[d]; // a cycle of affinities: leave it to file order
        }
        visiting[d] = true;
        int deepest = -1;
        Workload w = problem.demands().get(d).workload();
        for (AffinityTerm term : w.affinity()) {
            if (term.isRequired() == required && term.workload() != null && !term.workload().equals(w.name())) {
                Integer target = index.get(term.workload());
                if (target != null) {
                    deepest = Math.max(deepest, depthOf(target, problem, index, depth, done, visiting, required));
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
