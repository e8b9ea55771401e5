package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The search asks {@code admits}, explanations ask {@code filter}: both must give the same answer everywhere. */
class AdmitsAgreesWithFilterTest {

    static final List<Problem> PROBLEMS = List.of(NodeArchTest.PROBLEM, NodeOsTest.PROBLEM, RuntimeClassTest.PROBLEM,
            NodeSelectorTest.PROBLEM, GpuModelTest.PROBLEM, JurisdictionTest.PROBLEM, FleetTargetTest.PROBLEM,
            NodeAffinityTest.PROBLEM);

    static Stream<Named<GroupFilter>> staticFilters() {
        return Stream.<GroupFilter>of(new RuntimeClass(), new FleetTarget(), new NodeArch(), new NodeOs(),
                new Jurisdiction(), new NodeAffinity(), new NodeSelector(), new GpuModel())
                .map(filter -> Named.of(filter.name(), filter));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staticFilters")
    void groupAdmitsExactlyWhenItHasNoRejection(GroupFilter filter) {
        for (Problem problem : PROBLEMS) {
            for (Demand demand : problem.demands()) {
                for (HostGroup group : problem.groups()) {
                    assertThat(filter.admits(problem, demand, group))
                            .as("%s for %s on %s", filter.name(), demand.name(), group.name())
                            .isEqualTo(filter.filter(problem, demand, group) == null);
                }
            }
        }
    }

    @Test
    void nodeAffinityAdmitsAHostExactlyWhenItHasNoRejection() {
        Problem problem = NodeAffinityTest.PROBLEM;
        PlacementState state = StaticFixtures.emptyState(problem);
        NodeAffinity filter = new NodeAffinity();
        for (Demand demand : problem.demands()) {
            Replica replica = Replica.free(demand.index(), 0);
            for (int host = 0; host < problem.hostCount(); host++) {
                assertThat(filter.admits(state, replica, host))
                        .as("%s on %s", demand.name(), problem.hostNames()[host])
                        .isEqualTo(filter.filter(state, replica, host) == null);
            }
        }
    }
}
