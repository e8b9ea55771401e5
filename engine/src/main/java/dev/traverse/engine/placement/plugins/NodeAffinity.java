package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Required affinity and anti-affinity terms that name places (sites, clusters, nodes, node labels; Kubernetes'
 * required node affinity and Karmada's cluster affinity). Every affinity term must hold and no anti-affinity term may.
 *
 * <p>As a group filter it judges whole groups: a {@code nodes} term lets a group through when it names the group or
 * any member, and shuts it out when it names the group or every member. Terms naming single members make members of
 * one group differ, so it is also a host filter that checks the member's own name against {@code nodes} terms, for
 * demands that have one. Reasons: {@code node(s) didn't match affinity to sites store-017},
 * {@code node(s) excluded by anti-affinity to clusters aks-weu}.
 */
public final class NodeAffinity implements GroupFilter, HostFilter {

    public static final String NAME = "NodeAffinity";

    /** Widening or narrowing the places a workload is tied to. */
    static final double EDIT_TERM = 0.4;
    /** Labelling nodes is cheap, but it changes what else may select them. */
    static final double ADD_LABELS = 0.2;
    /** Removing a label may unsettle whatever else selects on it. */
    static final double REMOVE_LABEL = 0.3;

    @Override
    public String name() {
        return NAME;
    }

    /** Only required terms naming places count here: workload terms and preferences are judged elsewhere. */
    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        Workload w = demand.workload();
        return java.util.List.of(w.affinity().stream().filter(PlaceTerms::isRequiredPlaceTerm).toList(),
                w.antiAffinity().stream().filter(PlaceTerms::isRequiredPlaceTerm).toList());
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        Workload workload = demand.workload();
        for (AffinityTerm term : workload.affinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term) && !PlaceTerms.touches(term, group)) {
                return false;
            }
        }
        for (AffinityTerm term : workload.antiAffinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term) && PlaceTerms.covers(term, group)) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #admits} group by group, each term's groups taken from an index of the groups by place and name. */
    @Override
    public BitSet admitted(Problem problem, Demand demand, BitSet groups) {
        Workload workload = demand.workload();
        BitSet bits = (BitSet) groups.clone();
        for (AffinityTerm term : workload.affinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term)) {
                GroupIndex index = GroupIndex.of(problem);
                bits.and(term.nodes().isEmpty() ? index.holding(term) : index.touchedBy(term));
            }
        }
        for (AffinityTerm term : workload.antiAffinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term)) {
                GroupIndex index = GroupIndex.of(problem);
                bits.andNot(term.nodes().isEmpty() ? index.holding(term) : index.coveredBy(term));
            }
        }
        return bits;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        Workload workload = demand.workload();
        List<Rejection> misses = new ArrayList<>();
        for (AffinityTerm term : workload.affinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term) && !PlaceTerms.touches(term, group)) {
                misses.add(unmet(term, group));
            }
        }
        for (AffinityTerm term : workload.antiAffinity()) {
            if (PlaceTerms.isRequiredPlaceTerm(term) && PlaceTerms.covers(term, group)) {
                misses.add(excluded(term, group));
            }
        }
        return combine(misses);
    }

    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        Workload workload = state.demandOf(replica).workload();
        String hostName = state.problem().hostNames()[host];
        HostGroup group = state.problem().groupOf(host);
        for (AffinityTerm term : workload.affinity()) {
            if (isRequiredNodesTerm(term) && !PlaceTerms.namesHost(term, hostName, group)) {
                return false;
            }
        }
        for (AffinityTerm term : workload.antiAffinity()) {
            if (isRequiredNodesTerm(term) && PlaceTerms.namesHost(term, hostName, group)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        Workload workload = state.demandOf(replica).workload();
        String hostName = state.problem().hostNames()[host];
        HostGroup group = state.problem().groupOf(host);
        for (AffinityTerm term : workload.affinity()) {
            if (isRequiredNodesTerm(term) && !PlaceTerms.namesHost(term, hostName, group)) {
                return Rejection.withFix(NAME, unmetReason(term),
                        "add " + member(group, hostName) + " to the workload's required affinity", EDIT_TERM);
            }
        }
        for (AffinityTerm term : workload.antiAffinity()) {
            if (isRequiredNodesTerm(term) && PlaceTerms.namesHost(term, hostName, group)) {
                return Rejection.withFix(NAME, excludedReason(term),
                        "remove " + member(group, hostName) + " from the workload's required anti-affinity", EDIT_TERM);
            }
        }
        return null;
    }

    /** A node's name does not change with what is placed. */
    @Override
    public Reads reads(PlacementState state, int demand) {
        return Reads.NOTHING_PLACED;
    }

    /** Only {@code nodes} terms can tell members of a group apart; the group filter has settled all others. */
    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        Workload workload = state.problem().demands().get(demand).workload();
        return workload.affinity().stream().anyMatch(NodeAffinity::isRequiredNodesTerm)
                || workload.antiAffinity().stream().anyMatch(NodeAffinity::isRequiredNodesTerm);
    }

    /**
     * A {@code nodes} term naming single members of a group accepts some of its empty members and refuses others;
     * terms naming whole groups do not. Looks the names up in the problem's {@link GroupIndex}.
     */
    @Override
    public boolean distinguishesEmptyMembers(PlacementState state, int demand) {
        if (!appliesTo(state, demand)) {
            return false;
        }
        Workload workload = state.problem().demands().get(demand).workload();
        GroupIndex groups = GroupIndex.of(state.problem());
        return Stream.concat(workload.affinity().stream(), workload.antiAffinity().stream())
                .filter(NodeAffinity::isRequiredNodesTerm)
                .flatMap(term -> term.nodes().stream())
                .anyMatch(path -> !groups.names(path));
    }

    private static boolean isRequiredNodesTerm(AffinityTerm term) {
        return PlaceTerms.isRequiredPlaceTerm(term) && !term.nodes().isEmpty();
    }

    private static String unmetReason(AffinityTerm term) {
        return "node(s) didn't match affinity to " + PlaceTerms.target(term);
    }

    private static String excludedReason(AffinityTerm term) {
        return "node(s) excluded by anti-affinity to " + PlaceTerms.target(term);
    }

    /** The smallest change to the term, or to the group's labels, that lets the group through. */
    private static Rejection unmet(AffinityTerm term, HostGroup group) {
        String reason = unmetReason(term);
        if (!term.nodeLabels().isEmpty()) {
            return Rejection.withFix(NAME, reason, "label " + StaticFilterPhrases.membersOf(group) + " with "
                    + StaticFilterPhrases.labelAssignments(StaticFilterPhrases.missingLabels(term.nodeLabels(), group)),
                    ADD_LABELS);
        }
        String place;
        if (!term.sites().isEmpty()) {
            place = "site " + group.site().name();
        } else if (!term.clusters().isEmpty()) {
            if (group.isDevice()) {
                return Rejection.of(NAME, reason); // devices belong to no cluster
            }
            place = "cluster " + group.cluster().name();
        } else {
            place = StaticFilterPhrases.group(group);
        }
        return Rejection.withFix(NAME, reason, "add " + place + " to the workload's required affinity", EDIT_TERM);
    }

    /** The smallest change to the term, or to the group's labels, that lets at least part of the group through. */
    private static Rejection excluded(AffinityTerm term, HostGroup group) {
        String reason = excludedReason(term);
        if (!term.nodeLabels().isEmpty()) {
            String key = term.nodeLabels().keySet().iterator().next();
            return Rejection.withFix(NAME, reason,
                    "remove label " + key + " from " + StaticFilterPhrases.membersOf(group), REMOVE_LABEL);
        }
        String place;
        if (!term.sites().isEmpty()) {
            place = "site " + group.site().name();
        } else if (!term.clusters().isEmpty()) {
            place = "cluster " + group.cluster().name();
        } else if (term.nodes().contains(group.name())) {
            place = StaticFilterPhrases.group(group);
        } else {
            place = member(group, PlaceTerms.firstNamedMember(term, group)); // every member is named: free one
        }
        return Rejection.withFix(NAME, reason, "remove " + place + " from the workload's required anti-affinity",
                EDIT_TERM);
    }

    /** {@code node aks-weu/general-3} or {@code device store-017/cam-2}. */
    private static String member(HostGroup group, String hostName) {
        return (group.isDevice() ? "device " : "node ") + hostName;
    }

    /**
     * One rejection for all the terms the group misses: the first term's reason (summaries count one reason per
     * group), and a fix that mends every term, or none when some term cannot be mended.
     */
    private static Rejection combine(List<Rejection> misses) {
        if (misses.size() <= 1) {
            return misses.isEmpty() ? null : misses.get(0);
        }
        Set<String> fixes = new LinkedHashSet<>();
        double magnitude = 0;
        for (Rejection miss : misses) {
            if (miss.fix() == null) {
                return Rejection.of(NAME, misses.get(0).reason());
            }
            if (fixes.add(miss.fix())) {
                magnitude += miss.magnitude();
            }
        }
        return Rejection.withFix(NAME, misses.get(0).reason(), String.join(" and ", fixes), magnitude);
    }
}
