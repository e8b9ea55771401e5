package dev.traverse.engine.placement;

import java.util.Objects;

/**
 * A hard constraint a placement result breaks, found by {@link PlacementValidator}.
 *
 * @param workload the workload concerned, or null for a host-wide violation (capacity)
 * @param replica  the replica concerned, or -1
 * @param node     the host concerned ({@code cluster/node} or {@code site/device}), or null
 * @param detail   what is wrong, for a person reading a failed test
 */
record Violation(Kind kind, String workload, int replica, String node, String detail) {

    /** One kind per rule, so that tests can assert which rule a bad result breaks. */
    enum Kind {
        UNKNOWN_WORKLOAD, UNKNOWN_NODE, REPLICA_OUT_OF_RANGE, DUPLICATE_REPLICA, MISSING_REPLICA,
        DAEMON_TWICE_AT_SITE, FIRMWARE_TWICE_ON_DEVICE, FIRMWARE_SLOT, TARGET_FLEET,
        CAPACITY, RUNTIME, ARCH, OS, NODE_SELECTOR, TAINT, GPU_MODEL, JURISDICTION,
        AFFINITY, ANTI_AFFINITY, WORKLOAD_AFFINITY, WORKLOAD_ANTI_AFFINITY, SPREAD, LATENCY, PIN, CLUSTER_AFFINITIES,
        DIVISION
    }

    Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** A violation of one replica's placement. */
    static Violation of(Kind kind, String workload, int replica, String node, String detail) {
        return new Violation(kind, workload, replica, node, detail);
    }

    /** The same violation, said of another replica (static host rules are checked without one). */
    Violation forReplica(int newReplica) {
        return new Violation(kind, workload, newReplica, node, detail);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name());
        if (workload != null) {
            s.append(' ').append(workload);
            if (replica >= 0) {
                s.append('/').append(replica);
            }
        }
        if (node != null) {
            s.append(" on ").append(node);
        }
        return s.append(": ").append(detail).toString();
    }
}
