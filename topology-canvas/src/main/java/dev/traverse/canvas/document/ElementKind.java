package dev.traverse.canvas.document;

/**
 * What a box on the canvas stands for. Sites contain clusters and device groups; clusters contain node pools.
 * The canvas picks a skin by kind and draws containers around their children.
 */
public enum ElementKind {
    SITE(true),
    CLUSTER(true),
    NODE_POOL(false),
    DEVICE_GROUP(false);

    private final boolean container;

    ElementKind(boolean container) {
        this.container = container;
    }

    /** True for kinds that hold other elements and grow to fit them. */
    public boolean isContainer() {
        return container;
    }
}
