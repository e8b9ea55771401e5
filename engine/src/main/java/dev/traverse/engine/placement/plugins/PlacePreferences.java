package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workload's preferred site, cluster, node and node-label terms and the PreferNoSchedule taints it does not
 * tolerate add to a host's score, with the terms resolved once per workload to the groups and hosts they name: the
 * scorer asks for every candidate host, and comparing names there would cost more than all other scoring. For one
 * run, on one thread.
 */
final class PlacePreferences {

    /** Kubernetes counts untolerated PreferNoSchedule taints; half a full-weight preference each. */
    static final double UNTOLERATED_PREFER_NO_SCHEDULE = 0.5;

    /**
     * A term resolved: the groups it names whole, the members it names one by one, and what it adds where it holds
     * (a preferred anti-affinity broken) or where it does not (a preferred affinity missed).
     */
    private record Term(BitSet groups, BitSet hosts, double delta, boolean addsWhereHeld) {

        boolean adds(int group, int host) {
            return (groups.get(group) || hosts.get(host)) == addsWhereHeld;
        }
    }

    private static final Term[] NONE = {};

    private final Problem problem;
    private final Term[][] terms;
    private final boolean[] preferNoSchedule;
    /** Per group, its PreferNoSchedule taints: all of them are untolerated by a workload with no tolerations. */
    private final int[] preferNoScheduleCount;
    private Map<String, Integer> hostByName;
    /** The groups a term with no {@code nodes} names, by its sites, clusters and node labels; never changed. */
    private final Map<List<Object>, BitSet> groupsNamed = new HashMap<>();
    private Map<String, Integer> groupByName;

    PlacePreferences(Problem problem) {
        this.problem = problem;
        this.terms = new Term[problem.demands().size()][];
        this.preferNoSchedule = new boolean[problem.groups().size()];
        this.preferNoScheduleCount = new int[problem.groups().size()];
        for (HostGroup g : problem.groups()) {
            preferNoScheduleCount[g.index()] =
                    (int) g.taints().stream().filter(t -> t.effect() == TaintEffect.PREFER_NO_SCHEDULE).count();
            preferNoSchedule[g.index()] = preferNoScheduleCount[g.index()] > 0;
        }
    }

    /** The sum over the demand's preferred place terms and the group's untolerated PreferNoSchedule taints. */
    double delta(int demand, int group, int host) {
        double delta = 0;
        for (Term t : terms(demand)) {
            if (t.adds(group, host)) {
                delta += t.delta();
            }
        }
        if (preferNoSchedule[group]) {
            delta += untolerated(demand, group) * UNTOLERATED_PREFER_NO_SCHEDULE;
        }
        return delta;
    }

    /**
     * {@link #least} for many groups at once, into {@code into[i]} for {@code groups[i]}: with no place term, only
     * groups with a PreferNoSchedule taint can add anything.
     */
    void least(int demand, int[] groups, double[] into) {
        boolean noTerms = terms(demand).length == 0;
        for (int i = 0; i < groups.length; i++) {
            int g = groups[i];
            into[i] = noTerms && !preferNoSchedule[g] ? 0 : least(demand, problem.groups().get(g));
        }
    }

    /** True when the workload has preferred terms naming places. */
    boolean hasTerms(int demand) {
        return terms(demand).length > 0;
    }

    /** The least {@link #delta} over the group's members: they differ only where a term names single members. */
    double least(int demand, HostGroup group) {
        Term[] resolved = terms(demand);
        if (resolved.length == 0 && !preferNoSchedule[group.index()]) {
            return 0;
        }
        boolean namesMembers = false;
        for (Term t : resolved) {
            namesMembers |= !t.hosts().isEmpty();
        }
        if (!namesMembers) {
            return delta(demand, group.index(), group.firstHost());
        }
        double least = Double.POSITIVE_INFINITY;
        for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
            least = Math.min(least, delta(demand, group.index(), h));
        }
        return least;
    }

    private Term[] terms(int demand) {
        Term[] resolved = terms[demand];
        if (resolved == null) {
            Workload w = problem.demands().get(demand).workload();
            List<Term> list = new ArrayList<>();
            // A preferred affinity missed raises the score, as does a preferred anti-affinity broken.
            w.affinity().stream().filter(PlacePreferences::isPreferredPlace).forEach(t -> list.add(resolve(t, false)));
            w.antiAffinity().stream().filter(PlacePreferences::isPreferredPlace)
                    .forEach(t -> list.add(resolve(t, true)));
            resolved = list.isEmpty() ? NONE : list.toArray(Term[]::new);
            terms[demand] = resolved;
        }
        return resolved;
    }

    private static boolean isPreferredPlace(AffinityTerm t) {
        return !t.isRequired() && t.workload() == null;
    }

    private Term resolve(AffinityTerm t, boolean addsWhereHeld) {
        BitSet groups = new BitSet();
        BitSet hosts = new BitSet();
        // Sites, clusters and node labels hold for whole groups, read as NodeAffinity reads them. Thousands of
        // workloads name the same few places: each distinct place is looked for among the groups once.
        if (t.nodes().isEmpty()) {
            groups = groupsNamed.computeIfAbsent(List.of(t.sites(), t.clusters(), t.nodeLabels()), k -> {
                BitSet named = new BitSet();
                for (HostGroup g : problem.groups()) {
                    if (PlaceTerms.touches(t, g)) {
                        named.set(g.index());
                    }
                }
                return named;
            });
        }
        for (String path : t.nodes()) {
            Integer group = groupByName().get(path);
            Integer host = hostByName().get(path);
            if (group != null) {
                groups.set(group); // a pool or device group: every member
            } else if (host != null) {
                hosts.set(host);
            }
        }
        return new Term(groups, hosts, t.preferred() / 100.0, addsWhereHeld);
    }

    private Map<String, Integer> hostByName() {
        if (hostByName == null) {
            hostByName = new HashMap<>();
            for (int h = 0; h < problem.hostCount(); h++) {
                hostByName.put(problem.hostNames()[h], h);
            }
        }
        return hostByName;
    }

    private Map<String, Integer> groupByName() {
        if (groupByName == null) {
            groupByName = new HashMap<>();
            problem.groups().forEach(g -> groupByName.put(g.name(), g.index()));
        }
        return groupByName;
    }

    private int untolerated(int demand, int group) {
        Workload workload = problem.demands().get(demand).workload();
        if (workload.tolerations().isEmpty()) {
            return preferNoScheduleCount[group];
        }
        int untolerated = 0;
        for (Taint taint : problem.groups().get(group).taints()) {
            if (taint.effect() == TaintEffect.PREFER_NO_SCHEDULE && !tolerated(workload, taint)) {
                untolerated++;
            }
        }
        return untolerated;
    }

    private static boolean tolerated(Workload workload, Taint taint) {
        for (var toleration : workload.tolerations()) {
            if (toleration.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }
}
