package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.LimitedCredit;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objective {@code affinity}: the workload's soft placement wishes, as kube-scheduler's scoring plugins for node
 * affinity, inter-pod affinity, taints and spread weigh them, counted as what is missed: a preferred affinity term
 * the host does not meet counts {@code weight/100}, a preferred anti-affinity term it breaks {@code weight/100}
 * (sites, clusters, nodes, node labels and workloads alike); and each PreferNoSchedule taint not tolerated
 * {@code 0.5}. Terms naming workloads are judged on the final placement: a replica meets one where the named workload
 * has another replica in its domain, whichever came first, so placing a replica also changes what the replicas
 * naming its workload miss. ScheduleAnyway spread counts toward the same objective through
 * {@link ScheduleAnywaySpread}. A placement that grants every wish scores 0, so the objective's total and its gap to the bound read as what is
 * missed. Topologies have no weight for this objective: it counts 1 unless a run's options say otherwise.
 */
public final class PreferredAffinity implements Scorer {

    public static final String NAME = "PreferredAffinity";
    public static final String OBJECTIVE = "affinity";

    private final RunCache<Problem, WorkloadTerms> terms = new RunCache<>();
    private final RunCache<Problem, PlacePreferences> places = new RunCache<>();
    private final RunCache<Problem, boolean[]> applies = new RunCache<>();
    private final RunCache<PlacedReplicas, TargetDomains> targets = new RunCache<>();
    private final RunCache<PlacedReplicas, SharingBound> sharing = new RunCache<>();
    private final RunCache<Problem, double[]> givesBack = new RunCache<>();

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
    }

    /**
     * The group's place preferences at their best member; preferred workload affinity may be met, and
     * anti-affinity adds nothing at best; less what the replica may give back to others: each replica of a workload
     * whose preferred affinity names this one, and one of its own workload's where it seeks itself.
     */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        return places.get(problem, PlacePreferences::new).least(demand, problem.groups().get(group))
                - givesBack.get(problem, this::mostGivenBack)[demand];
    }

    /** Per demand, the most one of its replicas lowers others' misses of preferred affinity to it. */
    private double[] mostGivenBack(Problem problem) {
        WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
        int[] replicas = problem.replicasPerDemand();
        double[] out = new double[replicas.length];
        for (int d = 0; d < out.length; d++) {
            for (WorkloadTerms.Ref v : preferred.soughtBy(d)) {
                out[d] += v.weight() / 100.0 * replicas[v.demand()];
            }
            for (WorkloadTerms.Ref r : preferred.affinity(d)) {
                if (r.demand() == d) {
                    out[d] += r.weight() / 100.0;
                }
            }
        }
        return out;
    }

    /**
     * Its bounds read the workload's preferred place terms, its tolerations (for PreferNoSchedule taints) and the
     * weights of its preferred affinity to workloads, in order; not which workloads those name, so that workloads
     * preferring different companions with equal weights share their bounds and group order.
     */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        var w = problem.demands().get(demand).workload();
        List<Integer> weights = terms.get(problem, WorkloadTerms::preferred).affinity(demand).stream()
                .map(WorkloadTerms.Ref::weight).toList();
        // Only preferred terms count here: required ones are the filters' business.
        double givenBack = givesBack.get(problem, this::mostGivenBack)[demand];
        return List.of(preferredPlaces(w.affinity()), preferredPlaces(w.antiAffinity()), w.tolerations(), weights,
                givenBack);
    }

    private static List<dev.traverse.engine.model.AffinityTerm> preferredPlaces(
            List<dev.traverse.engine.model.AffinityTerm> terms) {
        return terms.stream().filter(t -> !t.isRequired() && t.workload() == null).toList();
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        int demand = replica.demand();
        double delta = places.get(problem, PlacePreferences::new).delta(demand, problem.hostGroup()[host], host);
        WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
        return preferred.isEmpty(demand) ? delta : delta + workloadTermsChange(state, preferred, demand, host);
    }

    /**
     * What placing a replica of the demand on the host changes in the terms naming workloads, its own and those of
     * the workloads naming it, each counted on the final placement: a replica misses an affinity term where the
     * named workload has no other replica in its domain, and breaks an anti-affinity term where it has one.
     */
    private static double workloadTermsChange(PlacementState state, WorkloadTerms preferred, int demand, int host) {
        Problem problem = state.problem();
        double change = 0;
        for (WorkloadTerms.Ref r : preferred.affinity(demand)) {
            int there = state.count(r.demand(), r.over(), problem.domain(r.over(), host));
            double weight = r.weight() / 100.0;
            if (there == 0) {
                change += weight; // none to join: this one misses
            } else if (there == 1 && r.demand() == demand) {
                change -= weight; // the one there was alone, and is now joined
            }
        }
        for (WorkloadTerms.Ref r : preferred.antiAffinity(demand)) {
            int there = state.count(r.demand(), r.over(), problem.domain(r.over(), host));
            double weight = r.weight() / 100.0;
            if (there > 0) {
                change += weight; // this one shares the domain
            }
            if (there == 1 && r.demand() == demand) {
                change += weight; // and the one there no longer is alone
            }
        }
        for (WorkloadTerms.Ref v : preferred.soughtBy(demand)) {
            int domain = problem.domain(v.over(), host);
            if (state.count(demand, v.over(), domain) == 0) {
                change -= v.weight() / 100.0 * state.count(v.demand(), v.over(), domain); // those there now meet it
            }
        }
        for (WorkloadTerms.Ref v : preferred.keptAwayBy(demand)) {
            int domain = problem.domain(v.over(), host);
            if (state.count(demand, v.over(), domain) == 0) {
                change += v.weight() / 100.0 * state.count(v.demand(), v.over(), domain); // those there now break it
            }
        }
        return change;
    }

    /** Every wish is counted on the final placement: the deltas are the changes of that count. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public boolean appliesTo(Problem problem, int demand) {
        // Asked for every demand by every bound and plan of a run: worked out once per problem.
        return applies.get(problem, this::appliesPerDemand)[demand];
    }

    private boolean[] appliesPerDemand(Problem problem) {
        boolean preferNoSchedule = problem.groups().stream().anyMatch(g -> g.taints().stream()
                .anyMatch(t -> t.effect() == dev.traverse.engine.model.TaintEffect.PREFER_NO_SCHEDULE));
        boolean[] out = new boolean[problem.demands().size()];
        for (int d = 0; d < out.length; d++) {
            var w = problem.demands().get(d).workload();
            boolean preferredTerm = w.affinity().stream().anyMatch(t -> !t.isRequired())
                    || w.antiAffinity().stream().anyMatch(t -> !t.isRequired());
            WorkloadTerms preferred = terms.get(problem, WorkloadTerms::preferred);
            boolean named = !preferred.soughtBy(d).isEmpty() || !preferred.keptAwayBy(d).isEmpty();
            out[d] = preferredTerm || named || preferNoSchedule;
        }
        return out;
    }

    /**
     * The group's place preferences and taints as they are, and every preferred term naming a workload missed except
     * where it can be met: where the named workload has placed replicas that may run in the same domain (another
     * replica, when a workload names itself). Anti-affinity can only add. A replica may lower what others miss, so a
     * delta can fall below this, but each replica's own misses in the final placement, which the deltas add up to,
     * never do.
     */
    @Override
    public double lowerBound(PlacedReplicas placed, Demand demand, int group) {
        double[] one = new double[1];
        lowerBounds(placed, demand, new int[] {group}, one);
        return one[0];
    }

    /** Without preferred terms of its own, only the taints a workload tolerates tell it apart. */
    @Override
    public Object boundKey(Problem problem, Demand demand) {
        boolean ownTerms = places.get(problem, PlacePreferences::new).hasTerms(demand.index())
                || !terms.get(problem, WorkloadTerms::preferred).affinity(demand.index()).isEmpty();
        return ownTerms ? demand : demand.workload().tolerations();
    }

    @Override
    public void lowerBounds(PlacedReplicas placed, Demand demand, int[] groups, double[] into) {
        Problem problem = placed.problem();
        places.get(problem, PlacePreferences::new).least(demand.index(), groups, into);
        for (WorkloadTerms.Ref r : terms.get(problem, WorkloadTerms::preferred).affinity(demand.index())) {
            double missed = r.weight() / 100.0;
            TargetDomains reach = targets.get(placed, TargetDomains::new);
            if (!reach.mayMeetAny(r, demand.index())) {
                for (int i = 0; i < groups.length; i++) {
                    into[i] += missed;
                }
                continue;
            }
            BitSet reachable = reach.reachOf(r); // looked up once per term, not per group
            for (int i = 0; i < groups.length; i++) {
                if (!TargetDomains.meets(problem, r, reachable, problem.groups().get(groups[i]))) {
                    into[i] += missed;
                }
            }
        }
    }

    /**
     * Preferred anti-affinity of a workload to itself, which the per-replica bounds count as nothing: at least what
     * the replicas pay spread over as many domains as they may use ({@link SharingBound}).
     */
    @Override
    public double lowerBoundBeyondReplicas(PlacedReplicas placed, int demand) {
        return sharing.get(placed, p -> new SharingBound(p, terms.get(p.problem(), WorkloadTerms::preferred)))
                .of(demand);
    }

    /**
     * A single preferred term naming another workload over zones or wider is met only in the domains that workload's
     * replicas are in: at most as many as it has placed.
     */
    @Override
    public LimitedCredit limitedCredit(PlacedReplicas placed, Demand demand) {
        List<WorkloadTerms.Ref> refs = terms.get(placed.problem(), WorkloadTerms::preferred).affinity(demand.index());
        if (refs.size() != 1) {
            return null;
        }
        WorkloadTerms.Ref r = refs.get(0);
        if (r.over() == TopologyKey.NODE || r.demand() == demand.index() || placed.count(r.demand()) == 0) {
            return null;
        }
        return new LimitedCredit(r.over(), placed.count(r.demand()), r.weight() / 100.0,
                targets.get(placed, TargetDomains::new).reachOf(r));
    }

    /** Per named workload and topology key, the domains its placed replicas may be in; built as terms ask. */
    private static final class TargetDomains {

        private final PlacedReplicas placed;
        private final Map<List<Object>, BitSet> domains = new HashMap<>();

        TargetDomains(PlacedReplicas placed) {
            this.placed = placed;
        }

        /** The domains of the term's key its workload's placed replicas may be in. */
        BitSet reachOf(WorkloadTerms.Ref term) {
            return domains.computeIfAbsent(List.of(term.demand(), term.over()), k -> reach(term));
        }

        /**
         * False when a replica of the demand can meet the term on no group: the workload it names has no other
         * replica placed. Otherwise {@link #meets} tells where it may.
         */
        boolean mayMeetAny(WorkloadTerms.Ref term, int demand) {
            int others = placed.count(term.demand()) - (term.demand() == demand ? 1 : 0);
            return others > 0;
        }

        /** Whether the group lies in a domain of {@code reachable}, the term's {@link #reachOf}. */
        static boolean meets(Problem problem, WorkloadTerms.Ref term, BitSet reachable, HostGroup group) {
            if (term.over() != TopologyKey.NODE) {
                return reachable.get(problem.domain(term.over(), group.firstHost()));
            }
            int member = reachable.nextSetBit(group.firstHost());
            return member >= 0 && member < group.lastHostExclusive();
        }

        private BitSet reach(WorkloadTerms.Ref term) {
            Problem problem = placed.problem();
            BitSet out = new BitSet();
            for (ReplicaClass c : placed.ofDemand(term.demand())) {
                if (c.isPinned()) {
                    out.set(problem.domain(term.over(), c.host()));
                    continue;
                }
                for (int g = c.groups().nextSetBit(0); g >= 0; g = c.groups().nextSetBit(g + 1)) {
                    HostGroup group = problem.groups().get(g);
                    if (term.over() == TopologyKey.NODE) {
                        out.set(group.firstHost(), group.lastHostExclusive());
                    } else {
                        out.set(problem.domain(term.over(), group.firstHost()));
                    }
                }
            }
            return out;
        }
    }

    /** A preference: a swing of one full-weight term. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
