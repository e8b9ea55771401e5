package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;
import java.util.List;

/**
 * Which host groups pass every group filter, per demand. Computed once per run; why a group failed is recomputed
 * only when an explanation needs it, so memory stays at one bit per demand and group.
 */
public final class StaticFeasibility {

    private final Problem problem;
    private final List<GroupFilter> filters;
    private final BitSet[] feasible;

    public StaticFeasibility(Problem problem, List<GroupFilter> filters) {
        this.problem = problem;
        this.filters = filters;
        this.feasible = new BitSet[problem.demands().size()];
        for (Demand demand : problem.demands()) {
            BitSet bits = new BitSet(problem.groups().size());
            for (HostGroup group : problem.groups()) {
                if (admitted(demand, group)) {
                    bits.set(group.index());
                }
            }
            feasible[demand.index()] = bits;
        }
    }

    public BitSet[] all() {
        return feasible;
    }

    public BitSet of(int demand) {
        return feasible[demand];
    }

    private boolean admitted(Demand demand, HostGroup group) {
        for (GroupFilter filter : filters) {
            if (!filter.admits(problem, demand, group)) {
                return false;
            }
        }
        return true;
    }

    /** Every group filter that refuses the group: a fix must answer all of them. */
    public List<Rejection> allRejections(Demand demand, HostGroup group) {
        List<Rejection> out = new java.util.ArrayList<>(2);
        for (GroupFilter filter : filters) {
            Rejection r = filter.filter(problem, demand, group);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
