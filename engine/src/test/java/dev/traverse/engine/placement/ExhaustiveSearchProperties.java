package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.construct.ReplayedObjective;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine on tiny topologies against {@link BruteForcePlacements}, which tries every assignment and trusts only
 * {@link PlacementValidator}: whenever some assignment places every replica, the engine does too, and its lower bound
 * does not exceed the least objective of such an assignment; it places as many replicas as any assignment when
 * priorities do not differ; and a replica is left unplaced only when no host could take it given where all the
 * others are, on tiny topologies and on larger generated ones.
 */
class ExhaustiveSearchProperties {

    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ofMillis(20), Map.of());
    /** Objectives are sums of doubles added in different orders. */
    private static final double ROUNDING = 1e-9;

    @Provide
    Arbitrary<Topology> tiny() {
        return TinyTopologies.all();
    }

    @Property(tries = 100)
    void tinyTopologiesAreValidFiles(@ForAll("tiny") Topology t) {
        String yaml = TopologyWriter.write(TopologyDocument.of(t), FileFormat.YAML);
        ReadResult read = TopologyReader.read("tiny.yaml", yaml, FileFormat.YAML);

        assertThat(read.problems()).as(yaml).isEmpty();
        assertThat(read.document().orElseThrow().topology()).isEqualTo(t);
    }

    @Property(tries = 300)
    void whenEveryReplicaFitsTheEnginePlacesThemAllWithinItsBound(@ForAll("tiny") Topology t) {
        PlacementResult result = PlacementEngine.place(t, OPTIONS);
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, OPTIONS);

        assertThat(PlacementValidator.validate(t, result)).as("rules broken").isEmpty();
        assertThat(result.assignments().size()).as("more placed than exhaustive search found")
                .isLessThanOrEqualTo(best.mostPlaced());
        if (t.workloads().stream().map(Workload::priority).distinct().count() == 1) {
            // Where priorities differ, more replicas of a higher one come before more replicas in all.
            assertThat(result.assignments().size()).as("fewer placed than fit, %s", best).isEqualTo(best.mostPlaced());
        }
        if (best.allFit()) {
            assertThat(result.unplaced()).as("every replica fits, %s", best).isEmpty();
            assertThat(result.lowerBound()).as("lower bound above the optimum, %s", best)
                    .isLessThanOrEqualTo(best.leastObjective() + ROUNDING);
            // The engine's own placement is one of those tried: none may be valued below the least.
            assertThat(ReplayedObjective.of(t, OPTIONS).total(nodes(result)))
                    .isGreaterThanOrEqualTo(best.leastObjective() - ROUNDING);
        }
    }

    /**
     * Opening charges pack replicas while balance spreads them: with both weighed heavily the bound counts them
     * together, and must still stay at or below the best placement exhaustive search finds.
     */
    @Property(tries = 200)
    void packingAgainstBalanceStaysWithinTheOptimum(@ForAll("tiny") Topology t) {
        PlacementOptions options = new PlacementOptions(OPTIONS.seed(), OPTIONS.timeLimit(),
                Map.of("balance", 3.0, "consolidation", 1.0, "cost", 1.0), OPTIONS.stepLimit());
        PlacementResult result = PlacementEngine.place(t, options);
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, options);

        if (best.allFit() && result.unplaced().isEmpty()) {
            assertThat(result.lowerBound()).as("lower bound above the optimum, %s", best)
                    .isLessThanOrEqualTo(best.leastObjective() + ROUNDING);
        }
    }

    @Property(tries = 300)
    void aReplicaIsUnplacedOnlyWhenNoHostCanTakeItBesideTheOthers(@ForAll("tiny") Topology t) {
        assertNoHostCouldTakeAnUnplacedReplica(t, PlacementEngine.place(t, OPTIONS));
    }

    /** Generated topologies larger than exhaustive search takes, with every kind of workload and rule. */
    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void onLargerTopologiesTooAReplicaIsUnplacedOnlyWhenNoHostCanTakeIt(
            @ForAll @IntRange(min = 1, max = 3) int sites, @ForAll @IntRange(max = 12) int nodes,
            @ForAll @IntRange(max = 8) int devices, @ForAll @IntRange(min = 1, max = 10) int workloads,
            @ForAll long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        assertNoHostCouldTakeAnUnplacedReplica(t, PlacementEngine.place(t, OPTIONS));
    }

    private static void assertNoHostCouldTakeAnUnplacedReplica(Topology t, PlacementResult result) {
        for (UnplacedReplica u : result.unplaced()) {
            for (ModelHost host : new ModelHosts(t).all()) {
                assertThat(PlacementValidator.validate(t, withAdded(result, u, host.name())))
                        .as("%s/%d unplaced (%s), yet %s could take it", u.workload(), u.replica(), u.summary(),
                                host.name())
                        .isNotEmpty();
            }
        }
    }

    private static Map<String, String> nodes(PlacementResult result) {
        return result.assignments().stream()
                .collect(Collectors.toMap(a -> ReplayedObjective.key(a.workload(), a.replica()), Assignment::node));
    }

    /** The result with one unplaced replica assigned to a host. */
    private static PlacementResult withAdded(PlacementResult result, UnplacedReplica replica, String host) {
        List<Assignment> assignments = new ArrayList<>(result.assignments());
        assignments.add(new Assignment(replica.workload(), replica.replica(), host));
        List<UnplacedReplica> unplaced = new ArrayList<>(result.unplaced());
        unplaced.remove(replica);
        return new PlacementResult(assignments, unplaced, result.hosts(), result.objectives(), result.lowerBound(),
                result.gap(), result.elapsedMs());
    }
}
