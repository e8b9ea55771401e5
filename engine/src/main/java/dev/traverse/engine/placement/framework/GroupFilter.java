package dev.traverse.engine.placement.framework;

import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;

/**
 * A filter that depends only on a workload and the fixed attributes of a node pool or device group (arch, labels,
 * taints, site, capacity of an empty member...). It is evaluated once per workload and group, before any replica is
 * placed; its answer holds for every member of the group. Must be side-effect free and thread-safe.
 *
 * <p>The answer may depend on the workload, on the group's own attributes (its pool or device group, its site and
 * cluster but not their other pools or devices), on the latency of its members over the links, and on the resource
 * names the topology uses; on nothing else. An incremental run reuses an earlier answer while all of these are the
 * same.
 */
public interface GroupFilter extends PlacementPlugin {

    /** Null when the group's members may host the workload; otherwise why not. */
    Rejection filter(Problem problem, Demand demand, HostGroup group);

    /** The same answer as {@link #filter} without its words, for the once-per-run feasibility pass. */
    default boolean admits(Problem problem, Demand demand, HostGroup group) {
        return filter(problem, demand, group) == null;
    }

    /**
     * The groups of {@code groups} that {@link #admits} the demand, in a new set the caller may change: the same
     * answers, for the once-per-run feasibility pass over every group. A filter that can answer many groups at once
     * (from an index of the problem's groups by what it reads) overrides this; the default asks group by group.
     */
    default BitSet admitted(Problem problem, Demand demand, BitSet groups) {
        BitSet bits = new BitSet(problem.groups().size());
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            if (admits(problem, demand, problem.groups().get(g))) {
                bits.set(g);
            }
        }
        return bits;
    }

    /**
     * What of the demand this filter reads, as a value with equals and hashCode: demands with equal keys get the same
     * verdict on every group, so the feasibility pass judges the groups once per distinct key rather than once per
     * workload (thousands of workloads share a few architectures, selectors or tolerations). Null, the default,
     * judges every demand on its own.
     */
    default Object verdictKey(Problem problem, Demand demand) {
        return null;
    }
}
