package dev.traverse.engine.placement.framework;

/** How many replicas of one workload each domain of one topology key holds: dense for few domains, sparse for many. */
final class DomainCounter {

    private static final int DENSE_LIMIT = 4096;

    private final int[] dense;
    private final SparseCounts sparse;

    DomainCounter(int domains) {
        dense = domains <= DENSE_LIMIT ? new int[domains] : null;
        sparse = dense == null ? new SparseCounts() : null;
    }

    int get(int domain) {
        return dense != null ? dense[domain] : sparse.get(domain);
    }

    void add(int domain, int delta) {
        if (dense != null) {
            dense[domain] += delta;
        } else {
            sparse.add(domain, delta);
        }
    }
}
