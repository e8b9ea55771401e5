package dev.traverse.engine.model;

/** How divided replicas are shared out (Karmada's terms): packed into as few clusters as fit, or by weight. */
public enum ReplicaDivision implements WireEnum {
    AGGREGATED("Aggregated"),
    WEIGHTED("Weighted");

    private final String wireName;

    ReplicaDivision(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
