package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.List;

/**
 * A workload built for some architectures runs only on nodes and devices of one of them ({@code kubernetes.io/arch}
 * node affinity). Reason: {@code node(s) didn't match arch arm64}, naming what the workload is built for.
 */
public final class NodeArch implements GroupFilter {

    public static final String NAME = "NodeArch";

    /** Building and publishing the image for one more architecture: real work, but routine. */
    static final double ADD_ARCH = 0.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().arch();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        List<Arch> wanted = demand.workload().arch();
        return wanted.isEmpty() || wanted.contains(group.arch());
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        List<Arch> wanted = demand.workload().arch();
        return Rejection.withFix(NAME, "node(s) didn't match arch " + StaticFilterPhrases.list(wanted),
                "add " + group.arch() + " to the workload's arch", ADD_ARCH);
    }
}
