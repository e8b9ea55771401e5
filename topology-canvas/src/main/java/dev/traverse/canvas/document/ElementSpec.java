package dev.traverse.canvas.document;

import java.util.Objects;

/**
 * One element as the application describes it, before the canvas works out where it sits and how big it is.
 *
 * @param id       unique in the diagram; the topology's layout key (site, cluster, CLUSTER/POOL, SITE/DEVICE)
 * @param kind     what it stands for
 * @param parentId the containing element's id, or null for a top-level element (a site)
 * @param label    the bold first line (the element's name)
 * @param detail   a muted second line ("k3s · 3 nodes", "18 × camera"), may be empty
 * @param style    a hint for the skin's icon and accent, such as "aws", "k3s" or "camera"; may be empty
 * @param position the saved top-left corner in canvas units, or null to let the canvas place it
 */
public record ElementSpec(String id, ElementKind kind, String parentId, String label, String detail, String style,
                          Point position) {

    public ElementSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        detail = detail == null ? "" : detail;
        style = style == null ? "" : style;
    }
}
