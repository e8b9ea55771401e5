package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;
import java.util.List;

/**
 * Which host groups pass every group filter, per demand. Computed once per run, or partly taken over from an earlier
 * run; why a group failed is recomputed only when an explanation needs it, so memory stays at one bit per demand and
 * group.
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
        for (Demand demand : problem.demands()) {
            BitSet passing = earlier.passing(demand);
            BitSet bits = new BitSet(groups);
            if (passing != null) {
                bits.or(passing);
                bits.and(known);
            }
            BitSet ask = passing == null ? all : unknown;
            for (int g = ask.nextSetBit(0); g >= 0; g = ask.nextSetBit(g + 1)) {
                if (admitted(demand, problem.groups().get(g))) {
                    bits.set(g);
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
