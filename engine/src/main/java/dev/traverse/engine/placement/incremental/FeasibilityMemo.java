package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.placement.construct.StaticFeasibility;
import dev.traverse.engine.placement.construct.StaticFeasibility.EarlierAnswers;
import dev.traverse.engine.placement.problem.Demand;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * One run's static feasibility with the inputs it was worked out from, so that a later run can take over every
 * answer whose inputs did not change. Immutable: it holds its own copies of the answers.
 */
final class FeasibilityMemo {

    private final GroupFilterInputs inputs;
    private final BitSet[] passing;
    private final Map<String, Integer> demandByName;

    private FeasibilityMemo(GroupFilterInputs inputs, BitSet[] passing) {
        this.inputs = inputs;
        this.passing = passing;
        this.demandByName = new HashMap<>(inputs.demandCount() * 2);
        for (int d = 0; d < inputs.demandCount(); d++) {
            demandByName.putIfAbsent(inputs.demand(d).workload().name(), d);
        }
    }

    /** @param feasibility worked out for the problem {@code inputs} were taken from */
    static FeasibilityMemo of(GroupFilterInputs inputs, StaticFeasibility feasibility) {
        BitSet[] copies = new BitSet[inputs.demandCount()];
        for (int d = 0; d < copies.length; d++) {
            copies[d] = (BitSet) feasibility.of(d).clone();
        }
        return new FeasibilityMemo(inputs, copies);
    }

    /**
     * The answers that hold for a problem with the given inputs: those of every demand and group, matched by name,
     * whose inputs are equal to the earlier ones; none when the links or resource names changed.
     */
    EarlierAnswers answersFor(GroupFilterInputs now) {
        BitSet known = new BitSet(now.groupCount());
        if (now.places() == inputs.places()) {
            // the very places of this run: every group is known, numbered as before
            known.set(0, now.groupCount());
            return answers(now, known, null);
        }
        int[] earlierGroup = new int[now.groupCount()];
        boolean sameNumbering = now.groupCount() == inputs.groupCount();
        boolean shared = now.shared().equals(inputs.shared());
        for (int g = 0; g < now.groupCount(); g++) {
            Integer earlier = shared ? inputs.places().groupNamed(now.groupName(g)) : null;
            earlierGroup[g] = earlier != null && inputs.group(earlier).equals(now.group(g)) ? earlier : -1;
            known.set(g, earlierGroup[g] >= 0);
            sameNumbering &= earlierGroup[g] < 0 || earlierGroup[g] == g;
        }
        return answers(now, known, sameNumbering ? null : earlierGroup);
    }

    /**
     * The answers for the known groups of {@code now}.
     *
     * @param earlierGroup per group of {@code now} its number in this run, or null when the numbers are the same
     */
    private EarlierAnswers answers(GroupFilterInputs now, BitSet known, int[] earlierGroup) {
        return new EarlierAnswers() {
            @Override
            public BitSet knownGroups() {
                return known;
            }

            @Override
            public BitSet passing(Demand demand) {
                Integer earlier = demandByName.get(demand.name());
                if (known.isEmpty() || earlier == null
                        || !inputs.demand(earlier).equals(now.demand(demand.index()))) {
                    return null;
                }
                BitSet row = passing[earlier];
                return earlierGroup == null ? row : renumbered(row, earlierGroup);
            }
        };
    }

    private static BitSet renumbered(BitSet earlierRow, int[] earlierGroup) {
        BitSet out = new BitSet(earlierGroup.length);
        for (int g = 0; g < earlierGroup.length; g++) {
            if (earlierGroup[g] >= 0 && earlierRow.get(earlierGroup[g])) {
                out.set(g);
            }
        }
        return out;
    }
}
