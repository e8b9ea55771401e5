package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Os;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.List;

/**
 * A workload for some operating systems runs only where one of them runs ({@code kubernetes.io/os} node affinity).
 * A device that does not state its os matches none: nothing says the workload would start there. Reasons:
 * {@code node(s) didn't match os linux}, and {@code node(s) didn't match os linux (no os stated)} so that devices
 * that merely lack the field are counted apart from those that run something else.
 */
public final class NodeOs implements GroupFilter {

    public static final String NAME = "NodeOs";

    /** Porting a workload to another operating system. */
    static final double ADD_OS = 0.6;
    /** Writing down what the device already runs. */
    static final double STATE_OS = 0.1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().os();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        List<Os> wanted = demand.workload().os();
        Os os = group.os();
        return wanted.isEmpty() || (os != null && wanted.contains(os)); // List.of(...).contains(null) throws
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        List<Os> wanted = demand.workload().os();
        Os os = group.os();
        String reason = "node(s) didn't match os " + StaticFilterPhrases.list(wanted);
        if (os == null) {
            return Rejection.withFix(NAME, reason + " (no os stated)",
                    "state os " + wanted.get(0) + " on " + StaticFilterPhrases.group(group), STATE_OS);
        }
        return Rejection.withFix(NAME, reason, "add " + os + " to the workload's os", ADD_OS);
    }
}
