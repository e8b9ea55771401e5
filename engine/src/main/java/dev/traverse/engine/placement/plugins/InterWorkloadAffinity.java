package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Required affinity and anti-affinity to workloads, as kube-scheduler's InterPodAffinity filter: the host's domain
 * must already hold a replica of each workload the demand has affinity to, and none of each it keeps away from, nor
 * of any workload that keeps away from it (anti-affinity is symmetric). Preferred terms are scored by
 * {@link PreferredAffinity}.
 */
public final class InterWorkloadAffinity implements HostFilter {

    public static final String NAME = "InterWorkloadAffinity";
    static final String AFFINITY = "node(s) didn't match pod affinity rules";
    static final String ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
    static final String EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
    /** Turning a hard rule into a preference is a real change of intent, but a one-word edit. */
    private static final double RELAX = 0.5;

    private enum Rule { AFFINITY, ANTI_AFFINITY, EXISTING_ANTI_AFFINITY }

    /** The first term the host breaks for a replica of demand {@code self}. */
    private record Broken(int self, Rule rule, WorkloadTerms.Ref term) {
    }

    private final RunCache<Problem, WorkloadTerms> terms = new RunCache<>();
    /** Refusals by broken term: explanations ask again for every host of every unplaced replica. One run's own. */
    private final RunCache<Problem, Map<Broken, Rejection>> refusals = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        WorkloadTerms all = terms(problem);
        all.requestCounts(requests);
        for (Demand d : problem.demands()) {
            if (all.affinity(d.index()).stream().anyMatch(r -> r.demand() == d.index())) {
                requests.track(d.index(), TopologyKey.CLUSTER); // for the first replica in each cluster
            }
        }
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        return !terms(state.problem()).isEmpty(demand);
    }

    /** A workload whose only term keeps its own replicas on separate hosts reads only where those are. */
    @Override
    public Reads reads(PlacementState state, int demand) {
        WorkloadTerms all = terms(state.problem());
        boolean ownApart = all.affinity(demand).isEmpty() && all.keptAwayBy(demand).isEmpty()
                && all.antiAffinity(demand).stream()
                        .allMatch(r -> r.demand() == demand && r.over() == TopologyKey.NODE);
        return ownApart ? Reads.OWN_REPLICA_ON_HOST : Reads.ANYTHING;
    }

    /** The same test as {@link #firstBroken} without building its answer: the search asks for every candidate. */
    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        WorkloadTerms all = terms(problem);
        int self = replica.demand();
        for (WorkloadTerms.Ref r : all.affinity(self)) {
            if (!(r.demand() == self && isFirst(state, replica, host))
                    && state.count(r.demand(), r.over(), problem.domain(r.over(), host)) == 0) {
                return false;
            }
        }
        return noneIn(state, all.antiAffinity(self), host) && noneIn(state, all.keptAwayBy(self), host);
    }

    private static boolean noneIn(PlacementState state, List<WorkloadTerms.Ref> refs, int host) {
        for (WorkloadTerms.Ref r : refs) {
            if (state.count(r.demand(), r.over(), state.problem().domain(r.over(), host)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        Broken broken = firstBroken(state, replica, host);
        return broken == null ? null
                : refusals.get(state.problem(), p -> new HashMap<>()).computeIfAbsent(broken, b -> describe(state, b));
    }

    private static Rejection describe(PlacementState state, Broken broken) {
        WorkloadTerms.Ref r = broken.term();
        switch (broken.rule()) {
            case AFFINITY:
                return Rejection.withFix(NAME, AFFINITY,
                        "make the affinity to workload " + r.workload() + " over " + r.over() + " preferred", RELAX);
            case ANTI_AFFINITY:
                return Rejection.withFix(NAME, ANTI_AFFINITY,
                        "make the anti-affinity to workload " + r.workload() + " over " + r.over() + " preferred",
                        RELAX);
            default:
                return Rejection.withFix(NAME, EXISTING_ANTI_AFFINITY, "make the anti-affinity of workload "
                        + r.workload() + " to workload " + state.problem().demands().get(broken.self()).name()
                        + " over " + r.over() + " preferred", RELAX);
        }
    }

    private Broken firstBroken(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        WorkloadTerms all = terms(problem);
        int self = replica.demand();
        for (WorkloadTerms.Ref r : all.affinity(self)) {
            if (!(r.demand() == self && isFirst(state, replica, host))
                    && state.count(r.demand(), r.over(), problem.domain(r.over(), host)) == 0) {
                return new Broken(self, Rule.AFFINITY, r);
            }
        }
        for (WorkloadTerms.Ref r : all.antiAffinity(self)) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                return new Broken(self, Rule.ANTI_AFFINITY, r);
            }
        }
        for (WorkloadTerms.Ref r : all.keptAwayBy(self)) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                return new Broken(self, Rule.EXISTING_ANTI_AFFINITY, r);
            }
        }
        return null;
    }

    /**
     * Kubernetes lets the first replica of a workload with affinity to itself go anywhere. A replica Karmada sends to
     * one cluster is the first when that cluster holds none yet: its scheduler sees no other.
     */
    private static boolean isFirst(PlacementState state, Replica replica, int host) {
        int self = replica.demand();
        return replica.cluster() < 0 ? state.placedCount(self) == 0
                : state.count(self, TopologyKey.CLUSTER, state.problem().domain(TopologyKey.CLUSTER, host)) == 0;
    }

    private WorkloadTerms terms(Problem problem) {
        return terms.get(problem, WorkloadTerms::required);
    }
}
