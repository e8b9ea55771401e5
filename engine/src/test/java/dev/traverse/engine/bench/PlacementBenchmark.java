package dev.traverse.engine.bench;

import dev.traverse.engine.generate.ConstraintMix;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The construction pass on generated estates, warmed up, in a 1 GiB heap, for each constraint mix: plain resource
 * fits (resources, arch, runtime, selectors, taints), a required zone spread on every workload, required
 * anti-affinity on a fifth of the workloads, and everything the generator draws. Divide the replicas of the spec
 * (about 51,400 at 5,000 nodes: `traverse generate ... --constraints MIX` then `traverse show` counts them) by the
 * time for replicas per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PlacementBenchmark {

    /** sites, nodes, devices, workloads. */
    @Param({"50,5000,2000,20000", "20,1000,200,2000"})
    public String spec;

    /** A {@link ConstraintMix} by its command-line name. */
    @Param({"plain", "spread", "anti-affinity", "all"})
    public String mix;

    private Topology topology;
    private final PlacementOptions constructionOnly = new PlacementOptions(1, Duration.ZERO, Map.of());

    @Setup
    public void generate() {
        topology = GeneratedEstates.generate(spec, mix);
    }

    /**
     * Each run places a topology of its own lists, so that nothing compiled of the estate's places by the run before
     * is taken over (the engine keeps the last run's when the sites and links are the same lists), as in a
     * command-line run.
     */
    @Benchmark
    public PlacementResult construct() {
        Topology fresh = GeneratedEstates.freshCopy(topology);
        return PlacementEngine.place(fresh, constructionOnly);
    }
}
