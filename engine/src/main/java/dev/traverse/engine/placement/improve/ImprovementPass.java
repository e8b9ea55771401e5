package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.framework.PlacementState;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * The time-bounded improvement pass after construction: a local search (moves, swaps, emptying hosts, placing what
 * the construction left out) that never breaks a hard constraint. It keeps its placement only when that is better
 * than the construction's by the {@link CanonicalObjective} (or places more replicas); otherwise the construction's
 * stands. The same seed and step limit give the same result; a time limit that ends the pass first does not.
 */
public final class ImprovementPass {

    /**
     * Steps without a better placement after which the pass stops early, plus this many per movable replica: small
     * topologies are done long before the time limit, and end the same way on any machine.
     */
    private static final long STAGNATION_STEPS = 10_000;
    private static final long STAGNATION_STEPS_PER_REPLICA = 20;

    /**
     * What the pass leaves: the state with the placement kept, why each replica still unplaced is, the canonical
     * objective, the lower bound for the replicas placed, and the steps the search took.
     */
    public record Outcome(PlacementState state, List<UnplacedReplica> unplaced, double objective, double lowerBound,
                          long steps) {
    }

    private ImprovementPass() {
    }

    /**
     * Improves on the construction's placement, which {@code rules.state()} holds. The budget bounds the search;
     * placing the waiting replicas that fit at its end, the canonical objective and the explanations of what stays
     * unplaced come after it.
     *
     * @param unplaced   the construction's explanations of the replicas it left unplaced
     * @param objective  the construction's canonical objective
     * @param lowerBound the construction's lower bound, asked for only when its placement stays
     * @throws java.util.concurrent.CancellationException when {@code cancelled} answers true
     */
    public static Outcome run(RunRules rules, List<UnplacedReplica> unplaced, double objective, DoubleSupplier lowerBound,
                              Budget budget, long seed, BooleanSupplier cancelled) {
        PlacementState state = rules.state();
        if (budget.isZero()) {
            return new Outcome(state, unplaced, objective, lowerBound.getAsDouble(), 0);
        }
        long movable = state.replicas().stream().filter(r -> r.host() < 0).count();
        Budget.Clock clock = budget.start(STAGNATION_STEPS + STAGNATION_STEPS_PER_REPLICA * movable, cancelled);
        int[] constructed = hosts(state);
        SearchParts parts = SearchParts.wire(rules);
        LocalSearch search = new LocalSearch(parts);
        search.run(clock, new SplittableRandom(seed));

        double improved = CanonicalObjective.of(state, rules);
        int unplacedNow = unplacedCount(state);
        boolean better = unplacedNow < unplaced.size() || (unplacedNow == unplaced.size()
                && improved < objective - 1e-9 * Math.max(1, Math.abs(objective)));
        if (!better) {
            restore(state, constructed);
            return new Outcome(state, unplaced, objective, lowerBound.getAsDouble(), clock.steps());
        }
        List<UnplacedReplica> explained = new ArrayList<>();
        for (int r = 0; r < state.replicas().size(); r++) {
            if (state.hostOf(r) == PlacementState.UNPLACED) {
                explained.add(rules.explain(state.replica(r)));
            }
        }
        return new Outcome(state, explained, improved, rules.lowerBound(), clock.steps());
    }

    private static int[] hosts(PlacementState state) {
        int[] hosts = new int[state.replicas().size()];
        for (int r = 0; r < hosts.length; r++) {
            hosts[r] = state.hostOf(r);
        }
        return hosts;
    }

    private static int unplacedCount(PlacementState state) {
        int count = 0;
        for (int r = 0; r < state.replicas().size(); r++) {
            if (state.hostOf(r) == PlacementState.UNPLACED) {
                count++;
            }
        }
        return count;
    }

    /** Puts every replica back where the construction had it. */
    private static void restore(PlacementState state, int[] hosts) {
        for (int r = 0; r < hosts.length; r++) {
            if (state.hostOf(r) != hosts[r] && state.hostOf(r) != PlacementState.UNPLACED) {
                state.remove(r);
            }
        }
        for (int r = 0; r < hosts.length; r++) {
            if (state.hostOf(r) != hosts[r]) {
                state.place(r, hosts[r]);
            }
        }
    }
}
