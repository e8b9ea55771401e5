package dev.traverse.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole topology: sites with their clusters, nodes and devices, the links between them, the workloads to place,
 * the objective weights, and the canvas layout. Immutable; edits make a new one.
 */
public record Topology(
        Metadata metadata,
        Objectives objectives,
        List<Site> sites,
        List<Link> links,
        List<Workload> workloads,
        Layout layout) {

    /** The file format version this model reads and writes. */
    public static final String API_VERSION = "traverse.dev/v1alpha1";
    public static final String KIND = "Topology";

    public Topology {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(objectives, "objectives");
        sites = Names.list("sites", sites);
        links = Names.list("links", links);
        workloads = Names.list("workloads", workloads);
        Objects.requireNonNull(layout, "layout");
    }

    public String name() {
        return metadata.name();
    }
}
