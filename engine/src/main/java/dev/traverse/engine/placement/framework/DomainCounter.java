package dev.traverse.engine.placement.framework;

import java.util.HashMap;
import java.util.Map;

/** How many replicas of one workload each domain of one topology key holds: dense for few domains, sparse for many. */
final class DomainCounter {

    private static final int DENSE_LIMIT = 4096;

    private final int[] dense;
    private final Map<Integer, Integer> sparse;

    DomainCounter(int domains) {
        dense = domains <= DENSE_LIMIT ? new int[domains] : null;
        sparse = dense == null ? new HashMap<>() : null;
    }

    int get(int domain) {
        return dense != null ? dense[domain] : sparse.getOrDefault(domain, 0);
    }

    void add(int domain, int delta) {
        if (dense != null) {
            dense[domain] += delta;
        } else {
            sparse.merge(domain, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
