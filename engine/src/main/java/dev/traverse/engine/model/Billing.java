package dev.traverse.engine.model;

/** When a node costs money: always, or only while it hosts something (autoscaled pools scale to zero). */
public enum Billing implements WireEnum {
    ALWAYS("always"),
    WHEN_USED("when-used");

    private final String wireName;

    Billing(String wireName) {
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
