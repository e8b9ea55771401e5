package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The feasibility pass asks each group filter about all groups at once ({@code admitted}); explanations and the
 * improvement pass ask group by group ({@code admits}). Filters that answer from an index of the groups must give
 * exactly the group-by-group answers, on every group set asked about.
 */
class AdmittedAgreesWithAdmitsTest {

    @Test
    void everyBuiltInGroupFilterAdmitsTheSameGroupsAtOnceAsOneByOne() throws IOException {
        List<Problem> problems = new ArrayList<>(AdmitsAgreesWithFilterTest.PROBLEMS);
        try (var samples = SampleTopologiesPlacementTest.samples()) {
            for (Path file : samples.toList()) {
                problems.add(DynamicFixtures.compile(file.getFileName().toString(), Files.readString(file)));
            }
        }
        problems.add(ProblemCompiler.compile(TopologyGenerator.generate(new GeneratorSpec(12, 400, 60, 300, 7))));
        Random random = new Random(3);
        int compared = 0;
        for (Problem problem : problems) {
            int groups = problem.groups().size();
            BitSet all = new BitSet(groups);
            all.set(0, groups);
            for (GroupFilter filter : BuiltInPlugins.registry().groupFilters()) {
                for (Demand demand : problem.demands()) {
                    BitSet some = new BitSet(groups);
                    for (int g = 0; g < groups; g++) {
                        some.set(g, random.nextBoolean());
                    }
                    for (BitSet asked : List.of(all, some)) {
                        assertThat(filter.admitted(problem, demand, asked))
                                .as("%s for %s", filter.name(), demand.name())
                                .isEqualTo(oneByOne(filter, problem, demand, asked));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static BitSet oneByOne(GroupFilter filter, Problem problem, Demand demand, BitSet asked) {
        BitSet out = new BitSet();
        for (int g = asked.nextSetBit(0); g >= 0; g = asked.nextSetBit(g + 1)) {
            if (filter.admits(problem, demand, problem.groups().get(g))) {
                out.set(g);
            }
        }
        return out;
    }
}
