package dev.traverse.app.cli;

import dev.traverse.engine.generate.ConstraintMix;
import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code traverse generate ...}: a large, realistic, valid topology from a seed, for trials and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a realistic topology: clouds, data centres, edge sites with gateways and devices,"
                + " and workloads using every kind of constraint. The same options and seed give the same file."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--sites", defaultValue = "10", description = "Sites (default: ${DEFAULT-VALUE}).")
    private int sites;

    @Option(names = "--nodes", defaultValue = "200", description = "Nodes, counting pool members (default: ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--devices", defaultValue = "100", description = "Devices, counting group members (default: ${DEFAULT-VALUE}).")
    private int devices;

    @Option(names = "--workloads", defaultValue = "50", description = "Workloads (default: ${DEFAULT-VALUE}).")
    private int workloads;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--constraints", paramLabel = "MIX", defaultValue = "all",
            description = "Which constraints the workloads carry: all (every kind), plain (resources, arch, runtime,"
                    + " selectors, taints and node affinity), spread (plain plus a zone spread on every workload) or"
                    + " anti-affinity (plain plus one replica per node for a fifth of the workloads)"
                    + " (default: ${DEFAULT-VALUE}).")
    private String constraints;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (YAML, or JSON for .json); standard output when not given.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSpec generatorSpec;
        try {
            generatorSpec = new GeneratorSpec(sites, nodes, devices, workloads, seed);
        } catch (IllegalArgumentException e) {
            err.println("traverse generate: " + e.getMessage());
            err.flush();
            return TopologyFiles.INVALID;
        }
        ConstraintMix mix = ConstraintMix.fromWireName(constraints);
        if (mix == null) {
            err.println("traverse generate: --constraints must be one of " + ConstraintMix.names() + ", got '"
                    + constraints + "'");
            err.flush();
            return TopologyFiles.INVALID;
        }
        Topology topology = mix.apply(TopologyGenerator.generate(generatorSpec));
        TopologyDocument document = TopologyDocument.of(topology);
        if (output == null) {
            out.print(TopologyWriter.write(document, FileFormat.YAML));
            out.flush();
            return 0;
        }
        TopologyWriter.save(output, document);
        TopologyStats s = TopologyStats.of(topology);
        err.println("wrote " + output + ": " + ValidateCommand.count(s.sites(), "site") + ", "
                + ValidateCommand.count(s.nodes(), "node") + ", " + ValidateCommand.count(s.devices(), "device") + ", "
                + ValidateCommand.count(s.workloads(), "workload") + " (" + ValidateCommand.count(s.replicas(), "replica")
                + ")");
        err.flush();
        return 0;
    }
}
