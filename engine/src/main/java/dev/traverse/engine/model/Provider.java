package dev.traverse.engine.model;

/** Who runs a site's infrastructure. */
public enum Provider implements WireEnum {
    AWS("aws"),
    AZURE("azure"),
    GCP("gcp"),
    OCI("oci"),
    COREWEAVE("coreweave"),
    ON_PREM("on-prem"),
    OTHER("other");

    private final String wireName;

    Provider(String wireName) {
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
