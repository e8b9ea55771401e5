package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;

/**
 * Objective {@code affinity}: the workload's soft placement wishes, as kube-scheduler's scoring plugins for node
 * affinity, inter-pod affinity, taints and spread weigh them. A preferred affinity term the host meets counts
 * {@code -weight/100}, a preferred anti-affinity term it breaks {@code +weight/100} (sites, clusters, nodes, node labels
 * and workloads alike); each PreferNoSchedule taint not tolerated {@code +0.5}; and each ScheduleAnyway spread
 * constraint the placement would break, the skew beyond {@code maxSkew} in replicas. Topologies have no weight for
 * this objective: it counts 1 unless a run's options say otherwise.
 */
public final class PreferredAffinity implements Scorer {

    public static final String NAME = "PreferredAffinity";
    public static final String OBJECTIVE = "affinity";
    /** Half a full-weight preference: avoidable, but not at any price. */
    static final double UNTOLERATED_PREFER_NO_SCHEDULE = 0.5;

    private final RunCache<Problem, WorkloadTerms> terms = new RunCache<>();
    private final RunCache<PlacementState, SpreadDomains> spread = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        terms.get(problem, WorkloadTerms::preferred).requestCounts(requests);
        for (Demand d : problem.demands()) {
            for (SpreadConstraint c : d.workload().spread()) {
                if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY) {
                    requests.track(d.index(), c.over());
                }
            }
        }
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        Workload workload = state.demandOf(replica).workload();
        HostGroup group = problem.groupOf(host);
        String hostName = problem.hostNames()[host];
        double delta = 0;
        for (AffinityTerm t : workload.affinity()) {
            if (!t.isRequired() && t.workload() == null && isAt(t, group, hostName)) {
                delta -= t.preferred() / 100.0;
            }
        }
        for (AffinityTerm t : workload.antiAffinity()) {
            if (!t.isRequired() && t.workload() == null && isAt(t, group, hostName)) {
                delta += t.preferred() / 100.0;
            }
        }
        WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
        for (WorkloadTerms.Ref r : preferred.affinity(replica.demand())) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                delta -= r.weight() / 100.0;
            }
        }
        for (WorkloadTerms.Ref r : preferred.antiAffinity(replica.demand())) {
            if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                delta += r.weight() / 100.0;
            }
        }
        delta += untoleratedPreferNoSchedule(workload, group.taints()) * UNTOLERATED_PREFER_NO_SCHEDULE;
        return delta + skewExcess(state, replica, host, workload.spread());
    }

    /** A preference: a swing of one full-weight term. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }

    /** True when the host is one of the places a site, cluster, node or node-label term names. */
    static boolean isAt(AffinityTerm t, HostGroup group, String hostName) {
        return t.sites().contains(group.site().name())
                || (!group.isDevice() && t.clusters().contains(group.cluster().name()))
                || t.nodes().contains(hostName) || t.nodes().contains(group.name())
                || (!t.nodeLabels().isEmpty() && group.labels().entrySet().containsAll(t.nodeLabels().entrySet()));
    }

    private static int untoleratedPreferNoSchedule(Workload workload, List<Taint> taints) {
        int untolerated = 0;
        for (Taint taint : taints) {
            if (taint.effect() == TaintEffect.PREFER_NO_SCHEDULE
                    && workload.tolerations().stream().noneMatch(t -> t.tolerates(taint))) {
                untolerated++;
            }
        }
        return untolerated;
    }

    private double skewExcess(PlacementState state, Replica replica, int host, List<SpreadConstraint> constraints) {
        double excess = 0;
        for (SpreadConstraint c : constraints) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY) {
                int skew = spread.get(state, SpreadDomains::new).skewAfterPlacing(replica.demand(), c.over(), host);
                excess += Math.max(0, skew - c.maxSkew());
            }
        }
        return excess;
    }
}
