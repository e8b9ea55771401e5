package dev.traverse.engine.model;

/** Kubernetes toleration operator. */
public enum TolerationOperator implements WireEnum {
    EQUAL("Equal"),
    EXISTS("Exists");

    private final String wireName;

    TolerationOperator(String wireName) {
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
