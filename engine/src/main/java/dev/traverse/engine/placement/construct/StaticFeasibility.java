package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which host groups pass every group filter, per demand. Computed once per run; why a group failed is recomputed
 * only when an explanation needs it, so memory stays at one bit per demand and group. Each filter judges the groups
 * once per distinct {@link GroupFilter#verdictKey}, and a demand's groups are the intersection of its filters'
 * verdicts: a large estate has thousands of workloads but few distinct selectors, architectures or tolerations.
 */
public final class StaticFeasibility {

    private final Problem problem;
    private final List<GroupFilter> filters;
    private final BitSet[] feasible;

    public StaticFeasibility(Problem problem, List<GroupFilter> filters) {
        this.problem = problem;
        this.filters = filters;
        this.feasible = new BitSet[problem.demands().size()];
        List<Map<Object, BitSet>> verdicts = new ArrayList<>();
        filters.forEach(f -> verdicts.add(new HashMap<>()));
        for (Demand demand : problem.demands()) {
            BitSet bits = new BitSet(problem.groups().size());
            bits.set(0, problem.groups().size());
            for (int f = 0; f < filters.size() && !bits.isEmpty(); f++) {
                GroupFilter filter = filters.get(f);
                Object key = filter.verdictKey(problem, demand);
                bits.and(key == null ? admittedBy(filter, demand)
                        : verdicts.get(f).computeIfAbsent(key, k -> admittedBy(filter, demand)));
            }
            feasible[demand.index()] = bits;
        }
    }

    private BitSet admittedBy(GroupFilter filter, Demand demand) {
        BitSet bits = new BitSet(problem.groups().size());
        for (HostGroup group : problem.groups()) {
            if (filter.admits(problem, demand, group)) {
                bits.set(group.index());
            }
        }
        return bits;
    }

    public BitSet[] all() {
        return feasible;
    }

    public BitSet of(int demand) {
        return feasible[demand];
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
