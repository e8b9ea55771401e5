package dev.traverse.engine.placement.explain;

import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Explains why no host takes a replica, as kube-scheduler does ({@code 0/5000 nodes are available: 3200 Insufficient
 * memory, 1500 node(s) didn't match arch arm64}), and finds the smallest changes that would let it fit: the fixes of
 * hosts that fail the fewest rules, smallest first.
 */
public final class UnplacedExplainer {

    /** How many fixes an explanation offers. */
    static final int MAX_FIXES = 3;

    /** Why a group failed the static filters, for every group filter that refused it. */
    public interface GroupRejections {
        List<Rejection> of(Demand demand, HostGroup group);
    }

    private final Problem problem;
    private final PlacementState state;
    private final GroupRejections groupRejections;
    private final List<HostFilter> hostFilters;
    private final String hostNoun;
    /** The last explanation and what it was given: the next replica of a workload often meets the same state. */
    private Replica lastReplica;
    private long lastVersion = -1;
    private UnplacedReplica lastExplanation;

    public UnplacedExplainer(PlacementState state, GroupRejections groupRejections, List<HostFilter> hostFilters) {
        this.problem = state.problem();
        this.state = state;
        this.groupRejections = groupRejections;
        this.hostFilters = hostFilters;
        this.hostNoun = hostNoun(problem);
    }

    /**
     * The explanation of a replica that found no host among the groups {@code scope} allows. The scope must follow
     * from the replica's workload and restrictions, so that a replica like the last one, meeting the same state, gets
     * the same explanation without judging every host again.
     */
    public UnplacedReplica explain(Replica replica, IntPredicate scope) {
        if (lastExplanation != null && state.version() == lastVersion && sameRestrictions(replica, lastReplica)) {
            return lastExplanation.withReplica(replica.ordinal());
        }
        lastExplanation = judge(replica, scope);
        lastReplica = replica;
        lastVersion = state.version();
        return lastExplanation;
    }

    private static boolean sameRestrictions(Replica a, Replica b) {
        return a.demand() == b.demand() && a.site() == b.site() && a.cluster() == b.cluster() && a.host() < 0
                && b.host() < 0;
    }

    private UnplacedReplica judge(Replica replica, IntPredicate scope) {
        Demand demand = problem.demands().get(replica.demand());
        Tally tally = new Tally();
        int d = demand.index();
        List<HostFilter> applicable = hostFilters.stream().filter(f -> f.appliesTo(state, d)).toList();
        if (replica.host() >= 0) {
            tallyHost(demand, replica, applicable, replica.host(), 1, tally);
            String host = problem.hostNames()[replica.host()];
            boolean fleetReplica = demand.workload().kind() == dev.traverse.engine.model.WorkloadKind.FIRMWARE
                    && demand.workload().target() != null;
            String lead = fleetReplica ? "device " + host + " of fleet " + demand.workload().target().fleet() + " cannot take it: "
                    : "pinned to " + host + ", which is not available: ";
            return new UnplacedReplica(demand.name(), replica.ordinal(), lead + tally.reasonText(), tally.reasons(),
                    tally.fixes());
        }
        // Terms naming single members make empty members differ: then each is judged on its own.
        boolean emptyMembersDiffer = applicable.stream().anyMatch(f -> f.distinguishesEmptyMembers(state, d));
        for (HostGroup group : candidates(replica)) {
            if (!scope.test(group.index())) {
                continue;
            }
            if (!state.feasibleGroups(demand.index()).get(group.index())) {
                tally.add(groupRejections.of(demand, group), group.size());
                continue;
            }
            int emptyCounted = 0;
            int firstEmpty = -1;
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                if (state.isEmpty(h) && !emptyMembersDiffer) {
                    // Empty members of a group are alike: judge one for all of them.
                    if (firstEmpty < 0) {
                        firstEmpty = h;
                    }
                    emptyCounted++;
                } else {
                    tallyHost(demand, replica, applicable, h, 1, tally);
                }
            }
            if (firstEmpty >= 0) {
                tallyHost(demand, replica, applicable, firstEmpty, emptyCounted, tally);
            }
        }
        String hosts = tally.total + " " + hostNoun;
        String summary = "0/" + hosts + " are available" + (tally.total == 0 ? " (none in its scope)" : ": "
                + tally.reasonText());
        return new UnplacedReplica(demand.name(), replica.ordinal(), summary, tally.reasons(), tally.fixes());
    }

    /** @param applicable the host filters that apply to the demand */
    private void tallyHost(Demand demand, Replica replica, List<HostFilter> applicable, int host, int multiplicity,
                           Tally tally) {
        HostGroup group = problem.groupOf(host);
        List<Rejection> rejections = new ArrayList<>();
        if (!state.feasibleGroups(demand.index()).get(group.index())) {
            rejections.addAll(groupRejections.of(demand, group));
        }
        for (HostFilter filter : applicable) {
            Rejection r = filter.filter(state, replica, host);
            if (r != null) {
                rejections.add(r);
            }
        }
        tally.add(rejections, multiplicity);
    }

    /** The groups a replica's own site or cluster holds, or all groups. */
    private List<HostGroup> candidates(Replica replica) {
        if (replica.site() >= 0) {
            return problem.groups().stream().filter(g -> g.siteIndex() == replica.site()).toList();
        }
        return problem.groups();
    }

    private static String hostNoun(Problem problem) {
        boolean devices = problem.groups().stream().anyMatch(HostGroup::isDevice);
        boolean nodes = problem.groups().stream().anyMatch(g -> !g.isDevice());
        return devices && nodes ? "nodes and devices" : devices ? "devices" : "nodes";
    }

    /**
     * Counts reasons over hosts and collects candidate fixes. Hosts refused for the same rejections (most of them, on
     * a large estate) are counted together first and summarised once, in the order they were first met.
     */
    private static final class Tally {
        private final Map<List<Rejection>, int[]> hostsByRejections = new LinkedHashMap<>();
        private Map<String, Integer> reasonCounts;
        private Map<String, FixCandidate> fixes;
        private int total;

        void add(List<Rejection> rejections, int hosts) {
            total += hosts;
            hostsByRejections.computeIfAbsent(rejections, r -> new int[1])[0] += hosts;
        }

        private void summarise() {
            if (reasonCounts != null) {
                return;
            }
            reasonCounts = new HashMap<>();
            fixes = new HashMap<>();
            hostsByRejections.forEach((rejections, hosts) -> count(rejections, hosts[0]));
        }

        private void count(List<Rejection> rejections, int hosts) {
            if (rejections.isEmpty()) {
                // Passed every filter now: refused earlier by the order of placement, not by a rule.
                reasonCounts.merge("node(s) were taken by replicas placed before this one", hosts, Integer::sum);
                return;
            }
            // Counted under its first reason, as kube-scheduler counts a node under the plugin that refused it.
            reasonCounts.merge(rejections.get(0).reason(), hosts, Integer::sum);
            if (allHaveFixes(rejections)) {
                String fix = joinedFixes(rejections);
                double magnitude = 0;
                for (Rejection r : rejections) {
                    magnitude += r.magnitude();
                }
                fixes.merge(fix, new FixCandidate(fix, rejections.size(), magnitude, hosts),
                        (a, b) -> new FixCandidate(fix, a.rules, Math.min(a.magnitude, b.magnitude), a.hosts + b.hosts));
            }
        }

        private static boolean allHaveFixes(List<Rejection> rejections) {
            for (Rejection r : rejections) {
                if (r.fix() == null) {
                    return false;
                }
            }
            return true;
        }

        /** The fixes in order, each once; most hosts fail one rule, so this is usually a single fix. */
        private static String joinedFixes(List<Rejection> rejections) {
            if (rejections.size() == 1) {
                return rejections.get(0).fix();
            }
            return rejections.stream().map(Rejection::fix).distinct().collect(Collectors.joining(", and "));
        }

        List<ReasonCount> reasons() {
            summarise();
            return reasonCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                    .toList();
        }

        String reasonText() {
            return reasons().stream().map(r -> r.hosts() + " " + r.reason()).collect(Collectors.joining(", ")) + ".";
        }

        /** Fixes of the hosts that fail the fewest rules, the smallest change first. */
        List<String> fixes() {
            summarise();
            return fixes.values().stream()
                    .sorted(Comparator.comparingInt(FixCandidate::rules)
                            .thenComparingDouble(FixCandidate::magnitude)
                            .thenComparing(Comparator.comparingInt(FixCandidate::hosts).reversed())
                            .thenComparing(FixCandidate::fix))
                    .limit(MAX_FIXES)
                    .map(FixCandidate::fix)
                    .toList();
        }
    }

    private record FixCandidate(String fix, int rules, double magnitude, int hosts) {
    }
}
