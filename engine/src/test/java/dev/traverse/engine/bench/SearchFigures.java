package dev.traverse.engine.bench;

import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.ReplayedObjective;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the improvement pass reaches on one topology: one placement per run of this program (so each on a cold JVM,
 * as the command line runs it), then the weighted total, each objective's part of it (the placement replayed with
 * only that objective weighed), the improvement steps per second of the time limit, and the engine's own time and
 * the cpu time of its thread (which a loaded machine disturbs less).
 *
 * <p>Usage: {@code SearchFigures FILE TIME_LIMIT_MS [SEED] [STEPS]}, with the engine's test and main classes and its
 * dependencies on the class path.
 */
public final class SearchFigures {

    private SearchFigures() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SearchFigures FILE TIME_LIMIT_MS [SEED] [STEPS]");
            System.exit(2);
        }
        ReadResult read = TopologyReader.read(Path.of(args[0]));
        if (read.hasErrors() || read.document().isEmpty()) {
            System.err.println(args[0] + ": " + read.errors());
            System.exit(2);
        }
        Topology topology = read.document().get().topology();
        long millis = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long steps = args.length > 3 ? Long.parseLong(args[3]) : PlacementOptions.NO_STEP_LIMIT;
        PlacementOptions options = new PlacementOptions(seed, Duration.ofMillis(millis), Map.of(), steps);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        PlacementResult result = PlacementEngine.place(topology, options);
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

        Map<String, String> hosts = new HashMap<>();
        result.assignments().forEach(a -> hosts.put(ReplayedObjective.key(a.workload(), a.replica()), a.node()));
        ObjectiveWeights weights = new ObjectiveWeights(topology.objectives(), Map.of());
        StringBuilder parts = new StringBuilder();
        for (String objective : ObjectiveWeights.OBJECTIVES) {
            if (weights.of(objective) <= 0) {
                continue;
            }
            Map<String, Double> only = new HashMap<>();
            ObjectiveWeights.OBJECTIVES.forEach(o -> only.put(o, o.equals(objective) ? weights.of(o) : 0.0));
            double part = ReplayedObjective.of(topology, new PlacementOptions(seed, Duration.ZERO, only))
                    .total(hosts);
            parts.append(String.format(Locale.ROOT, " %s %.1f", objective, part));
        }
        double perSecond = millis == 0 ? 0 : result.improvementSteps() * 1000.0 / millis;
        System.out.printf(Locale.ROOT, "%s limit %d ms seed %d: total %.2f placed %d unplaced %d steps %d"
                        + " (%.0f/s of the limit) elapsed %d ms, cpu %d ms |%s%n", Path.of(args[0]).getFileName(), millis,
                seed, result.objectives().total(), result.assignments().size(), result.unplaced().size(),
                result.improvementSteps(), perSecond, result.elapsedMs(), cpuMillis, parts);
    }
}
