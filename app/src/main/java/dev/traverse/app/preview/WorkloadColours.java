package dev.traverse.app.preview;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per workload: its position among the topology's workload names in sorted order, so a workload keeps
 * its colour however the file orders workloads and whatever the placement does. The canvas maps the index onto its
 * colour-blind-safe palette. Immutable; any thread.
 */
public final class WorkloadColours {

    private final List<String> sorted;
    private final Map<String, Integer> indexOf;

    private WorkloadColours(List<String> sorted) {
        this.sorted = List.copyOf(sorted);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.sorted.size(); i++) {
            index.put(this.sorted.get(i), i);
        }
        this.indexOf = Collections.unmodifiableMap(index);
    }

    public static WorkloadColours of(Topology topology) {
        return new WorkloadColours(topology.workloads().stream().map(Workload::name).sorted().toList());
    }

    /** The workload's colour index; workloads the topology does not have come after all others. */
    public int colourOf(String workload) {
        return indexOf.getOrDefault(workload, sorted.size());
    }

    /** The workload names in colour order. */
    public List<String> workloads() {
        return sorted;
    }
}
