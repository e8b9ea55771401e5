package dev.traverse.app.elements;

/** What a designer element is, as the inspector and the palette tell them apart. */
public enum ElementType {
    SITE("site", "sites"),
    CLUSTER("cluster", "clusters"),
    NODE_POOL("node pool", "node pools"),
    DEVICE_GROUP("device group", "device groups"),
    LINK("link", "links"),
    WORKLOAD("workload", "workloads");

    private final String singular;
    private final String plural;

    ElementType(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** "1 site", "3 node pools". */
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}
