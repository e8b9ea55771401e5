package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.problem.Problem;
import java.util.HashMap;
import java.util.Map;

/** Demands by workload name, to resolve the workloads that terms name. */
final class WorkloadIndex {

    private WorkloadIndex() {
    }

    static Map<String, Integer> byName(Problem problem) {
        Map<String, Integer> byName = new HashMap<>(problem.demands().size() * 2);
        problem.demands().forEach(d -> byName.put(d.name(), d.index()));
        return byName;
    }
}
