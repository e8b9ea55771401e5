package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.BitSet;
import java.util.NoSuchElementException;
import org.junit.jupiter.params.provider.Arguments;

/** Small topologies for the static filter tests, read from YAML text the way a user writes them. */
final class StaticFixtures {

    /** What every test topology starts with; append {@code spec:} content indented by two spaces. */
    static final String HEADER = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: test
            spec:
            """;

    private StaticFixtures() {
    }

    /** Reads a complete topology, which must have no problems at all, and compiles it. */
    static Problem problem(String yaml) {
        ReadResult read = TopologyReader.read("test.yaml", yaml, FileFormat.YAML);
        assertThat(read.problems()).as("problems reading the test topology").isEmpty();
        return ProblemCompiler.compile(read.document().orElseThrow().topology());
    }

    /** Reads {@link #HEADER} followed by {@code spec}, the body of {@code spec:} indented by two spaces. */
    static Problem spec(String spec) {
        return problem(HEADER + spec);
    }

    static HostGroup group(Problem problem, String name) {
        return problem.groups().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no host group " + name));
    }

    static Demand demand(Problem problem, String workload) {
        return problem.demands().stream().filter(d -> d.name().equals(workload)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no workload " + workload));
    }

    static int host(Problem problem, String hostName) {
        int host = Arrays.asList(problem.hostNames()).indexOf(hostName);
        if (host < 0) {
            throw new NoSuchElementException("no host " + hostName);
        }
        return host;
    }

    /** A group filter's verdict on one workload and one group, both by name. */
    static Rejection groupVerdict(GroupFilter filter, Problem problem, String workload, String group) {
        return filter.filter(problem, demand(problem, workload), group(problem, group));
    }

    /** An empty placement state over the problem, for host filters: nothing placed, no domain counts. */
    static PlacementState emptyState(Problem problem) {
        int demands = problem.demands().size();
        BitSet[] feasible = new BitSet[demands];
        Arrays.setAll(feasible, d -> new BitSet());
        return new PlacementState(problem, problem.replicas(), feasible, new CountRequests(demands));
    }

    /** A replica of the workload not bound to a site or host, as the engine hands to host filters. */
    static Replica freeReplica(Problem problem, String workload) {
        return Replica.free(demand(problem, workload).index(), 0);
    }

    /** A table row: the workload may go to the group (or host). */
    static Arguments passes(String workload, String where) {
        return Arguments.of(workload, where, null, null, null);
    }

    /** A table row: the workload is refused with this reason, and this fix of this magnitude would let it in. */
    static Arguments rejects(String workload, String where, String reason, String fix, double magnitude) {
        return Arguments.of(workload, where, reason, fix, magnitude);
    }

    /** A table row: the workload is refused with this reason, and no change to the workload or group lets it in. */
    static Arguments rejectsWithoutFix(String workload, String where, String reason) {
        return Arguments.of(workload, where, reason, null, null);
    }

    /**
     * Asserts a verdict against a table row: a null {@code reason} means the group passes; otherwise the rejection
     * carries the plugin's name, the reason and fix exactly, and the magnitude (a null fix is expected with 1).
     */
    static void assertVerdict(Rejection actual, String plugin, String reason, String fix, Double magnitude) {
        if (reason == null) {
            assertThat(actual).as("expected to pass").isNull();
            return;
        }
        assertThat(actual).as("expected a rejection").isNotNull();
        assertThat(actual.plugin()).isEqualTo(plugin);
        assertThat(actual.reason()).isEqualTo(reason);
        assertThat(actual.fix()).isEqualTo(fix);
        assertThat(actual.magnitude()).isCloseTo(magnitude == null ? 1.0 : magnitude, within(1e-9));
    }
}
