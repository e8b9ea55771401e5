package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.improve.ImprovementPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.FallbackTiers;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The lower bound a run states holds for every valid placement of the replicas it placed, not only for the one it
 * found: the objective is replayed in replica order, as the canonical objective is, for the construction's placement
 * and for placements reached from it by random moves, each kept only if {@link PlacementValidator} finds no hard
 * rule broken. Moves keep a replica in its fallback group or an earlier one, as the engine's search does: the bound
 * counts a workload whose first group always has room in that group alone.
 */
class LowerBoundProperties {

    private static final int MOVES = 40;

    @Property(tries = 60)
    void noValidPlacementOfTheSameReplicasScoresBelowTheBound(@ForAll @IntRange(min = 1, max = 6) int sites,
                                                              @ForAll @IntRange(max = 60) int nodes,
                                                              @ForAll @IntRange(max = 40) int devices,
                                                              @ForAll @IntRange(min = 1, max = 40) int workloads,
                                                              @ForAll long seed) {
        Topology topology = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
        Run run = new Run(topology);
        double bound = run.outcome.lowerBound().getAsDouble();

        assertThat(bound).as("bound against the construction's placement")
                .isLessThanOrEqualTo(run.objective() + 1e-9);
        Random random = new Random(seed);
        for (int move = 0; move < MOVES; move++) {
            if (run.moveOneReplica(random)) {
                assertThat(bound).as("bound against a placement after %d moves", move + 1)
                        .isLessThanOrEqualTo(run.objective() + 1e-9);
            }
        }
    }

    /**
     * As above with balance, consolidation and cost weighed above the rest, where the bound on opening charges and
     * balance together counts most.
     */
    @Property(tries = 40)
    void packingAgainstBalanceNeverBoundsAboveAValidPlacement(@ForAll @IntRange(min = 1, max = 4) int sites,
                                                               @ForAll @IntRange(max = 40) int nodes,
                                                               @ForAll @IntRange(max = 20) int devices,
                                                               @ForAll @IntRange(min = 1, max = 30) int workloads,
                                                               @ForAll long seed) {
        Topology topology = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
        Run run = new Run(topology, Map.of("balance", 4.0, "consolidation", 2.0, "cost", 2.0));
        double bound = run.outcome.lowerBound().getAsDouble();

        assertThat(bound).as("bound against the construction's placement")
                .isLessThanOrEqualTo(run.objective() + 1e-9);
        Random random = new Random(seed);
        for (int move = 0; move < MOVES; move++) {
            if (run.moveOneReplica(random)) {
                assertThat(bound).as("bound against a placement after %d moves", move + 1)
                        .isLessThanOrEqualTo(run.objective() + 1e-9);
            }
        }
    }

    /** One engine run whose placement the test then changes, replica by replica. */
    private static final class Run {

        private final Topology topology;
        private final Problem problem;
        private final PluginRegistry registry = BuiltInPlugins.registry();
        private final ObjectiveWeights weights;
        private final ConstructionPass.Outcome outcome;
        private final PlacementState state;

        Run(Topology topology) {
            this(topology, Map.of());
        }

        Run(Topology topology, Map<String, Double> overrides) {
            this.topology = topology;
            this.problem = ProblemCompiler.compile(topology);
            this.weights = new ObjectiveWeights(topology.objectives(), overrides);
            this.outcome = PassFactory.create(problem, registry, weights).run(() -> false);
            this.state = outcome.state();
        }

        /**
         * Moves a random placed replica to a random host every host filter admits, emptier or fuller ones by turns;
         * undoes the move when the validator finds a rule broken. False when nothing moved.
         */
        boolean moveOneReplica(Random random) {
            List<Integer> placed = new ArrayList<>();
            for (int i = 0; i < state.replicas().size(); i++) {
                if (state.hostOf(i) != PlacementState.UNPLACED) {
                    placed.add(i);
                }
            }
            if (placed.isEmpty()) {
                return false;
            }
            int index = placed.get(random.nextInt(placed.size()));
            int from = state.hostOf(index);
            state.remove(index);
            boolean toUsed = random.nextBoolean();
            List<Integer> candidates = new ArrayList<>();
            Replica replica = state.replica(index);
            BitSet groups = state.feasibleGroups(replica.demand());
            int[] tiers = FallbackTiers.of(problem, problem.demands().get(replica.demand()));
            for (int h = 0; h < problem.hostCount(); h++) {
                if (h != from && groups.get(problem.hostGroup()[h]) && withinOwnScope(replica, h)
                        && withinTier(tiers, from, h) && state.isEmpty(h) != toUsed && admitted(replica, h)) {
                    candidates.add(h);
                }
            }
            if (candidates.isEmpty()) {
                state.place(index, from);
                return false;
            }
            state.place(index, candidates.get(random.nextInt(candidates.size())));
            if (!PlacementValidator.validate(topology, result()).isEmpty()) {
                state.remove(index);
                state.place(index, from);
                return false;
            }
            return true;
        }

        /**
         * A replica the division hands to one cluster, a daemon's replica for one site and a pinned replica stay
         * where the workload's rules put them, as in the engine's own search: only where the replica goes within
         * them is the placement's to choose.
         */
        private boolean withinOwnScope(Replica replica, int host) {
            HostGroup group = problem.groups().get(problem.hostGroup()[host]);
            return (replica.site() < 0 || group.siteIndex() == replica.site())
                    && (replica.cluster() < 0 || group.clusterIndex() == replica.cluster())
                    && (replica.host() < 0 || host == replica.host());
        }

        /**
         * A replica of a workload with fallback groups overflows to a later group only when the earlier ones are full
         * at its turn, so it may move to its own group or an earlier one, as in the engine's own search, never to a
         * later one while the placement says nothing about how full the earlier ones were then.
         */
        private boolean withinTier(int[] tiers, int from, int host) {
            int tier = tiers[problem.hostGroup()[host]];
            return tier >= 0 && tier <= tiers[problem.hostGroup()[from]];
        }

        private boolean admitted(Replica replica, int host) {
            for (HostFilter filter : registry.hostFilters()) {
                if (!filter.admits(state, replica, host)) {
                    return false;
                }
            }
            return true;
        }

        private PlacementResult result() {
            return ResultAssembler.assemble(new ImprovementPass.Outcome(state, outcome.unplaced(), 0, 0, 0), () -> 0);
        }

        /**
         * The weighted objective of the current placement, replayed in replica order: each scorer's deltas times its
         * weight over its scale, for the replicas whose workload it applies to.
         */
        double objective() {
            CountRequests counts = new CountRequests(problem.demands().size());
            List<PlacementPlugin> plugins = new ArrayList<>(registry.groupFilters());
            plugins.addAll(registry.hostFilters());
            plugins.addAll(registry.scorers());
            plugins.forEach(p -> p.requestCounts(problem, counts));
            BitSet[] feasible = new BitSet[problem.demands().size()];
            java.util.Arrays.setAll(feasible, state::feasibleGroups);
            PlacementState replay = new PlacementState(problem, state.replicas(), feasible, counts);
            double total = 0;
            for (int i = 0; i < state.replicas().size(); i++) {
                int host = state.hostOf(i);
                if (host == PlacementState.UNPLACED) {
                    continue;
                }
                Replica replica = state.replica(i);
                for (Scorer scorer : registry.scorers()) {
                    double weight = weights.of(scorer.objective());
                    if (weight > 0 && scorer.appliesTo(problem, replica.demand())) {
                        double scale = scorer.scale(problem);
                        double factor = weight / (scale > 0 && Double.isFinite(scale) ? scale : 1);
                        total += factor * scorer.delta(replay, replica, host);
                    }
                }
                replay.place(i, host);
            }
            return total;
        }
    }
}
