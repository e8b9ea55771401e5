package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The host groups each replica may ever use, tier by tier: those that passed the group filters for its workload,
 * within its own site or cluster, in the first of the workload's fallback tiers that allows them. Replicas of one
 * workload with the same site and cluster share one reach, built when first asked for.
 */
final class ReplicaReach {

    /**
     * The groups of one scope: tier 0's in ascending index order, then tier 1's, and so on.
     *
     * @param tierEnd where each tier's groups end in {@code groups}
     */
    record Reach(int[] groups, int[] tierEnd) {

        /** The tier the group belongs to, or -1 when the scope may not use it. */
        int tierOf(int group) {
            int start = 0;
            for (int t = 0; t < tierEnd.length; t++) {
                if (Arrays.binarySearch(groups, start, tierEnd[t], group) >= 0) {
                    return t;
                }
                start = tierEnd[t];
            }
            return -1;
        }

        /** How many groups the tiers up to and including {@code tier} hold. */
        int groupsUpTo(int tier) {
            return tierEnd[tier];
        }

        /** The first tier holding any group, or -1 when there is none. */
        int firstTier() {
            for (int t = 0; t < tierEnd.length; t++) {
                if (tierEnd[t] > 0) {
                    return t;
                }
            }
            return -1;
        }

        int tiers() {
            return tierEnd.length;
        }
    }

    private record Scope(int demand, int site, int cluster) {
    }

    private final PlacementState state;
    private final RunRules rules;
    private final Map<Scope, Reach> byScope = new HashMap<>();
    private final Reach[] byReplica;

    ReplicaReach(RunRules rules) {
        this.rules = rules;
        this.state = rules.state();
        this.byReplica = new Reach[state.replicas().size()];
    }

    Reach of(int replica) {
        Reach reach = byReplica[replica];
        if (reach == null) {
            Replica r = state.replica(replica);
            reach = byScope.computeIfAbsent(new Scope(r.demand(), r.site(), r.cluster()), s -> build(r));
            byReplica[replica] = reach;
        }
        return reach;
    }

    /** The tier of the host's group for the replica, or -1 when the replica may not use it. */
    int tierOf(int replica, int host) {
        return of(replica).tierOf(state.problem().hostGroup()[host]);
    }

    /** Built with plain int arrays: on large estates the search builds thousands of these within its budget. */
    private Reach build(Replica replica) {
        List<IntPredicate> tiers = rules.tiers(replica);
        BitSet feasible = state.feasibleGroups(replica.demand());
        int[] groupTier = new int[feasible.cardinality()];
        int[] feasibleGroups = new int[groupTier.length];
        int[] perTier = new int[tiers.size()];
        int n = 0;
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            feasibleGroups[n] = g;
            groupTier[n] = -1;
            for (int t = 0; t < tiers.size(); t++) {
                if (tiers.get(t).test(g)) {
                    groupTier[n] = t;
                    perTier[t]++;
                    break;
                }
            }
            n++;
        }
        int[] tierEnd = new int[tiers.size()];
        int[] next = new int[tiers.size()];
        int end = 0;
        for (int t = 0; t < tiers.size(); t++) {
            next[t] = end;
            end += perTier[t];
            tierEnd[t] = end;
        }
        int[] groups = new int[end];
        for (int i = 0; i < n; i++) {
            if (groupTier[i] >= 0) {
                groups[next[groupTier[i]]++] = feasibleGroups[i];
            }
        }
        return new Reach(groups, tierEnd);
    }
}
