package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.TopologyEdits;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An incremental run states a lower bound as good as a run from scratch computes for the same placement. The run from
 * scratch keeps the same replicas (it starts from the previous result alone, reusing no work), so both place the same
 * replicas. The incremental run's bound starts the search of its relaxation's dual from the prices the previous bound
 * ended with and searches only briefly, so it may differ a little either way; on this estate the relaxation is not
 * what binds, and the bounds are equal.
 */
class IncrementalBoundTest {

    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ZERO, Map.of());

    private static Topology topology;
    private static IncrementalResult first;

    @BeforeAll
    static void placeOnce() {
        topology = TopologyGenerator.generate(new GeneratorSpec(6, 160, 30, 240, 42));
        first = PlacementEngine.placeIncrementally(topology, OPTIONS, WarmStart.NONE, () -> false);
    }

    @Test
    void aNodeAdded() {
        assertSameBound(first, TopologyEdits.resizeFirstLargePool(topology, 1));
    }

    @Test
    void aNodeRemoved() {
        assertSameBound(first, TopologyEdits.resizeFirstLargePool(topology, -1));
    }

    @Test
    void aWorkloadsReplicasChanged() {
        Workload w = firstPlainService(topology);
        assertSameBound(first, TopologyEdits.withReplicas(topology, w.name(), w.replicas() + 2));
    }

    @Test
    void aWorkloadsRequestChanged() {
        Workload w = firstPlainService(topology);
        assertSameBound(first, TopologyEdits.withCpuRequest(topology, w.name(), 250));
    }

    @Test
    void editsInARowEachFromThePreviousWarmStart() {
        Workload w = firstPlainService(topology);
        List<Topology> edits = List.of(TopologyEdits.resizeFirstLargePool(topology, 1),
                TopologyEdits.withReplicas(TopologyEdits.resizeFirstLargePool(topology, 1), w.name(), w.replicas() + 1),
                TopologyEdits.withReplicas(topology, w.name(), w.replicas() + 1));
        IncrementalResult previous = first;
        for (Topology edited : edits) {
            previous = assertSameBound(previous, edited);
        }
    }

    private static IncrementalResult assertSameBound(IncrementalResult previous, Topology edited) {
        IncrementalResult warm = PlacementEngine.placeIncrementally(edited, OPTIONS, previous.next(), () -> false);
        PlacementResult fresh = PlacementEngine.place(edited, OPTIONS, previous.result());
        assertThat(fresh.assignments()).isNotEmpty();
        assertThat(fresh.lowerBound()).isNotZero();
        assertThat(warm.result().assignments()).isEqualTo(fresh.assignments());
        assertThat(warm.result().lowerBound()).isCloseTo(fresh.lowerBound(), within(1e-3 * fresh.lowerBound()))
                .isLessThanOrEqualTo(warm.result().objectives().total());
        assertThat(warm.result().gap()).isCloseTo(fresh.gap(), within(1e-3));
        return warm;
    }

    private static Workload firstPlainService(Topology t) {
        return t.workloads().stream()
                .filter(w -> w.kind() == WorkloadKind.SERVICE && w.replicaScheduling() == null)
                .findFirst().orElseThrow();
    }
}
