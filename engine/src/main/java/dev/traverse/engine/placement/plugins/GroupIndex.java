package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem's host groups by what the static filters read of them: site, cluster, label and capacity, each to the
 * set of groups that have it. A filter asked about every group for one workload then combines a few sets rather than
 * judging thousands of groups one by one; a 100,000-node estate has thousands of groups but few distinct labels and
 * capacities. Built once per problem and only read afterwards, so threads may share it.
 */
final class GroupIndex {

    /** The latest problem's index, shared by the filters that read it. */
    private static final RunCache<Problem, GroupIndex> LATEST = new RunCache<>();

    private final int groupCount;
    private final Map<String, BitSet> bySite = new HashMap<>();
    private final Map<String, BitSet> byCluster = new HashMap<>();
    /** Label key, then value, to the groups carrying that label with that value. */
    private final Map<String, Map<String, BitSet>> byLabel = new HashMap<>();
    /** Group names ({@code cluster/pool}, {@code site/device}) to the groups of that name. */
    private final Map<String, List<HostGroup>> byName = new HashMap<>();
    /** Distinct capacities (equal by content), each with the groups whose members have it. */
    private final Map<LongBuffer, BitSet> byCapacity = new HashMap<>();

    /** The problem's index, built on the first call for it. */
    static GroupIndex of(Problem problem) {
        return LATEST.get(problem, GroupIndex::new);
    }

    private GroupIndex(Problem problem) {
        List<HostGroup> groups = problem.groups();
        groupCount = groups.size();
        for (HostGroup group : groups) {
            int g = group.index();
            bySite.computeIfAbsent(group.site().name(), k -> new BitSet(groupCount)).set(g);
            if (group.cluster() != null) {
                byCluster.computeIfAbsent(group.cluster().name(), k -> new BitSet(groupCount)).set(g);
            }
            for (Map.Entry<String, String> label : group.labels().entrySet()) {
                byLabel.computeIfAbsent(label.getKey(), k -> new HashMap<>())
                        .computeIfAbsent(label.getValue(), k -> new BitSet(groupCount)).set(g);
            }
            byCapacity.computeIfAbsent(LongBuffer.wrap(group.capacity()), k -> new BitSet(groupCount)).set(g);
            byName.computeIfAbsent(group.name(), k -> new ArrayList<>()).add(group);
        }
    }

    /** The groups carrying every one of the labels with the same value, as {@link PlaceTerms#carries} judges. */
    BitSet carrying(Map<String, String> labels) {
        BitSet out = new BitSet(groupCount);
        out.set(0, groupCount);
        for (Map.Entry<String, String> label : labels.entrySet()) {
            BitSet with = byLabel.getOrDefault(label.getKey(), Map.of()).get(label.getValue());
            if (with == null) {
                return new BitSet();
            }
            out.and(with);
        }
        return out;
    }

    /**
     * The groups a term without {@code nodes} holds for as a whole (its sites, else its clusters, else its node
     * labels), as {@link PlaceTerms#touches} and {@link PlaceTerms#covers} judge such a term.
     */
    BitSet holding(AffinityTerm term) {
        if (!term.sites().isEmpty()) {
            return union(bySite, term.sites());
        }
        if (!term.clusters().isEmpty()) {
            return union(byCluster, term.clusters());
        }
        return carrying(term.nodeLabels());
    }

    /**
     * The groups a {@code nodes} term names or names a member of, as {@link PlaceTerms#touches} judges: a path is a
     * group's name, or its name with {@code -K} for a member.
     */
    BitSet touchedBy(AffinityTerm term) {
        BitSet out = new BitSet(groupCount);
        for (String path : term.nodes()) {
            for (HostGroup group : named(path)) {
                out.set(group.index());
            }
            for (HostGroup group : named(withoutOrdinal(path))) {
                if (PlaceTerms.isMember(path, group)) {
                    out.set(group.index());
                }
            }
        }
        return out;
    }

    /** The groups a {@code nodes} term names or names every member of, as {@link PlaceTerms#covers} judges. */
    BitSet coveredBy(AffinityTerm term) {
        BitSet out = new BitSet(groupCount);
        Map<HostGroup, Set<String>> namedMembers = new HashMap<>();
        for (String path : term.nodes()) {
            for (HostGroup group : named(path)) {
                out.set(group.index());
            }
            for (HostGroup group : named(withoutOrdinal(path))) {
                if (PlaceTerms.isMember(path, group)) {
                    namedMembers.computeIfAbsent(group, k -> new HashSet<>()).add(path);
                }
            }
        }
        namedMembers.forEach((group, paths) -> {
            if (paths.size() == group.size()) {
                out.set(group.index());
            }
        });
        return out;
    }

    /** Whether some group has this name. */
    boolean names(String name) {
        return byName.containsKey(name);
    }

    private List<HostGroup> named(String name) {
        return name == null ? List.of() : byName.getOrDefault(name, List.of());
    }

    /** {@code scope/pool} of a member path {@code scope/pool-K}, or null when the path has no {@code -}. */
    private static String withoutOrdinal(String path) {
        int dash = path.lastIndexOf('-');
        return dash < 0 ? null : path.substring(0, dash);
    }

    /** The groups whose empty members have at least the request in every resource. */
    BitSet holdingRequest(long[] request) {
        BitSet out = new BitSet(groupCount);
        for (Map.Entry<LongBuffer, BitSet> shape : byCapacity.entrySet()) {
            if (fits(request, shape.getKey())) {
                out.or(shape.getValue());
            }
        }
        return out;
    }

    private static boolean fits(long[] request, LongBuffer capacity) {
        for (int i = 0; i < request.length; i++) {
            if (request[i] > capacity.get(i)) {
                return false;
            }
        }
        return true;
    }

    private BitSet union(Map<String, BitSet> index, List<String> names) {
        BitSet out = new BitSet(groupCount);
        for (String name : names) {
            BitSet groups = index.get(name);
            if (groups != null) {
                out.or(groups);
            }
        }
        return out;
    }
}
