package dev.traverse.app.elements;

import java.util.Objects;

/**
 * One element of a topology by type and id. Ids are the topology's layout keys (a site or cluster name,
 * {@code CLUSTER/POOL}, {@code SITE/DEVICE}), a link's {@code FROM <-> TO}, or a workload's name; the type keeps a
 * workload apart from a site of the same name.
 */
public record ElementRef(ElementType type, String id) {

    public ElementRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static ElementRef workload(String name) {
        return new ElementRef(ElementType.WORKLOAD, name);
    }
}
