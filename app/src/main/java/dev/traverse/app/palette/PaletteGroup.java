package dev.traverse.app.palette;

/** The palette's sections, in the order they are shown. */
public enum PaletteGroup {
    SITES("Clouds & sites"),
    CLUSTERS("Clusters"),
    NODES("Nodes"),
    DEVICES("Devices"),
    WORKLOADS("Workloads");

    private final String title;

    PaletteGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
