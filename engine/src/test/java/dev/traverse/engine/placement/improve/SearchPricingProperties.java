package dev.traverse.engine.placement.improve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every change the search tries is priced at exactly what it does to the canonical objective, for the built-in
 * scorers with every objective weighed, and taking a change back restores the state.
 */
class SearchPricingProperties {

    @Property(tries = 60)
    void everyChangeIsPricedAtItsEffectOnTheCanonicalObjective(@ForAll @IntRange(min = 1, max = 4) int sites,
                                                               @ForAll @IntRange(max = 40) int nodes,
                                                               @ForAll @IntRange(max = 20) int devices,
                                                               @ForAll @IntRange(min = 1, max = 30) int workloads,
                                                               @ForAll long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
        ConstructionPass pass = PassFactory.create(ProblemCompiler.compile(t), BuiltInPlugins.registry(),
                new ObjectiveWeights(t.objectives(), Map.of()));
        pass.run(() -> false);
        RunRules rules = pass.rules();
        PlacementState state = rules.state();
        SearchParts parts = SearchParts.wire(rules);
        Neighbourhood[] all = java.util.Arrays.copyOf(parts.neighbourhoods(), parts.neighbourhoods().length + 1);
        all[all.length - 1] = parts.admission();
        SplittableRandom random = new SplittableRandom(seed);
        double objective = CanonicalObjective.of(state, rules);
        int[] hosts = hosts(state);

        for (int step = 0; step < 200; step++) {
            int mark = parts.journal().mark();
            double delta = all[random.nextInt(all.length)].tryOne(random);
            if (Double.isNaN(delta)) {
                assertThat(hosts(state)).as("nothing changed").isEqualTo(hosts);
                continue;
            }
            double after = CanonicalObjective.of(state, rules);
            assertThat(delta).as("price of step %d", step)
                    .isCloseTo(after - objective, within(1e-7 * Math.max(1, Math.abs(objective))));
            if (random.nextBoolean()) {
                parts.journal().undoTo(mark);
                assertThat(hosts(state)).as("taken back").isEqualTo(hosts);
            } else {
                objective = after;
                hosts = hosts(state);
            }
        }
    }

    private static int[] hosts(PlacementState state) {
        int[] hosts = new int[state.replicas().size()];
        for (int r = 0; r < hosts.length; r++) {
            hosts[r] = state.hostOf(r);
        }
        return hosts;
    }
}
