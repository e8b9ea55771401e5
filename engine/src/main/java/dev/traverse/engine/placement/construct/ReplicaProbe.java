package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.ReplicaExplanation;
import dev.traverse.engine.placement.ReplicaExplanation.HostVerdict;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Judges every host for one replica at its turn, for {@code traverse explain} and the designer's "why here?": the
 * same filters and scores the search uses, but every one of them, with their words.
 */
final class ReplicaProbe {

    private final int target;
    private final StaticFeasibility feasibility;
    private final List<HostFilter> hostFilters;
    private final ScoringPlan scoring;
    private List<HostVerdict> verdicts;
    private String atItsTurn;

    ReplicaProbe(int target, StaticFeasibility feasibility, List<HostFilter> hostFilters, ScoringPlan scoring) {
        this.target = target;
        this.feasibility = feasibility;
        this.hostFilters = hostFilters;
        this.scoring = scoring;
    }

    boolean isTarget(int replicaIndex) {
        return replicaIndex == target;
    }

    /** Records every host's verdict; called before the replica is placed. */
    void judge(PlacementState state, Replica replica, IntPredicate scope) {
        Problem problem = state.problem();
        Demand demand = problem.demands().get(replica.demand());
        verdicts = new ArrayList<>();
        for (HostGroup group : problem.groups()) {
            boolean inScope = scope.test(group.index());
            if (!state.feasibleGroups(demand.index()).get(group.index()) || !inScope) {
                List<ReplicaExplanation.Refusal> refusals = new ArrayList<>();
                if (!inScope) {
                    refusals.add(new ReplicaExplanation.Refusal("Scope", "outside the replica's " + scopeName(replica),
                            null));
                }
                feasibility.allRejections(demand, group).forEach(r -> refusals.add(text(r)));
                verdicts.add(new HostVerdict(problem.hostNames()[group.firstHost()], group.size(), refusals, Map.of(),
                        Double.NaN));
                continue;
            }
            int firstEmpty = -1;
            int empties = 0;
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                if (replica.host() >= 0 && h != replica.host()) {
                    continue;
                }
                if (state.isEmpty(h)) {
                    firstEmpty = firstEmpty < 0 ? h : firstEmpty;
                    empties++;
                } else {
                    verdicts.add(verdict(state, replica, h, 1));
                }
            }
            if (firstEmpty >= 0) {
                verdicts.add(verdict(state, replica, firstEmpty, empties));
            }
        }
    }

    private String scopeName(Replica replica) {
        return replica.site() >= 0 ? "site" : replica.cluster() >= 0 ? "cluster" : "fallback groups";
    }

    private HostVerdict verdict(PlacementState state, Replica replica, int host, int members) {
        List<ReplicaExplanation.Refusal> refusals = new ArrayList<>();
        for (HostFilter filter : hostFilters) {
            if (filter.appliesTo(state, replica.demand())) {
                Rejection r = filter.filter(state, replica, host);
                if (r != null) {
                    refusals.add(text(r));
                }
            }
        }
        String name = state.problem().hostNames()[host];
        if (!refusals.isEmpty()) {
            return new HostVerdict(name, members, refusals, Map.of(), Double.NaN);
        }
        Map<String, Double> scores = scoring.breakdown(state, replica, host);
        return new HostVerdict(name, members, List.of(), scores, scoring.score(state, replica, host));
    }

    private static ReplicaExplanation.Refusal text(Rejection r) {
        return new ReplicaExplanation.Refusal(r.plugin(), r.reason(), r.fix());
    }

    /** Records the host the construction gave the replica at its turn, or -1 when none took it. */
    void tookAtItsTurn(Problem problem, int host) {
        atItsTurn = host < 0 ? null : problem.hostNames()[host];
    }

    ReplicaExplanation explanation(String workload, int ordinal, String chosen) {
        if (verdicts == null) {
            throw new IllegalStateException("the replica was never reached");
        }
        return new ReplicaExplanation(workload, ordinal, chosen, atItsTurn, verdicts);
    }
}
