package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Where a replica meets its preferred affinity to a workload now: the groups in the domains that workload's placed
 * replicas hold (the hosts themselves, for a term over nodes). {@link CandidateSearch} ranks groups by bounds that count
 * such a term as met on every group, and judges only the first groups with room on a large estate, so the few where
 * it is met can lie beyond those; it judges these as well.
 */
final class JoinTargets {

    /** Domains of one term judged per replica: a workload with replicas in many domains offers plenty among them. */
    static final int DOMAINS_PER_TERM = 8;

    private record Term(int named, TopologyKey over) {
    }

    private final PlacementState state;
    private final Problem problem;
    private final Term[][] terms;
    private final int[][] replicasOf;
    private final Map<TopologyKey, int[][]> groupsByDomain = new EnumMap<>(TopologyKey.class);

    JoinTargets(PlacementState state) {
        this.state = state;
        this.problem = state.problem();
        int demands = problem.demands().size();
        terms = new Term[demands][];
        boolean[] named = new boolean[demands];
        // Every construction pass, the designer's previews included, builds this: most estates name no workload in a
        // preferred term, and then nothing is hashed or counted.
        Map<String, Integer> byName = null;
        boolean anyNamed = false;
        for (Demand d : problem.demands()) {
            List<Term> list = null;
            for (AffinityTerm t : d.workload().affinity()) {
                if (t.workload() == null || t.isRequired()) {
                    continue;
                }
                if (byName == null) {
                    byName = new HashMap<>(2 * demands);
                    for (Demand other : problem.demands()) {
                        byName.put(other.name(), other.index());
                    }
                }
                Integer target = byName.get(t.workload());
                if (target != null) {
                    list = list == null ? new ArrayList<>() : list;
                    list.add(new Term(target, t.overOrDefault()));
                    named[target] = true;
                    anyNamed = true;
                }
            }
            terms[d.index()] = list == null ? null : list.toArray(Term[]::new);
        }
        replicasOf = anyNamed ? replicasOfNamed(named) : new int[demands][];
    }

    private int[][] replicasOfNamed(boolean[] named) {
        int[] counts = new int[named.length];
        for (int i = 0; i < state.replicas().size(); i++) {
            int d = state.replica(i).demand();
            if (named[d]) {
                counts[d]++;
            }
        }
        int[][] out = new int[named.length][];
        for (int d = 0; d < named.length; d++) {
            out[d] = named[d] ? new int[counts[d]] : null;
            counts[d] = 0;
        }
        for (int i = 0; i < state.replicas().size(); i++) {
            int d = state.replica(i).demand();
            if (named[d]) {
                out[d][counts[d]++] = i;
            }
        }
        return out;
    }

    /** Whether the demand has a preferred affinity term naming a workload. */
    boolean hasTerms(int demand) {
        return terms[demand] != null;
    }

    /**
     * Calls {@code group} for each group in a domain where a named workload has a placed replica now, and {@code host}
     * for each such replica's host under a term over nodes; a group or host may come more than once.
     */
    void forEach(int demand, IntConsumer group, IntConsumer host) {
        Term[] own = terms[demand];
        if (own == null) {
            return;
        }
        for (Term term : own) {
            int[] seen = new int[DOMAINS_PER_TERM];
            int domains = 0;
            for (int replica : replicasOf[term.named()]) {
                int on = state.hostOf(replica);
                if (on == PlacementState.UNPLACED) {
                    continue;
                }
                if (term.over() == TopologyKey.NODE) {
                    host.accept(on);
                    continue;
                }
                int domain = problem.domain(term.over(), on);
                if (contains(seen, domains, domain)) {
                    continue;
                }
                seen[domains++] = domain;
                for (int g : groupsIn(term.over(), domain)) {
                    group.accept(g);
                }
                if (domains == DOMAINS_PER_TERM) {
                    break;
                }
            }
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The groups whose members lie in the domain: a group's members share every domain wider than a node. */
    private int[] groupsIn(TopologyKey key, int domain) {
        int[][] byDomain = groupsByDomain.computeIfAbsent(key, this::groupsByDomain);
        return domain >= 0 && domain < byDomain.length ? byDomain[domain] : new int[0];
    }

    private int[][] groupsByDomain(TopologyKey key) {
        int count = problem.domainCount(key);
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        for (HostGroup g : problem.groups()) {
            int domain = problem.domain(key, g.firstHost());
            if (domain >= 0 && domain < count) {
                lists.get(domain).add(g.index());
            }
        }
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
