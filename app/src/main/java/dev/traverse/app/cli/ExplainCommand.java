package dev.traverse.app.cli;

import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.ReplicaExplanation;
import dev.traverse.engine.placement.ReplicaExplanation.HostVerdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traverse explain FILE WORKLOAD[/REPLICA]}: every host's verdict for one replica, and its scores. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain where one replica goes and why: the hosts that could take it, best first, with their"
                + " score by objective (weighted, lower is better), and every refusal counted by reason.",
                "Exit status: 0; 2 for a file with errors, an unknown workload or replica, or a bad option."})
final class ExplainCommand implements Callable<Integer> {

    /** Candidate hosts listed; the rest are counted. */
    static final int SHOWN_CANDIDATES = 10;

    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file (YAML, or JSON for .json).")
    private Path file;

    @Parameters(index = "1", paramLabel = "WORKLOAD[/REPLICA]", description = "The replica, from 0 (default 0).")
    private String target;

    @Option(names = "--weights", paramLabel = "OBJECTIVE=WEIGHT,...", converter = ObjectiveWeightsConverter.class,
            description = "Objective weights instead of the topology's, as for place.")
    private ObjectiveWeightsConverter.Weights weights;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "As for place (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-limit", defaultValue = "200ms", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "As for place: the improvement pass may move the replica after its turn"
                    + " (default: ${DEFAULT-VALUE}).")
    private Duration timeLimit;

    @Option(names = "--steps", paramLabel = "N", converter = StepLimitConverter.class,
            description = "As for place: the improvement pass's step limit (default: no limit).")
    private Long steps;

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
        int slash = target.lastIndexOf('/');
        String workload = slash < 0 ? target : target.substring(0, slash);
        int replica;
        try {
            replica = slash < 0 ? 0 : Integer.parseInt(target.substring(slash + 1));
        } catch (NumberFormatException e) {
            err.println("traverse explain: expected WORKLOAD or WORKLOAD/REPLICA with a replica number, got \""
                    + target + "\"");
            err.flush();
            return TopologyFiles.INVALID;
        }
        ReplicaExplanation explanation;
        try {
            PlacementOptions options = new PlacementOptions(seed, timeLimit,
                    weights == null ? Map.of() : weights.values(), steps == null ? PlacementOptions.NO_STEP_LIMIT : steps);
            explanation = PlacementEngine.explain(document.get().topology(), options, workload, replica);
        } catch (NoSuchElementException e) {
            err.println("traverse explain: " + e.getMessage());
            err.flush();
            return TopologyFiles.INVALID;
        }
        print(explanation, out);
        out.flush();
        return 0;
    }

    private static void print(ReplicaExplanation e, PrintWriter out) {
        List<HostVerdict> candidates = e.hosts().stream().filter(HostVerdict::feasible)
                .sorted(Comparator.comparingDouble(HostVerdict::total).thenComparing(HostVerdict::host)).toList();
        List<HostVerdict> refused = e.hosts().stream().filter(v -> !v.feasible()).toList();
        out.println(e.workload() + "/" + e.replica() + " -> " + (e.chosen() == null ? "no host can take it" : e.chosen()));
        // Hosts are judged at the replica's turn; replicas left over are placed after the others, and a search for a
        // placement of more replicas or the improvement pass may move any replica after its turn.
        if (e.chosen() != null && e.atItsTurn() == null) {
            out.println("  (no host took it at its turn; it was placed after the others)");
        } else if (e.atItsTurn() != null && !e.atItsTurn().equals(e.chosen())) {
            out.println("  (at its turn it went to " + e.atItsTurn() + "; it moved later, to make room for others or"
                    + " to improve the placement)");
        }
        if (e.atItsTurn() != null && !candidates.isEmpty() && !candidates.get(0).host().equals(e.atItsTurn())) {
            out.println("  (lowest score at its turn: " + name(candidates.get(0)) + "; the construction ranks an empty"
                    + " host with its share of the opening charge, and on a large estate reads the most promising"
                    + " groups only)");
        }
        int candidateHosts = candidates.stream().mapToInt(HostVerdict::members).sum();
        out.println();
        out.println(candidateHosts == 0 ? "no host could take it"
                : candidateHosts + " host(s) could take it, best first (weighted score, lower is better):");
        for (HostVerdict v : candidates.stream().limit(SHOWN_CANDIDATES).toList()) {
            out.printf(Locale.ROOT, "  %-40s %8.4f  %s%n", name(v), v.total(), scores(v.scores()));
        }
        if (candidates.size() > SHOWN_CANDIDATES) {
            out.println("  ... and " + (candidates.size() - SHOWN_CANDIDATES) + " more");
        }
        if (!refused.isEmpty()) {
            int refusedHosts = refused.stream().mapToInt(HostVerdict::members).sum();
            out.println();
            out.println(refusedHosts + " host(s) refused it, by reason (a host may have several):");
            Map<String, int[]> byReason = new LinkedHashMap<>();
            Map<String, String> example = new LinkedHashMap<>();
            Map<String, String> fix = new LinkedHashMap<>();
            for (HostVerdict v : refused) {
                for (ReplicaExplanation.Refusal r : v.refusals()) {
                    String reason = r.plugin() + ": " + r.reason();
                    byReason.computeIfAbsent(reason, k -> new int[1])[0] += v.members();
                    example.putIfAbsent(reason, v.host());
                    if (r.fix() != null) {
                        fix.putIfAbsent(reason, r.fix());
                    }
                }
            }
            byReason.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, int[]> x) -> -x.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .forEach(x -> {
                        out.printf(Locale.ROOT, "  %6d  %s  (e.g. %s)%n", x.getValue()[0], x.getKey(),
                                example.get(x.getKey()));
                        if (fix.containsKey(x.getKey())) {
                            out.println("          e.g. fix: " + fix.get(x.getKey()));
                        }
                    });
        }
    }

    private static String name(HostVerdict v) {
        return v.members() == 1 ? v.host() : v.host() + " (+" + (v.members() - 1) + " alike)";
    }

    private static String scores(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .map(s -> s.getKey() + " " + String.format(Locale.ROOT, "%.4f", s.getValue()))
                .collect(Collectors.joining(", "));
    }
}
