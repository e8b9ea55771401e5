package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StaticFeasibilityProperties {

    /** Verdicts shared by key must be the verdicts each workload would get on its own. */
    @Property(tries = 40)
    void sharedVerdictsEqualEachWorkloadsOwn(@ForAll @IntRange(min = 1, max = 6) int sites,
                                             @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Problem problem = ProblemCompiler.compile(TopologyGenerator.generate(
                new GeneratorSpec(sites, 15 * sites, 8 * sites, 20 * sites, seed)));
        List<GroupFilter> filters = BuiltInPlugins.registry().groupFilters();

        StaticFeasibility feasibility = new StaticFeasibility(problem, filters);

        for (var demand : problem.demands()) {
            BitSet own = new BitSet();
            for (HostGroup group : problem.groups()) {
                if (filters.stream().allMatch(f -> f.admits(problem, demand, group))) {
                    own.set(group.index());
                }
            }
            assertThat(feasibility.of(demand.index())).as(demand.name()).isEqualTo(own);
        }
    }
}
