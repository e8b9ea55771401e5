package dev.traverse.engine.model;

/** A failure or placement domain that spread and inter-workload affinity are counted over. */
public enum TopologyKey implements WireEnum {
    NODE("node"),
    ZONE("zone"),
    CLUSTER("cluster"),
    SITE("site"),
    REGION("region"),
    PROVIDER("provider");

    private final String wireName;

    TopologyKey(String wireName) {
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
