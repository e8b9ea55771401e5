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

    /**
     * Terms naming members: some, all or all but one of a pool or device group; whole pools; a pool whose name has a
     * dash, as members' names do.
     */
    static final Problem MEMBER_TERMS = StaticFixtures.spec("""
              sites:
                - name: edge
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: edge-k3s
                      nodes:
                        - name: web
                          count: 3
                        - name: web-x9
                        - name: solo
                  devices:
                    - name: web
                      count: 2
                      kind: camera
                      arch: arm64
                      runtimes: [container]
              workloads:
                - name: two-of-three
                  kind: service
                  image: example.com/a:1
                  affinity: [{nodes: [edge-k3s/web-1, edge-k3s/web-3]}]
                  antiAffinity: [{nodes: [edge-k3s/web-1, edge-k3s/web-2]}]
                - name: all-three
                  kind: service
                  image: example.com/b:1
                  antiAffinity: [{nodes: [edge-k3s/web-1, edge-k3s/web-2, edge-k3s/web-3, edge-k3s/web-3]}]
                - name: pools-and-devices
                  kind: service
                  image: example.com/c:1
                  affinity: [{nodes: [edge-k3s/web, edge-k3s/web-x9, edge/web-2]}]
                  antiAffinity: [{nodes: [edge-k3s/solo, edge/web-1, edge/web-2]}]
                - name: pool-with-dash
                  kind: service
                  image: example.com/d:1
                  affinity: [{nodes: [edge-k3s/web-x9, edge-k3s/solo, edge-k3s/web-2]}]
                  antiAffinity: [{nodes: [edge-k3s/web-x9, edge/web-1]}]
            """);

    @Test
    void everyBuiltInGroupFilterAdmitsTheSameGroupsAtOnceAsOneByOne() throws IOException {
        List<Problem> problems = new ArrayList<>(AdmitsAgreesWithFilterTest.PROBLEMS);
        problems.add(MEMBER_TERMS);
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
