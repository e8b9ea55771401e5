package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.problem.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * Demands by workload name, to resolve the workloads that terms name; built on the first look-up and shared by the
 * parts of one search, since hashing tens of thousands of names is a visible share of a short pass's set-up.
 */
final class WorkloadIndex {

    private final Problem problem;
    private Map<String, Integer> byName;

    WorkloadIndex(Problem problem) {
        this.problem = problem;
    }

    /** The demand of the workload with this name, or null when there is none. */
    Integer demandNamed(String name) {
        if (byName == null) {
            byName = new HashMap<>(problem.demands().size() * 2);
            problem.demands().forEach(d -> byName.put(d.name(), d.index()));
        }
        return byName.get(name);
    }
}
