package dev.traverse.engine.model;

/** How replicas go to the clusters a workload may use (Karmada's terms): a full copy in each, or divided between them. */
public enum ReplicaSchedulingType implements WireEnum {
    DUPLICATED("Duplicated"),
    DIVIDED("Divided");

    private final String wireName;

    ReplicaSchedulingType(String wireName) {
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
