package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.placement.construct.StaticFeasibility;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The search skips a group when the bound its scorers give cannot beat the best host found, so each built-in scorer's
 * {@code minDelta} must not exceed its delta on any member of the group, and {@code minDeltaOnEmpty} on any empty
 * one, whatever is placed (rules ignored: a bound must hold for any state).
 */
class ScorerBoundsProperties {

    @Property(tries = 25)
    void noDeltaFallsBelowItsGroupsBound(@ForAll @IntRange(min = 1, max = 5) int sites,
                                         @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Problem problem = ProblemCompiler.compile(TopologyGenerator.generate(
                new GeneratorSpec(sites, 12 * sites, 6 * sites, 10 * sites, seed)));
        PluginRegistry registry = BuiltInPlugins.registry();
        StaticFeasibility feasibility = new StaticFeasibility(problem, registry.groupFilters());
        CountRequests counts = new CountRequests(problem.demands().size());
        List<PlacementPlugin> plugins = new ArrayList<>(registry.groupFilters());
        plugins.addAll(registry.hostFilters());
        plugins.addAll(registry.scorers());
        plugins.forEach(p -> p.requestCounts(problem, counts));
        PlacementState state = new PlacementState(problem, problem.replicas(), feasibility.all(), counts);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < problem.replicas().size(); i++) {
            if (random.nextInt(3) > 0 && problem.hostCount() > 0) {
                state.place(i, random.nextInt(problem.hostCount()));
            }
        }

        for (Scorer scorer : registry.scorers()) {
            for (int d = 0; d < problem.demands().size(); d++) {
                Replica replica = Replica.free(d, 0);
                for (int h = 0; h < problem.hostCount(); h++) {
                    int g = problem.hostGroup()[h];
                    double delta = scorer.delta(state, replica, h);
                    double bound = state.isEmpty(h) ? scorer.minDeltaOnEmpty(problem, d, g)
                            : scorer.minDelta(problem, d, g);
                    assertThat(bound).as("%s bound for %s on %s", scorer.name(), problem.demands().get(d).name(),
                            problem.hostNames()[h]).isLessThanOrEqualTo(delta + 1e-9);
                    assertThat(scorer.minDelta(problem, d, g)).isLessThanOrEqualTo(
                            scorer.minDeltaOnEmpty(problem, d, g) + 1e-12);
                }
            }
        }
    }

    /** Demands with equal bound keys share one group order, so their bounds must agree on every group. */
    @Property(tries = 25)
    void equalBoundKeysMeanEqualBounds(@ForAll @IntRange(min = 1, max = 5) int sites,
                                       @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Problem problem = ProblemCompiler.compile(TopologyGenerator.generate(
                new GeneratorSpec(sites, 12 * sites, 6 * sites, 15 * sites, seed)));
        for (Scorer scorer : BuiltInPlugins.registry().scorers()) {
            java.util.Map<Object, Integer> firstWithKey = new java.util.HashMap<>();
            for (int d = 0; d < problem.demands().size(); d++) {
                Object key = scorer.minDeltaKey(problem, d);
                Integer first = key == null ? null : firstWithKey.putIfAbsent(key, d);
                if (first == null) {
                    continue;
                }
                for (int g = 0; g < problem.groups().size(); g++) {
                    assertThat(scorer.minDelta(problem, d, g)).as(scorer.name())
                            .isEqualTo(scorer.minDelta(problem, first, g));
                    assertThat(scorer.minDeltaOnEmpty(problem, d, g)).as(scorer.name())
                            .isEqualTo(scorer.minDeltaOnEmpty(problem, first, g));
                }
            }
        }
    }
}
