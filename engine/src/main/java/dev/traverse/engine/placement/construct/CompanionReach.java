package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The host groups a workload's replicas can use in any valid placement, given its required affinity to other
 * workloads: a replica must share its domain with a replica of each workload it names, and those replicas run in
 * their own workload's groups, so only groups in a domain some of those groups are in can hold it. Affinity is a host
 * rule, checked replica by replica, so the groups the group filters pass do not show it; a workload bound to a
 * workload that only one cluster can hold is bound to that cluster too. Named workloads narrowed this way narrow those
 * that name them in turn. A workload naming itself (its first replica goes anywhere) or a workload with no placed
 * replica narrows nothing.
 *
 * <p>For the lower bound only, which must hold for every valid placement of the placed replicas. For one state, on one
 * thread.
 */
final class CompanionReach {

    /** Enough rounds for chains of required affinity as deep as topologies have them; fewer only bound less. */
    private static final int ROUNDS = 4;

    private final Problem problem;
    /** Per demand, the groups its replicas may use, or null where its required affinity narrows nothing. */
    private final BitSet[] reach;

    /**
     * @param requiredTerms the problem's required affinity terms naming another workload ({@link #requiredTerms})
     * @param inSomeTier    per demand, the groups a replica may use before its own site or cluster narrows them
     */
    CompanionReach(PlacementState state, List<int[]> requiredTerms, IntFunction<BitSet> inSomeTier) {
        this.problem = state.problem();
        int demands = problem.demands().size();
        this.reach = new BitSet[demands];
        List<int[]> terms = new ArrayList<>(requiredTerms.size());
        for (int[] term : requiredTerms) {
            if (state.placedCount(term[0]) > 0 && state.placedCount(term[1]) > 0) {
                terms.add(term);
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        BitSet[] groups = new BitSet[demands];
        // Only terms naming a workload narrowed in the round before can narrow anything in the next.
        BitSet changed = null;
        for (int round = 0; round < ROUNDS; round++) {
            BitSet narrowed = new BitSet();
            Map<Long, BitSet> domainsOfNamed = new HashMap<>();
            for (int[] term : terms) {
                if (changed != null && !changed.get(term[1])) {
                    continue;
                }
                BitSet own = groups[term[0]] != null ? groups[term[0]] : inSomeTier.apply(term[0]);
                TopologyKey key = TopologyKey.values()[term[2]];
                BitSet named = groups[term[1]] != null ? groups[term[1]] : inSomeTier.apply(term[1]);
                BitSet kept = key == TopologyKey.NODE ? nodesWithin(own, named)
                        : within(own, domainsOfNamed.computeIfAbsent((long) term[1] * 16 + term[2],
                                k -> domainsOf(named, key)), key);
                if (kept != null) {
                    groups[term[0]] = kept;
                    narrowed.set(term[0]);
                }
            }
            if (narrowed.isEmpty()) {
                break;
            }
            changed = narrowed;
        }
        System.arraycopy(groups, 0, reach, 0, demands);
    }

    /** The groups of {@code own} that are also {@code named}'s (a group's members are its own), or null if all are. */
    private static BitSet nodesWithin(BitSet own, BitSet named) {
        BitSet out = (BitSet) own.clone();
        out.and(named);
        return out.equals(own) ? null : out;
    }

    /** The domains of the key the groups are in. */
    private BitSet domainsOf(BitSet named, TopologyKey key) {
        BitSet domains = new BitSet();
        for (int g = named.nextSetBit(0); g >= 0; g = named.nextSetBit(g + 1)) {
            domains.set(domainOf(g, key));
        }
        return domains;
    }

    /** The groups of {@code own} in one of the domains, or null when all of them are. */
    private BitSet within(BitSet own, BitSet domains, TopologyKey key) {
        BitSet out = null;
        for (int g = own.nextSetBit(0); g >= 0; g = own.nextSetBit(g + 1)) {
            if (!domains.get(domainOf(g, key))) {
                if (out == null) {
                    out = (BitSet) own.clone();
                }
                out.clear(g);
            }
        }
        return out;
    }

    private int domainOf(int group, TopologyKey key) {
        HostGroup g = problem.groups().get(group);
        return problem.domain(key, g.firstHost());
    }

    /**
     * The problem's required affinity terms naming another workload, each as {demand, named demand, key ordinal}:
     * they depend on the problem alone, so a run works them out once.
     */
    static List<int[]> requiredTerms(Problem problem) {
        Map<String, Integer> byName = null;
        List<int[]> terms = new ArrayList<>();
        for (Demand d : problem.demands()) {
            for (AffinityTerm t : d.workload().affinity()) {
                if (t.isRequired() && t.workload() != null) {
                    if (byName == null) {
                        byName = new HashMap<>();
                        for (Demand other : problem.demands()) {
                            byName.put(other.name(), other.index());
                        }
                    }
                    Integer named = byName.get(t.workload());
                    if (named != null && named != d.index()) {
                        terms.add(new int[] {d.index(), named, t.overOrDefault().ordinal()});
                    }
                }
            }
        }
        return terms;
    }

    /** Narrows the groups a replica of the demand may use to those its required affinity leaves, in place. */
    BitSet narrow(int demand, BitSet allowed) {
        if (reach[demand] != null) {
            allowed.and(reach[demand]);
        }
        return allowed;
    }
}
