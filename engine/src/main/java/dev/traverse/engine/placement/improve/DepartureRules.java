package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.framework.FallbackTiers;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.SpreadEligibility;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a replica's leaving its host may break for the replicas that stay. Host filters judge a replica where it
 * arrives; they cannot see that its departure lowers the emptiest domain of its own hard spread constraint below what
 * the fullest allows, or takes away the last replica that another workload's (or its own) required affinity leans on.
 * Such a replica may still move within the domain it is in: this class names the topology keys whose domain it must
 * keep.
 */
final class DepartureRules {

    private static final int KEYS = TopologyKey.values().length;
    private static final SpreadConstraint[] NO_SPREAD = {};

    /**
     * The eligible domains of one workload and key within one replica scope and fallback tier, as hard spread counts
     * them.
     */
    private record Scope(int demand, TopologyKey key, int site, int cluster, int tier) {
    }

    private final PlacementState state;
    private final Problem problem;
    private final SpreadConstraint[][] hardSpread;
    /** Per demand, a bit per key over which some other workload's required affinity names it. */
    private final int[] leanedOnOver;
    /** Per demand, a bit per key of its required affinity to itself. */
    private final int[] selfAffineOver;
    private final Map<Scope, BitSet> eligible = new HashMap<>();

    DepartureRules(PlacementState state) {
        this(state, new WorkloadIndex(state.problem()));
    }

    DepartureRules(PlacementState state, WorkloadIndex names) {
        this.state = state;
        this.problem = state.problem();
        int demands = problem.demands().size();
        hardSpread = new SpreadConstraint[demands][];
        leanedOnOver = new int[demands];
        selfAffineOver = new int[demands];
        for (Demand d : problem.demands()) {
            hardSpread[d.index()] = hardSpread(d.workload().spread());
            for (AffinityTerm t : d.workload().affinity()) {
                if (t.workload() == null || !t.isRequired()) {
                    continue;
                }
                Integer named = names.demandNamed(t.workload());
                if (named != null) {
                    int bit = 1 << t.overOrDefault().ordinal();
                    if (named == d.index()) {
                        selfAffineOver[named] |= bit;
                    } else {
                        leanedOnOver[named] |= bit;
                    }
                }
            }
        }
    }

    private static SpreadConstraint[] hardSpread(List<SpreadConstraint> spread) {
        if (spread.isEmpty()) {
            return NO_SPREAD;
        }
        int hard = 0;
        for (SpreadConstraint c : spread) {
            hard += c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE ? 1 : 0;
        }
        SpreadConstraint[] out = new SpreadConstraint[hard];
        int i = 0;
        for (SpreadConstraint c : spread) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE) {
                out[i++] = c;
            }
        }
        return out;
    }

    /**
     * The keys (a bit per {@link TopologyKey} ordinal) whose domain the replica must stay in, judged once it is off
     * {@code from}: 0 when it may go anywhere the host filters let it.
     */
    int domainsToKeep(int replica, int from) {
        Replica r = state.replica(replica);
        int demand = r.demand();
        int keep = 0;
        for (SpreadConstraint c : hardSpread[demand]) {
            if (!spreadSurvivesLeaving(r, c, from)) {
                keep |= 1 << c.over().ordinal();
            }
        }
        int leaned = leanedOnOver[demand];
        int self = selfAffineOver[demand];
        for (int k = 0; k < KEYS; k++) {
            int bit = 1 << k;
            if (((leaned | self) & bit) == 0) {
                continue;
            }
            TopologyKey key = TopologyKey.values()[k];
            if (!state.isTracked(demand, key)) {
                keep |= bit;
                continue;
            }
            int left = state.count(demand, key, problem.domain(key, from));
            boolean othersKeepTheirs = (leaned & bit) == 0 || left >= 1;
            // One replica left alone would have no companion of its own workload.
            boolean selfKeepsCompanions = (self & bit) == 0 || left != 1;
            if (!othersKeepTheirs || !selfKeepsCompanions) {
                keep |= bit;
            }
        }
        return keep;
    }

    /** Whether the domains that must stay are those of both hosts. */
    boolean keeps(int keep, int from, int to) {
        for (int k = 0; keep != 0; k++, keep >>>= 1) {
            if ((keep & 1) != 0) {
                TopologyKey key = TopologyKey.values()[k];
                if (problem.domain(key, from) != problem.domain(key, to)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether skew stays within maxSkew now that the replica left its domain. The placement held it before, so only
     * a domain that was the emptiest can spoil it, by becoming emptier than the fullest allows.
     */
    private boolean spreadSurvivesLeaving(Replica replica, SpreadConstraint c, int from) {
        TopologyKey key = c.over();
        if (!state.isTracked(replica.demand(), key)) {
            return false;
        }
        int source = problem.domain(key, from);
        int tier = tierOf(replica.demand(), from);
        int left = state.countInScope(replica.demand(), key, source, replica.cluster(), tier);
        BitSet domains = eligible(replica, key, from);
        if (left > 0 && state.placedCount(replica.demand()) < domains.cardinality()) {
            return true; // some eligible domain is empty, so this one was not the emptiest
        }
        int fullest = 0;
        for (int d = domains.nextSetBit(0); d >= 0; d = domains.nextSetBit(d + 1)) {
            if (d != source) {
                int count = state.countInScope(replica.demand(), key, d, replica.cluster(), tier);
                if (count <= left) {
                    return true; // another domain is as empty: the minimum did not fall
                }
                fullest = Math.max(fullest, count);
            }
        }
        return fullest - left <= c.maxSkew();
    }

    /**
     * Domains holding a host of the workload's feasible groups within the replica's site or cluster and the fallback
     * tier of the host it left.
     */
    private BitSet eligible(Replica replica, TopologyKey key, int from) {
        int demand = replica.demand();
        Scope scope = new Scope(demand, key, replica.site(), replica.cluster(), tierOf(demand, from));
        return eligible.computeIfAbsent(scope, s -> SpreadEligibility.domains(state, s.demand(), s.key(), s.site(),
                s.cluster(), state.fallbackTiers(demand), s.tier()));
    }

    /** The fallback tier of the host's group for the demand ({@link FallbackTiers}). */
    private int tierOf(int demand, int host) {
        return state.fallbackTiers(demand)[problem.hostGroup()[host]];
    }
}
