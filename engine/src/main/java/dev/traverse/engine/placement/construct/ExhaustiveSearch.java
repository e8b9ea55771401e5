package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * For a tiny instance that construction left replicas of: tries every assignment of every replica to a host of its
 * scope (its pin, its own site or cluster, its fallback groups, the groups that passed the group filters) or to
 * none, and finds one that places more replicas than the current placement, with the lowest
 * {@link ObjectiveReplay objective} among those. More replicas of a higher priority beat any number of a lower one.
 *
 * <p>An assignment counts when every replica it places passes every host filter given where all the others are:
 * the test an unplaced replica fails against the final state. So the best assignment leaves no replica that some
 * host could still take, and it finds assignments that no order of placing one replica at a time reaches, such as
 * a replica placed before the workload it needs nearby. Partial assignments are dropped early only when a filter
 * refuses for good ({@link HostFilter#refusesForGood}) or when they cannot place more than the best found.
 */
final class ExhaustiveSearch {

    /** The most replicas an instance may have to be searched. */
    static final int MAX_REPLICAS = 8;
    /** The most assignments an instance may have to be searched: over replicas, the product of candidates + 1. */
    static final long MAX_ASSIGNMENTS = 100_000;
    /** Objectives that differ by less are equal, and the assignment found first stays. */
    private static final double TIE = 1e-12;

    private final List<HostFilter> filters;
    private final Supplier<PlacementState> emptyState;
    private final ObjectiveReplay objective;

    /**
     * @param emptyState makes an empty state over the run's problem and replicas, for the search to fill
     */
    ExhaustiveSearch(List<HostFilter> filters, Supplier<PlacementState> emptyState, ObjectiveReplay objective) {
        this.filters = filters;
        this.emptyState = emptyState;
        this.objective = objective;
    }

    /**
     * A better assignment than the current placement's: the host of each replica by index, or
     * {@link PlacementState#UNPLACED}. Null when there is none, or when the instance is too large to search.
     *
     * @throws CancellationException when {@code cancelled} answers true during the search
     */
    int[] better(PlacementState current, BooleanSupplier cancelled) {
        if (current.replicas().size() > MAX_REPLICAS) {
            return null;
        }
        return new Run(emptyState.get(), cancelled).better(current);
    }

    /** One search, over a state of its own. */
    private final class Run {

        private final PlacementState state;
        private final Problem problem;
        private final BooleanSupplier cancelled;
        private final HostFilter[][] applicable;
        private final HostFilter[][] forGood;
        private final int[] order;
        private final int[] rank;
        /** [k][rank]: how many of the replicas from position k of the order on have that priority rank. */
        private final int[][] remaining;
        private final int[] hostOf;
        private final int[] placed;
        private int[][] candidates;
        private int[] best;
        private int[] bestPlaced;
        private double bestObjective = Double.POSITIVE_INFINITY;
        private long visited;

        Run(PlacementState state, BooleanSupplier cancelled) {
            this.state = state;
            this.problem = state.problem();
            this.cancelled = cancelled;
            int demands = problem.demands().size();
            applicable = new HostFilter[demands][];
            forGood = new HostFilter[demands][];
            for (int d = 0; d < demands; d++) {
                List<HostFilter> all = new ArrayList<>();
                for (HostFilter f : filters) {
                    if (f.appliesTo(state, d)) {
                        all.add(f);
                    }
                }
                applicable[d] = all.toArray(HostFilter[]::new);
                forGood[d] = all.stream().filter(HostFilter::refusesForGood).toArray(HostFilter[]::new);
            }
            int n = state.replicas().size();
            order = ReplicaOrder.of(problem, state.replicas(), state::feasibleGroups);
            rank = priorityRanks(state.replicas());
            int ranks = Arrays.stream(rank).max().orElse(-1) + 1;
            remaining = new int[n + 1][ranks];
            for (int k = n - 1; k >= 0; k--) {
                remaining[k] = remaining[k + 1].clone();
                remaining[k][rank[order[k]]]++;
            }
            hostOf = new int[n];
            Arrays.fill(hostOf, PlacementState.UNPLACED);
            placed = new int[ranks];
        }

        int[] better(PlacementState current) {
            bestPlaced = new int[placed.length];
            for (int i = 0; i < hostOf.length; i++) {
                if (current.hostOf(i) != PlacementState.UNPLACED) {
                    bestPlaced[rank[i]]++;
                }
            }
            if (Arrays.equals(bestPlaced, remaining[0]) || !candidatesFit()) {
                return null;
            }
            assign(0);
            return best;
        }

        /** Finds each replica's candidate hosts; false when there are too many assignments to try. */
        private boolean candidatesFit() {
            candidates = new int[hostOf.length][];
            long assignments = 1;
            for (int i = 0; i < hostOf.length; i++) {
                candidates[i] = candidatesOf(state.replica(i));
                assignments *= candidates[i].length + 1;
                if (assignments > MAX_ASSIGNMENTS) {
                    return false;
                }
            }
            return true;
        }

        private int[] candidatesOf(Replica replica) {
            IntPredicate scope = GroupScope.union(GroupScope.tiers(problem, replica));
            BitSet feasible = state.feasibleGroups(replica.demand());
            if (replica.host() >= 0) {
                int group = problem.hostGroup()[replica.host()];
                boolean allowed = feasible.get(group) && scope.test(group) && admitsForGood(replica, replica.host());
                return allowed ? new int[] {replica.host()} : new int[0];
            }
            List<Integer> hosts = new ArrayList<>();
            for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
                if (!scope.test(g)) {
                    continue;
                }
                HostGroup group = problem.groups().get(g);
                for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                    if (admitsForGood(replica, h)) {
                        hosts.add(h);
                    }
                }
            }
            return hosts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Replicas from position {@code k} of the order on: each to every candidate not refused for good, or none. */
        private void assign(int k) {
            if ((++visited & 4095) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("placement cancelled");
            }
            if (!mayBeatBest(k)) {
                return;
            }
            if (k == order.length) {
                judge();
                return;
            }
            int i = order[k];
            Replica replica = state.replica(i);
            for (int host : candidates[i]) {
                if (admitsForGood(replica, host)) {
                    state.place(i, host);
                    hostOf[i] = host;
                    placed[rank[i]]++;
                    assign(k + 1);
                    placed[rank[i]]--;
                    hostOf[i] = PlacementState.UNPLACED;
                    state.remove(i);
                }
            }
            assign(k + 1);
        }

        /** Whether placing every replica not decided yet would beat the best, or tie with it once one is found. */
        private boolean mayBeatBest(int k) {
            for (int r = 0; r < placed.length; r++) {
                int optimistic = placed[r] + remaining[k][r];
                if (optimistic != bestPlaced[r]) {
                    return optimistic > bestPlaced[r];
                }
            }
            return best != null;
        }

        /** A complete assignment: kept when every placed replica passes every filter and it beats the best. */
        private void judge() {
            for (int i = 0; i < hostOf.length; i++) {
                if (hostOf[i] != PlacementState.UNPLACED && !passesBesideOthers(i)) {
                    return;
                }
            }
            double value = objective.of(hostOf);
            if (best == null || !Arrays.equals(placed, bestPlaced) || value < bestObjective - TIE) {
                best = hostOf.clone();
                bestPlaced = placed.clone();
                bestObjective = value;
            }
        }

        /** Whether the replica passes every filter on its host with all the others where they are. */
        private boolean passesBesideOthers(int i) {
            int host = hostOf[i];
            Replica replica = state.replica(i);
            state.remove(i);
            boolean passes = true;
            for (HostFilter f : applicable[replica.demand()]) {
                if (!f.admits(state, replica, host)) {
                    passes = false;
                    break;
                }
            }
            state.place(i, host);
            return passes;
        }

        private boolean admitsForGood(Replica replica, int host) {
            for (HostFilter f : forGood[replica.demand()]) {
                if (!f.admits(state, replica, host)) {
                    return false;
                }
            }
            return true;
        }

        /** Per replica, the rank of its workload's priority among those present: 0 for the highest. */
        private int[] priorityRanks(List<Replica> replicas) {
            TreeSet<Integer> priorities = new TreeSet<>();
            replicas.forEach(r -> priorities.add(priority(r)));
            List<Integer> descending = new ArrayList<>(priorities.descendingSet());
            return replicas.stream().mapToInt(r -> descending.indexOf(priority(r))).toArray();
        }

        private int priority(Replica replica) {
            return problem.demands().get(replica.demand()).workload().priority();
        }
    }
}
