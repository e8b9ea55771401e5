package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Small placement situations for tests of the dynamic filters and the scorers: a topology read from YAML, compiled,
 * with a state whose replicas are placed by hand.
 */
final class DynamicFixtures {

    private DynamicFixtures() {
    }

    /** A topology file around a {@code spec} written from column 0 ({@code sites:}, {@code links:}, ...). */
    static String yaml(String spec) {
        return """
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata:
                  name: fixture
                spec:
                """ + spec.indent(2);
    }

    /** Reads and compiles a spec; fails the test on any problem in the file. */
    static Problem problem(String spec) {
        return compile("fixture.yaml", yaml(spec));
    }

    /** Reads and compiles a whole topology file; fails the test on any problem in it. */
    static Problem compile(String fileName, String text) {
        return ProblemCompiler.compile(read(fileName, text));
    }

    /** Reads a spec; fails the test on any problem in the file. */
    static Topology topology(String spec) {
        return read("fixture.yaml", yaml(spec));
    }

    private static Topology read(String fileName, String text) {
        ReadResult read = TopologyReader.read(fileName, text, FileFormat.YAML);
        assertThat(read.problems()).as("problems reading " + fileName).isEmpty();
        return read.document().orElseThrow().topology();
    }

    /** A situation where every group is feasible for every workload. */
    static Situation allFeasible(String spec) {
        Problem problem = problem(spec);
        BitSet[] feasible = new BitSet[problem.demands().size()];
        for (int d = 0; d < feasible.length; d++) {
            feasible[d] = new BitSet();
            feasible[d].set(0, problem.groups().size());
        }
        return new Situation(problem, feasible);
    }

    /** A situation where each workload's feasible groups are those the built-in group filters let through. */
    static Situation filtered(String spec) {
        return filtered(problem(spec));
    }

    static Situation filtered(Problem problem) {
        PluginRegistry registry = PluginRegistry.of(BuiltInPlugins.all());
        BitSet[] feasible = new BitSet[problem.demands().size()];
        for (Demand demand : problem.demands()) {
            BitSet groups = new BitSet();
            for (HostGroup group : problem.groups()) {
                if (registry.groupFilters().stream().allMatch(f -> f.filter(problem, demand, group) == null)) {
                    groups.set(group.index());
                }
            }
            feasible[demand.index()] = groups;
        }
        return new Situation(problem, feasible);
    }

    /** A compiled problem and its state, with lookups by name. */
    static final class Situation {

        final Problem problem;
        final PlacementState state;

        private Situation(Problem problem, BitSet[] feasible) {
            this.problem = problem;
            CountRequests counts = new CountRequests(problem.demands().size());
            for (PlacementPlugin plugin : BuiltInPlugins.all()) {
                plugin.requestCounts(problem, counts);
            }
            this.state = new PlacementState(problem, problem.replicas(), feasible, counts);
        }

        int host(String name) {
            int host = Arrays.asList(problem.hostNames()).indexOf(name);
            assertThat(host).as("host " + name + " in " + Arrays.toString(problem.hostNames())).isNotNegative();
            return host;
        }

        int demand(String workload) {
            return problem.demands().stream().filter(d -> d.name().equals(workload)).findFirst()
                    .orElseThrow(() -> new AssertionError("no workload " + workload)).index();
        }

        int replica(String workload, int ordinal) {
            int demand = demand(workload);
            List<Replica> replicas = state.replicas();
            for (int i = 0; i < replicas.size(); i++) {
                if (replicas.get(i).demand() == demand && replicas.get(i).ordinal() == ordinal) {
                    return i;
                }
            }
            throw new AssertionError("no replica " + ordinal + " of " + workload);
        }

        /** Places replica {@code ordinal} of the workload on the host, whatever the filters would say. */
        Situation place(String workload, int ordinal, String host) {
            state.place(replica(workload, ordinal), host(host));
            return this;
        }

        /** Places replicas 0, 1, ... of the workload on the hosts, in order; blank places nothing. */
        Situation placeAll(String workload, String hosts) {
            if (hosts != null && !hosts.isBlank()) {
                String[] names = hosts.trim().split("\\s+");
                for (int i = 0; i < names.length; i++) {
                    place(workload, i, names[i]);
                }
            }
            return this;
        }

        /**
         * Places {@code workload:host} pairs, space-separated: each workload's next replica (0, 1, ...) on the host;
         * blank places nothing.
         */
        Situation placeEach(String placements) {
            if (placements != null && !placements.isBlank()) {
                int[] next = new int[problem.demands().size()];
                for (String p : placements.trim().split("\\s+")) {
                    String[] parts = p.split(":");
                    place(parts[0], next[demand(parts[0])]++, parts[1]);
                }
            }
            return this;
        }

        /** The first replica of the workload not placed yet, when they are placed in order. */
        int next(String workload) {
            return state.placedCount(demand(workload));
        }

        Rejection filter(HostFilter filter, String workload, int ordinal, String host) {
            return filter.filter(state, state.replica(replica(workload, ordinal)), host(host));
        }

        double delta(Scorer scorer, String workload, int ordinal, String host) {
            return scorer.delta(state, state.replica(replica(workload, ordinal)), host(host));
        }

        boolean appliesTo(HostFilter filter, String workload) {
            return filter.appliesTo(state, demand(workload));
        }

        /** The group filters' verdict, to check a fixture says what it means to. */
        boolean feasible(String workload, String group) {
            HostGroup g = problem.groups().stream().filter(x -> x.name().equals(group)).findFirst().orElseThrow();
            return state.feasibleGroups(demand(workload)).get(g.index());
        }
    }
}
