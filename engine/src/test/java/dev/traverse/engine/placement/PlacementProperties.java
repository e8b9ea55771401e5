package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine over generated topologies, checked by {@link PlacementValidator}, which shares none of its code: no hard
 * rule broken, every replica told of once, the improvement pass never worse than construction, and the same seed
 * and step limit giving the same result.
 */
class PlacementProperties {

    /**
     * Enough for the improvement pass to move things on these small topologies; the step limit rather than the
     * (generous) time limit ends it, so that a failure repeats on any machine.
     */
    private static final long STEPS = 2_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private static Topology topology(int sites, int nodes, int devices, int workloads, long seed) {
        return TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
    }

    private static PlacementResult place(Topology t, long seed) {
        return PlacementEngine.place(t, new PlacementOptions(seed, TIME_LIMIT, Map.of(), STEPS));
    }

    @Property(tries = 150)
    void noHardRuleIsBroken(@ForAll @IntRange(min = 1, max = 6) int sites,
                            @ForAll @IntRange(max = 60) int nodes,
                            @ForAll @IntRange(max = 40) int devices,
                            @ForAll @IntRange(min = 1, max = 40) int workloads,
                            @ForAll long seed) {
        Topology t = topology(sites, nodes, devices, workloads, seed);

        assertThat(PlacementValidator.validate(t, place(t, seed))).isEmpty();
    }

    /**
     * Found by the property above: a workload with a hard zone spread overflows from its primary cluster to a burst
     * cluster in the same zones, whose replicas the spread must count apart from the primary's.
     */
    @Example
    void aBurstClusterSharingThePrimarysZonesSpreadsItsOwnReplicas() {
        Topology t = topology(1, 40, 0, 3, -10865899L);

        assertThat(PlacementValidator.validate(t, place(t, -10865899L))).isEmpty();
    }

    @Property(tries = 100)
    void theLowerBoundNeverExceedsTheObjective(@ForAll @IntRange(min = 1, max = 6) int sites,
                                               @ForAll @IntRange(max = 60) int nodes,
                                               @ForAll @IntRange(max = 40) int devices,
                                               @ForAll @IntRange(min = 1, max = 40) int workloads,
                                               @ForAll long seed) {
        PlacementResult result = place(topology(sites, nodes, devices, workloads, seed), seed);

        assertThat(result.lowerBound()).isLessThanOrEqualTo(result.objectives().total() + 1e-9);
        assertThat(result.gap()).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 100)
    void everyReplicaIsAssignedOrUnplacedExactlyOnce(@ForAll @IntRange(min = 1, max = 6) int sites,
                                                    @ForAll @IntRange(max = 60) int nodes,
                                                    @ForAll @IntRange(max = 40) int devices,
                                                    @ForAll @IntRange(min = 1, max = 40) int workloads,
                                                    @ForAll long seed) {
        Topology t = topology(sites, nodes, devices, workloads, seed);
        PlacementResult result = place(t, seed);

        Map<String, Set<Integer>> told = new HashMap<>();
        int entries = 0;
        for (PlacementResult.Assignment a : result.assignments()) {
            told.computeIfAbsent(a.workload(), w -> new TreeSet<>()).add(a.replica());
            entries++;
        }
        for (PlacementResult.UnplacedReplica u : result.unplaced()) {
            told.computeIfAbsent(u.workload(), w -> new TreeSet<>()).add(u.replica());
            entries++;
        }
        assertThat(told.values().stream().mapToInt(Set::size).sum()).as("replicas told of twice").isEqualTo(entries);
        for (Workload w : t.workloads()) {
            Set<Integer> replicas = told.getOrDefault(w.name(), Set.of());
            assertThat(replicas).as("%s numbers its replicas from 0", w.name())
                    .allMatch(r -> r >= 0 && r < replicas.size());
            if (w.kind() == WorkloadKind.DAEMON) {
                assertThat(replicas.size()).as(w.name()).isBetween(1, t.sites().size());
            } else if (isDuplicated(w)) {
                assertThat(replicas.size() % w.replicas()).as("%s: whole copies", w.name()).isZero();
                assertThat(replicas).as(w.name()).isNotEmpty();
            } else {
                assertThat(replicas).as(w.name()).hasSize(expectedReplicas(t, w));
            }
        }
    }

    private static boolean isDuplicated(Workload w) {
        return w.replicaScheduling() != null && w.replicaScheduling().type() == ReplicaSchedulingType.DUPLICATED;
    }

    /** Firmware runs once per device of its fleet; everything else has its replica count. */
    private static int expectedReplicas(Topology t, Workload w) {
        if (w.kind() != WorkloadKind.FIRMWARE) {
            return w.replicas();
        }
        return new ModelHosts(t).fleet(w.target().fleet()).size();
    }

    @Property(tries = 100)
    void improvementNeverPlacesFewerReplicasNorRaisesTheObjective(@ForAll @IntRange(min = 1, max = 6) int sites,
                                                                  @ForAll @IntRange(max = 60) int nodes,
                                                                  @ForAll @IntRange(max = 40) int devices,
                                                                  @ForAll @IntRange(min = 1, max = 40) int workloads,
                                                                  @ForAll long seed) {
        Topology t = topology(sites, nodes, devices, workloads, seed);

        PlacementResult constructed = PlacementEngine.place(t, new PlacementOptions(seed, Duration.ZERO, Map.of()));
        PlacementResult improved = place(t, seed);

        assertThat(constructed.improvementSteps()).isZero();
        assertThat(improved.unplaced()).hasSizeLessThanOrEqualTo(constructed.unplaced().size());
        if (improved.unplaced().size() == constructed.unplaced().size()) {
            double total = constructed.objectives().total();
            assertThat(improved.objectives().total()).isLessThanOrEqualTo(total + 1e-9 * Math.max(1, Math.abs(total)));
        }
    }

    @Property(tries = 40)
    void theSameSeedAndStepLimitGiveTheSameResult(@ForAll @IntRange(min = 1, max = 6) int sites,
                                       @ForAll @IntRange(max = 60) int nodes,
                                       @ForAll @IntRange(max = 40) int devices,
                                       @ForAll @IntRange(min = 1, max = 40) int workloads,
                                       @ForAll long seed) {
        Topology t = topology(sites, nodes, devices, workloads, seed);

        PlacementResult first = place(t, seed);
        PlacementResult second = place(t, seed);

        assertThat(withoutTime(second)).isEqualTo(withoutTime(first));
    }

    /** The result but for the engine's own time, which no seed fixes. */
    private static List<Object> withoutTime(PlacementResult r) {
        return List.of(r.assignments(), r.unplaced(), r.hosts(), r.objectives(), r.improvementSteps());
    }
}
