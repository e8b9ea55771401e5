package dev.traverse.app.cli;

import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The unplaced replicas for people: replicas of one workload refused for the same reasons with the same fixes are
 * one entry ({@code web/0-3, 7: 0/48 nodes are available: ...}), and long lists are cut with "... and N more".
 * Replicas bound to one host each (pinned, or firmware on its device) have summaries naming their host; alike
 * otherwise, they are still one entry, so that a fleet of a thousand devices is one line, not a thousand.
 */
final class UnplacedDigest {

    /** Entries shown; the JSON output (-o) has them all. */
    static final int MAX_ENTRIES = 10;

    /** Replicas of one workload refused alike, in the order the result gives them. */
    record Entry(String workload, List<Integer> replicas, List<String> summaries, List<ReasonCount> reasons,
                 List<String> fixes) {

        /** The summary when all share it; else what they share: the reasons, each on its one host. */
        String summary() {
            if (summaries.stream().distinct().count() == 1) {
                return summaries.get(0);
            }
            return "each has one possible host, which is not available: " + reasons.stream()
                    .map(r -> r.hosts() + " " + r.reason()).collect(Collectors.joining(", ")) + ".";
        }
    }

    private UnplacedDigest() {
    }

    static List<Entry> entries(List<UnplacedReplica> unplaced) {
        Map<List<Object>, Entry> entries = new LinkedHashMap<>();
        for (UnplacedReplica u : unplaced) {
            Entry e = entries.computeIfAbsent(List.of(u.workload(), u.reasons(), u.fixes()),
                    k -> new Entry(u.workload(), new ArrayList<>(), new ArrayList<>(), u.reasons(), u.fixes()));
            e.replicas().add(u.replica());
            e.summaries().add(u.summary());
        }
        return List.copyOf(entries.values());
    }

    static void print(PrintWriter out, List<UnplacedReplica> unplaced) {
        if (unplaced.isEmpty()) {
            return;
        }
        List<Entry> entries = entries(unplaced);
        long workloads = unplaced.stream().map(UnplacedReplica::workload).distinct().count();
        out.println("unplaced: " + ValidateCommand.count(unplaced.size(), "replica") + " of "
                + ValidateCommand.count(workloads, "workload"));
        for (Entry e : entries.subList(0, Math.min(MAX_ENTRIES, entries.size()))) {
            out.println("  " + e.workload() + "/" + ranges(e.replicas()) + ": " + e.summary());
            e.fixes().forEach(fix -> out.println("    fix: " + fix));
        }
        if (entries.size() > MAX_ENTRIES) {
            List<Entry> rest = entries.subList(MAX_ENTRIES, entries.size());
            int replicas = rest.stream().mapToInt(e -> e.replicas().size()).sum();
            long restWorkloads = rest.stream().map(Entry::workload).distinct().count();
            out.println("  ... and " + ValidateCommand.count(replicas, "more replica") + " of "
                    + ValidateCommand.count(restWorkloads, "workload") + " (-o FILE writes them all)");
        }
    }

    /** Replica numbers as runs: 0-3, 7, 9-10. */
    static String ranges(List<Integer> replicas) {
        List<Integer> sorted = replicas.stream().sorted().toList();
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(sorted.get(i));
            if (j > i) {
                s.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return s.toString();
    }
}
