package dev.traverse.app.cli;

import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.Failure;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.WhatIfResult;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.io.PlacementResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traverse place FILE}: where every replica would run, what would not fit and why, in a readable summary. */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = {"Place a topology's workloads: print how many replicas fit, the objectives, how full each"
                + " cluster would be, and why each unplaced replica fits nowhere, with the smallest fixes.",
                "With -o, also write the whole result as JSON (docs/placement-result.md).",
                "Exit status: 0 when every replica is placed, 3 when some are not, 2 when the file has errors or"
                        + " an option is wrong."})
final class PlaceCommand implements Callable<Integer> {

    /** Exit status when the placement leaves replicas unplaced: the run worked, the topology does not fit. */
    static final int UNPLACED = 3;

    @Parameters(paramLabel = "FILE", description = "The topology file (YAML, or JSON for .json).")
    private Path file;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Breaks ties; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-limit", defaultValue = "200ms", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time for improving on the first placement: 200ms, 1.5s, or 0 for none"
                    + " (default: ${DEFAULT-VALUE}).")
    private Duration timeLimit;

    @Option(names = "--steps", paramLabel = "N", converter = StepLimitConverter.class,
            description = "Stop improving after N steps, so that the same seed gives the same result on any machine"
                    + " (allow time for them with --time-limit; default: no limit).")
    private Long steps;

    @Option(names = "--weights", paramLabel = "OBJECTIVE=WEIGHT,...", converter = ObjectiveWeightsConverter.class,
            description = "Objective weights instead of the topology's, such as cost=1,latency=2. Objectives: cost,"
                    + " latency, carbon, balance, resilience, consolidation, affinity (preferred terms and"
                    + " ScheduleAnyway spread).")
    private ObjectiveWeightsConverter.Weights weights;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    private Path output;

    @Option(names = "--fail", paramLabel = "WHAT",
            description = "What-if: place again with WHAT failed (" + Failure.FORM + ") and show the replicas that"
                    + " move, those that find no host, and the objectives before and after. With -o, the JSON is the"
                    + " placement after the failure.")
    private String fail;

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
        Topology topology = document.get().topology();
        PlacementOptions options = new PlacementOptions(seed, timeLimit, weights == null ? Map.of() : weights.values(),
                steps == null ? PlacementOptions.NO_STEP_LIMIT : steps);
        PlacementResult result;
        if (fail != null) {
            WhatIfResult whatIf;
            try {
                whatIf = PlacementEngine.whatIf(topology, options, Failure.parse(fail));
            } catch (IllegalArgumentException e) {
                err.println("traverse place: --fail: " + e.getMessage());
                err.flush();
                return TopologyFiles.INVALID;
            }
            WhatIfSummary.print(out, whatIf);
            out.flush();
            result = whatIf.after();
        } else {
            result = PlacementEngine.place(topology, options);
            PlacementSummary.print(out, topology, result);
        }
        if (output != null) {
            try {
                PlacementResultJson.save(result, output);
            } catch (IOException e) {
                err.println("traverse place: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return TopologyFiles.INVALID;
            }
            err.println("wrote " + output);
            err.flush();
        }
        return result.unplaced().isEmpty() ? 0 : UNPLACED;
    }
}
