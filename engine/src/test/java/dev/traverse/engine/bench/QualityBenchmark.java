package dev.traverse.engine.bench;

import dev.traverse.engine.generate.ConstraintMix;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import java.time.Duration;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The quality target: the gap to the lower bound after construction and a 1 s improvement pass, warmed up, on the
 * generated estates (seed 42), for each constraint mix. The time JMH reports is the whole run; each measured run
 * prints its improvement steps, weighted total, lower bound and gap on a line starting with {@code quality:}, which
 * is the figure this benchmark is for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class QualityBenchmark {

    /** sites, nodes, devices, workloads. */
    @Param({"20,1000,200,2000", "50,5000,2000,20000"})
    public String spec;

    /** A {@link ConstraintMix} by its command-line name. */
    @Param({"plain", "spread", "anti-affinity", "all"})
    public String mix;

    private Topology topology;
    private final PlacementOptions oneSecond = new PlacementOptions(42, Duration.ofSeconds(1), Map.of());
    private PlacementResult last;

    @Setup
    public void generate() {
        topology = GeneratedEstates.generate(spec, mix);
    }

    /** A topology of its own lists per run, as in {@link PlacementBenchmark}. */
    @Benchmark
    public PlacementResult placeAndImprove() {
        Topology fresh = GeneratedEstates.freshCopy(topology);
        last = PlacementEngine.place(fresh, oneSecond);
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf(Locale.ROOT, "%nquality: %s %s steps %d placed %d unplaced %d total %.2f bound %.2f gap %.2f %%%n",
                spec, mix, last.improvementSteps(), last.assignments().size(), last.unplaced().size(),
                last.objectives().total(), last.lowerBound(), 100 * last.gap());
    }
}
