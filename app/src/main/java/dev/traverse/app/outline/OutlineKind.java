package dev.traverse.app.outline;

/** What an outline row stands for. */
public enum OutlineKind {
    TOPOLOGY,
    SITE,
    CLUSTER,
    NODE_POOL,
    DEVICE
}
