package dev.traverse.canvas.document;

import java.util.Objects;

/**
 * A line between two elements, such as a network link between sites or a device group and its site.
 *
 * @param id     unique in the diagram
 * @param fromId one end's element id
 * @param toId   the other end's element id
 * @param label  drawn at the middle ("12 ms · 1 Gbps"), may be empty
 */
public record DiagramLink(String id, String fromId, String toId, String label) {

    public DiagramLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        label = label == null ? "" : label;
    }
}
