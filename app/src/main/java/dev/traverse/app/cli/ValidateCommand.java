package dev.traverse.app.cli;

import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.TopologyStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traverse validate FILE...}: checks syntax, fields and references, reporting every problem with its place. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check topology files: syntax, every field, and every reference between elements.",
                "Problems go to standard error as FILE:LINE:COLUMN: PATH: MESSAGE.",
                "Exit status: 0 when every file is valid, 2 when any has errors."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (YAML, or JSON for .json).")
    private List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no line per valid file.")
    private boolean quiet;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            ReadResult result = TopologyReader.read(file);
            result.problems().forEach(p -> err.println(p.format()));
            boolean valid = !result.hasErrors() && !(strict && !result.warnings().isEmpty());
            allValid &= valid;
            if (valid && !quiet) {
                out.println(file + ": valid (" + describe(TopologyStats.of(result.document().orElseThrow().topology()))
                        + warnings(result.warnings()) + ")");
            } else if (!valid) {
                err.println(file + ": " + count(result.errors().size(), "error") + warnings(result.warnings()));
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : TopologyFiles.INVALID;
    }

    private static String describe(TopologyStats s) {
        return count(s.sites(), "site") + ", " + count(s.clusters(), "cluster") + ", " + count(s.nodes(), "node")
                + ", " + count(s.devices(), "device") + ", " + count(s.workloads(), "workload");
    }

    private static String warnings(List<Problem> warnings) {
        return warnings.isEmpty() ? "" : ", " + count(warnings.size(), "warning");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
