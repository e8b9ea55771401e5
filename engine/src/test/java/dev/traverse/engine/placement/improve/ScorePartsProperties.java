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
import dev.traverse.engine.placement.problem.Replica;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The construction's rules split a score into its marginal part and the rest, and the two parts add up to the score,
 * for any replica on any host in the state the construction leaves.
 */
class ScorePartsProperties {

    @Property(tries = 40)
    void theTwoPartsAddUpToTheScore(@ForAll @IntRange(min = 1, max = 4) int sites,
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
        ScoreParts split = rules.scoreParts();
        assertThat(split).isNotNull();
        int hosts = state.problem().hostCount();
        if (hosts == 0 || state.replicas().isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 50; i++) {
            Replica replica = state.replica(random.nextInt(state.replicas().size()));
            int host = random.nextInt(hosts);
            double whole = rules.of(replica, host);
            double parts = split.marginal().of(replica, host) + split.rest().of(replica, host);
            assertThat(parts).as("replica %s on host %d", replica, host)
                    .isCloseTo(whole, within(1e-9 * Math.max(1, Math.abs(whole))));
        }
    }
}
