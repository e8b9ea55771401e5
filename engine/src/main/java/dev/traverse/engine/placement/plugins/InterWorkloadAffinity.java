package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

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

    private final RunCache<Problem, WorkloadTerms> terms = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        terms(problem).requestCounts(requests);
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        return !terms(state.problem()).isEmpty(demand);
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        WorkloadTerms all = terms(problem);
        int self = replica.demand();
        for (WorkloadTerms.Ref r : all.affinity(self)) {
            // Kubernetes lets the first replica of a workload with affinity to itself go anywhere.
            boolean first = r.demand() == self && state.placedCount(self) == 0;
            if (!first && state.count(r.demand(), r.over(), problem.domain(r.over(), host)) == 0) {
                return Rejection.withFix(NAME, AFFINITY,
                        "make the affinity to workload " + r.workload() + " over " + r.over() + " preferred", RELAX);
            }
        }
        for (WorkloadTerms.Ref r : all.antiAffinity(self)) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                return Rejection.withFix(NAME, ANTI_AFFINITY,
                        "make the anti-affinity to workload " + r.workload() + " over " + r.over() + " preferred",
                        RELAX);
            }
        }
        for (WorkloadTerms.Ref r : all.keptAwayBy(self)) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                return Rejection.withFix(NAME, EXISTING_ANTI_AFFINITY, "make the anti-affinity of workload "
                        + r.workload() + " to workload " + state.demandOf(replica).name() + " over " + r.over()
                        + " preferred", RELAX);
            }
        }
        return null;
    }

    private WorkloadTerms terms(Problem problem) {
        return terms.get(problem, WorkloadTerms::required);
    }
}
