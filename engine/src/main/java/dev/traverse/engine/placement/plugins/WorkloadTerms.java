package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The affinity and anti-affinity terms that name workloads, either the required or the preferred ones, resolved to
 * demand indexes once per problem, with the reverse views: which other workloads keep away from a given one (as
 * Kubernetes' symmetric anti-affinity needs) and which seek it out.
 */
final class WorkloadTerms {

    /** A term naming workload {@code demand}, counted per domain {@code over}; weight 0 for required terms. */
    record Ref(int demand, String workload, TopologyKey over, int weight) {
    }

    private final List<List<Ref>> affinity = new ArrayList<>();
    private final List<List<Ref>> antiAffinity = new ArrayList<>();
    private final List<List<Ref>> keptAwayBy = new ArrayList<>();
    private final List<List<Ref>> soughtBy = new ArrayList<>();
    private final boolean[] empty;

    private WorkloadTerms(Problem problem, boolean required) {
        Map<String, Integer> byName = new HashMap<>();
        for (Demand d : problem.demands()) {
            byName.put(d.name(), d.index());
            affinity.add(new ArrayList<>());
            antiAffinity.add(new ArrayList<>());
            keptAwayBy.add(new ArrayList<>());
            soughtBy.add(new ArrayList<>());
        }
        for (Demand d : problem.demands()) {
            resolve(d.workload().affinity(), required, byName, affinity.get(d.index()));
            resolve(d.workload().antiAffinity(), required, byName, antiAffinity.get(d.index()));
            for (Ref anti : antiAffinity.get(d.index())) {
                if (anti.demand() != d.index()) { // a workload keeping away from itself is its own rule already
                    keptAwayBy.get(anti.demand()).add(new Ref(d.index(), d.name(), anti.over(), anti.weight()));
                }
            }
            for (Ref seek : affinity.get(d.index())) {
                if (!required && seek.demand() != d.index()) { // required affinity binds only the workload it is of
                    soughtBy.get(seek.demand()).add(new Ref(d.index(), d.name(), seek.over(), seek.weight()));
                }
            }
        }
        empty = new boolean[affinity.size()];
        for (int d = 0; d < empty.length; d++) {
            empty[d] = affinity.get(d).isEmpty() && antiAffinity.get(d).isEmpty() && keptAwayBy.get(d).isEmpty()
                    && soughtBy.get(d).isEmpty();
        }
    }

    static WorkloadTerms required(Problem problem) {
        return new WorkloadTerms(problem, true);
    }

    static WorkloadTerms preferred(Problem problem) {
        return new WorkloadTerms(problem, false);
    }

    private static void resolve(List<AffinityTerm> terms, boolean required, Map<String, Integer> byName,
                                List<Ref> into) {
        for (AffinityTerm t : terms) {
            Integer named = t.workload() == null ? null : byName.get(t.workload());
            if (named != null && t.isRequired() == required) {
                into.add(new Ref(named, t.workload(), t.overOrDefault(), required ? 0 : t.preferred()));
            }
        }
    }

    /** Asks for the counts of every named workload over its term's domain. */
    void requestCounts(CountRequests requests) {
        for (List<List<Ref>> refs : List.of(affinity, antiAffinity, keptAwayBy, soughtBy)) {
            refs.forEach(list -> list.forEach(r -> requests.track(r.demand(), r.over())));
        }
    }

    /** Terms of the demand's affinity naming workloads. */
    List<Ref> affinity(int demand) {
        return affinity.get(demand);
    }

    /** Terms of the demand's anti-affinity naming workloads. */
    List<Ref> antiAffinity(int demand) {
        return antiAffinity.get(demand);
    }

    /** Other workloads whose anti-affinity names the demand: {@code demand} of each ref is the other workload. */
    List<Ref> keptAwayBy(int demand) {
        return keptAwayBy.get(demand);
    }

    /**
     * Other workloads whose preferred affinity names the demand: {@code demand} of each ref is the other workload.
     * Empty for required terms, which bind only the workload they are of.
     */
    List<Ref> soughtBy(int demand) {
        return soughtBy.get(demand);
    }

    /** True when no term concerns the demand; asked for every host an explanation looks at, so kept in a table. */
    boolean isEmpty(int demand) {
        return empty[demand];
    }
}
