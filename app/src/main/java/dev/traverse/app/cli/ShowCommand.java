package dev.traverse.app.cli;

import static dev.traverse.app.cli.ValidateCommand.count;

import dev.traverse.app.format.CapacityFormat;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyStats;
import dev.traverse.engine.model.WireEnum;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traverse show FILE}: what a topology holds, in a few lines. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Summarise a topology: elements per kind and the total capacity of its nodes.",
                "Exit status: 0, or 2 when the file has errors (printed as validate prints them)."})
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The topology file.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<TopologyDocument> document = TopologyFiles.readOrReport(file, err);
        if (document.isEmpty()) {
            return TopologyFiles.INVALID;
        }
        Topology t = document.get().topology();
        TopologyStats s = TopologyStats.of(t);
        out.println(t.name() + (t.metadata().description() == null ? "" : ": " + t.metadata().description()));
        row(out, "sites", s.sites(), breakdown(s.sitesByProvider()));
        row(out, "clusters", s.clusters(), "");
        row(out, "nodes", s.nodes(), "in " + count(s.nodePools(), "pool"));
        row(out, "devices", s.devices(), breakdown(s.devicesByKind()));
        row(out, "links", s.links(), "");
        row(out, "workloads", s.workloads(), breakdown(s.workloadsByKind()) + ", " + count(s.replicas(), "replica"));
        out.printf("  %-10s cpu %s, memory %s, storage %s, gpu %d%n", "capacity",
                CapacityFormat.cores(s.cpuMillis()), CapacityFormat.bytes(s.memoryBytes()), CapacityFormat.bytes(s.storageBytes()), s.gpus());
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String label, long n, String detail) {
        out.printf("  %-10s %6d%s%n", label, n, detail.isEmpty() ? "" : "  " + detail);
    }

    private static <E extends WireEnum> String breakdown(Map<E, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<E, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().wireName()))
                .map(e -> e.getKey().wireName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
