package dev.traverse.engine.bench;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
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
 * A large multi-cluster estate read from its YAML text and placed: 80 sites with 102 clusters and 100,000 nodes,
 * 4,000 workloads with about 10,000 replicas (`traverse generate --sites 80 --nodes 100000 --devices 0
 * --workloads 4000 --seed 42`).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LoadAndPlaceBenchmark {

    /** sites, nodes, devices, workloads. */
    @Param({"80,100000,0,4000"})
    public String spec;

    private String yaml;
    private final PlacementOptions constructionOnly = new PlacementOptions(1, Duration.ZERO, Map.of());

    @Setup
    public void generate() {
        String[] p = spec.split(",");
        Topology topology = TopologyGenerator.generate(new GeneratorSpec(Integer.parseInt(p[0]),
                Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]), 42));
        yaml = TopologyWriter.write(TopologyDocument.of(topology), FileFormat.YAML);
    }

    @Benchmark
    public PlacementResult loadAndPlace() {
        Topology topology = TopologyReader.read("estate.yaml", yaml, FileFormat.YAML).document().orElseThrow()
                .topology();
        return PlacementEngine.place(topology, constructionOnly);
    }
}
