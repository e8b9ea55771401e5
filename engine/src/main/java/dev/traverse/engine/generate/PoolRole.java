package dev.traverse.engine.generate;

/**
 * What a node pool is for, written as the {@code traverse.dev/role} label. Workloads are sized and steered by role:
 * services to general pools, training to GPU pools, store agents to gateways.
 */
enum PoolRole {
    SYSTEM("system"),
    GENERAL("general"),
    MEMORY("memory"),
    GPU("gpu"),
    EDGE("edge"),
    GATEWAY("gateway");

    static final String LABEL = "traverse.dev/role";

    private final String label;

    PoolRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
