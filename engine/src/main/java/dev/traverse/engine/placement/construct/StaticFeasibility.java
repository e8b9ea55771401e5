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

    /**
     * The answers of the group filters an earlier run found, where nothing they depend on has changed since (see
     * {@link GroupFilter}), in this problem's numbering.
     */
    public interface EarlierAnswers {

        /** The groups whose earlier answers still hold, for every demand that has earlier answers. */
        BitSet knownGroups();

        /**
         * The groups that passed for the demand, of which only the known ones are read (and none is changed); null
         * when the demand has no earlier answers.
         */
        BitSet passing(Demand demand);
    }

    private static final EarlierAnswers NONE = new EarlierAnswers() {
        @Override
        public BitSet knownGroups() {
            return new BitSet();
        }

        @Override
        public BitSet passing(Demand demand) {
            return null;
        }
    };

    private final Problem problem;
    private final List<GroupFilter> filters;
    private final BitSet[] feasible;

    public StaticFeasibility(Problem problem, List<GroupFilter> filters) {
        this(problem, filters, NONE);
    }

    /** Asks the filters only about the demands and groups that {@code earlier} has no answer for. */
    public StaticFeasibility(Problem problem, List<GroupFilter> filters, EarlierAnswers earlier) {
        this.problem = problem;
        this.filters = filters;
        this.feasible = new BitSet[problem.demands().size()];
        int groups = problem.groups().size();
        BitSet known = earlier.knownGroups();
        BitSet unknown = new BitSet(groups);
        unknown.set(0, groups);
        unknown.andNot(known);
        BitSet all = new BitSet(groups);
        all.set(0, groups);
        Verdicts onAll = new Verdicts(all);
        Verdicts onUnknown = new Verdicts(unknown);
        for (Demand demand : problem.demands()) {
            BitSet passing = earlier.passing(demand);
            BitSet asked = passing == null ? onAll.of(demand) : onUnknown.of(demand);
            if (passing != null) {
                BitSet kept = (BitSet) passing.clone();
                kept.and(known);
                asked.or(kept);
            }
            feasible[demand.index()] = asked;
        }
    }

    /**
     * The groups of one set that pass every filter, per demand: each filter's verdicts are shared by the demands with
     * equal {@link GroupFilter#verdictKey}s.
     */
    private final class Verdicts {
        private final BitSet groups;
        private final List<Map<Object, BitSet>> byKey = new ArrayList<>();

        Verdicts(BitSet groups) {
            this.groups = groups;
            filters.forEach(f -> byKey.add(new HashMap<>()));
        }

        /** A new set the caller may change. */
        BitSet of(Demand demand) {
            BitSet bits = (BitSet) groups.clone();
            for (int f = 0; f < filters.size() && !bits.isEmpty(); f++) {
                GroupFilter filter = filters.get(f);
                Object key = filter.verdictKey(problem, demand);
                bits.and(key == null ? admittedBy(filter, demand)
                        : byKey.get(f).computeIfAbsent(key, k -> admittedBy(filter, demand)));
            }
            return bits;
        }

        private BitSet admittedBy(GroupFilter filter, Demand demand) {
            return filter.admitted(problem, demand, groups);
        }
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
