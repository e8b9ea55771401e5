package dev.traverse.engine.bench;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
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
 * Reading (parse, bind, check references) and writing a generated topology held in memory, warmed up: the steady
 * cost inside a long-running app, where the CLI figures in docs/benchmarks.md include JVM start and a cold JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReadBenchmark {

    /** sites, nodes, devices, workloads: the 5,000 nodes and 20,000 workloads, and a small estate. */
    @Param({"50,5000,2000,20000", "10,200,100,50"})
    public String spec;

    private String yaml;
    private TopologyDocument document;

    @Setup
    public void generate() {
        String[] p = spec.split(",");
        document = TopologyDocument.of(TopologyGenerator.generate(new GeneratorSpec(Integer.parseInt(p[0]),
                Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]), 42)));
        yaml = TopologyWriter.toYaml(document);
    }

    @Benchmark
    public ReadResult read() {
        return TopologyReader.read("bench.yaml", yaml, FileFormat.YAML);
    }

    @Benchmark
    public String write() {
        return TopologyWriter.toYaml(document);
    }
}
