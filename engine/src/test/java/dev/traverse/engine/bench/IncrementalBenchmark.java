package dev.traverse.engine.bench;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.TopologyEdits;
import dev.traverse.engine.placement.incremental.WarmStart;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The designer's live preview on the generated estate of 1,000 nodes: placing again after one edit, from the previous
 * run's warm start ({@code incremental}), from the previous result alone ({@code keepingOnly}) and from scratch
 * ({@code full}), each time from the same previous run. Warmed up longer than the other benchmarks: on two cores the
 * compiler competes with the runs for a while.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class IncrementalBenchmark {

    /** One member more in a node pool, one fewer, or two replicas more of one workload. */
    @Param({"nodeAdded", "nodeRemoved", "replicasChanged"})
    public String edit;

    private final PlacementOptions options = new PlacementOptions(1, Duration.ZERO, Map.of());
    private Topology topology;
    private Topology edited;
    private IncrementalResult previous;

    @Setup
    public void placeOnce() {
        topology = TopologyGenerator.generate(new GeneratorSpec(20, 1000, 200, 2000, 42));
        previous = PlacementEngine.placeIncrementally(topology, options, WarmStart.NONE, () -> false);
        edited = switch (edit) {
            case "nodeAdded" -> TopologyEdits.resizeFirstLargePool(topology, 1);
            case "nodeRemoved" -> TopologyEdits.resizeFirstLargePool(topology, -1);
            case "replicasChanged" -> {
                Workload w = topology.workloads().stream()
                        .filter(x -> x.kind() == WorkloadKind.SERVICE && x.replicaScheduling() == null)
                        .findFirst().orElseThrow();
                yield TopologyEdits.withReplicas(topology, w.name(), w.replicas() + 2);
            }
            default -> throw new IllegalArgumentException(edit);
        };
    }

    /**
     * The engine keeps what it compiled of the last run's places: as in the designer, that is the topology before the
     * edit, not the edited one the previous invocation placed.
     */
    @Setup(Level.Invocation)
    public void lastRunBeforeTheEdit() {
        ProblemCompiler.compile(topology);
    }

    @Benchmark
    public IncrementalResult incremental() {
        return PlacementEngine.placeIncrementally(edited, options, previous.next(), () -> false);
    }

    @Benchmark
    public PlacementResult keepingOnly() {
        return PlacementEngine.place(edited, options, previous.result());
    }

    /** From scratch: a topology of its own lists, so that nothing compiled before is taken over. */
    @Benchmark
    public PlacementResult full() {
        return PlacementEngine.place(new Topology(edited.metadata(), edited.objectives(),
                new ArrayList<>(edited.sites()), new ArrayList<>(edited.links()), edited.workloads(),
                edited.layout()), options);
    }
}
