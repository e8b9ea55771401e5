package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;

/**
 * Objective {@code affinity}: the workload's soft placement wishes, as kube-scheduler's scoring plugins for node
 * affinity, inter-pod affinity, taints and spread weigh them. A preferred affinity term the host meets counts
 * {@code -weight/100}, a preferred anti-affinity term it breaks {@code +weight/100} (sites, clusters, nodes, node
 * labels and workloads alike); each PreferNoSchedule taint not tolerated {@code +0.5}; and each ScheduleAnyway
 * spread constraint the placement would break, the skew beyond {@code maxSkew} in replicas. Topologies have no
 * weight for this objective: it counts 1 unless a run's options say otherwise.
 */
public final class PreferredAffinity implements Scorer {

    public static final String NAME = "PreferredAffinity";
    public static final String OBJECTIVE = "affinity";

    private final RunCache<Problem, WorkloadTerms> terms = new RunCache<>();
    private final RunCache<Problem, PlacePreferences> places = new RunCache<>();
    private final RunCache<PlacementState, SpreadDomains> spread = new RunCache<>();
    private final RunCache<Problem, Boolean> anyPreferNoSchedule = new RunCache<>();

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

    /**
     * The group's place preferences at their best member, less every preferred workload affinity met; anti-affinity
     * and ScheduleAnyway spread add nothing at best.
     */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        double best = places.get(problem, PlacePreferences::new).minDelta(demand, group);
        WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
        if (!preferred.isEmpty(demand)) {
            for (WorkloadTerms.Ref r : preferred.affinity(demand)) {
                best -= r.weight() / 100.0;
            }
        }
        return best;
    }

    /** Its bounds read the workload's terms and tolerations (for PreferNoSchedule taints). */
    @Override
    public Object boundKey(Problem problem, int demand) {
        var w = problem.demands().get(demand).workload();
        return java.util.List.of(w.affinity(), w.antiAffinity(), w.tolerations());
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        int demand = replica.demand();
        double delta = places.get(problem, PlacePreferences::new).delta(demand, problem.hostGroup()[host], host);
        WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
        if (!preferred.isEmpty(demand)) {
            for (WorkloadTerms.Ref r : preferred.affinity(demand)) {
                if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                    delta -= r.weight() / 100.0;
                }
            }
            for (WorkloadTerms.Ref r : preferred.antiAffinity(demand)) {
                if (state.count(r.demand(), r.over(), problem.domain(r.over(), host)) > 0) {
                    delta += r.weight() / 100.0;
                }
            }
        }
        List<SpreadConstraint> spreads = problem.demands().get(demand).workload().spread();
        for (int i = 0; i < spreads.size(); i++) {
            SpreadConstraint c = spreads.get(i);
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY) {
                int skew = spread.get(state, SpreadDomains::new).skewAfterPlacing(replica, c.over(), host);
                delta += Math.max(0, skew - c.maxSkew());
            }
        }
        return delta;
    }

    @Override
    public boolean appliesTo(Problem problem, int demand) {
        var w = problem.demands().get(demand).workload();
        boolean preferredTerm = w.affinity().stream().anyMatch(t -> !t.isRequired())
                || w.antiAffinity().stream().anyMatch(t -> !t.isRequired());
        boolean anywaySpread = w.spread().stream()
                .anyMatch(c -> c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY);
        return preferredTerm || anywaySpread || anyPreferNoSchedule.get(problem, p -> p.groups().stream()
                .anyMatch(g -> g.taints().stream().anyMatch(t -> t.effect()
                        == dev.traverse.engine.model.TaintEffect.PREFER_NO_SCHEDULE)));
    }

    /** At best every preferred affinity term holds and nothing else costs: minus the sum of their weights. */
    @Override
    public double lowerBound(Problem problem, Demand demand, java.util.BitSet groups) {
        return -demand.workload().affinity().stream().filter(t -> !t.isRequired())
                .mapToDouble(t -> t.preferred() / 100.0).sum();
    }

    /** A preference: a swing of one full-weight term. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
