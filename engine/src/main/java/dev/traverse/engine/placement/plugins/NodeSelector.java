package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;
import java.util.Map;

/**
 * The group must carry every label of the workload's {@code nodeSelector}, with the same value. Reason exactly as
 * kube-scheduler's: {@code node(s) didn't match Pod's node affinity/selector}; the fix names the labels missing.
 */
public final class NodeSelector implements GroupFilter {

    public static final String NAME = "NodeSelector";

    /** Labelling nodes is cheap, but it changes what else may select them. */
    static final double ADD_LABELS = 0.2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().nodeSelector();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        return PlaceTerms.carries(group, demand.workload().nodeSelector());
    }

    /** The groups carrying the selector's labels, from an index of the groups by label. */
    @Override
    public BitSet admitted(Problem problem, Demand demand, BitSet groups) {
        BitSet bits = GroupIndex.of(problem).carrying(demand.workload().nodeSelector());
        bits.and(groups);
        return bits;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        Map<String, String> missing = StaticFilterPhrases.missingLabels(demand.workload().nodeSelector(), group);
        return Rejection.withFix(NAME, "node(s) didn't match Pod's node affinity/selector",
                "label " + StaticFilterPhrases.membersOf(group) + " with "
                        + StaticFilterPhrases.labelAssignments(missing), ADD_LABELS);
    }
}
