package dev.traverse.engine.model;

/** What kind of place a site is. */
public enum SiteKind implements WireEnum {
    CLOUD_REGION("cloud-region"),
    ON_PREM_DC("on-prem-dc"),
    EDGE_POP("edge-pop"),
    STORE("store"),
    FACTORY("factory"),
    VEHICLE("vehicle"),
    HOME("home"),
    OFFICE("office"),
    OTHER("other");

    private final String wireName;

    SiteKind(String wireName) {
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
