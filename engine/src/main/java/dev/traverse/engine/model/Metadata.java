package dev.traverse.engine.model;

import java.util.Map;

/** The topology's name, a description for people, and labels. */
public record Metadata(String name, String description, Map<String, String> labels) {

    public Metadata {
        Names.requireName("topology name", name);
        labels = Names.labels("label", labels);
    }
}
