package dev.traverse.app.outline;

import java.util.List;
import java.util.Objects;

/**
 * One row of the topology outline and the rows under it.
 *
 * @param element the model record the row stands for ({@code Topology}, {@code Site}, {@code Cluster},
 *                {@code Node} or {@code Device})
 * @param detail  secondary facts shown muted after the name, such as count, arch and capacity
 */
public record OutlineItem(OutlineKind kind, String name, String detail, Object element, List<OutlineItem> children) {

    public OutlineItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(element, "element");
        children = List.copyOf(children);
    }
}
