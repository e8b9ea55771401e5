package dev.traverse.app.palette;

import dev.traverse.app.elements.ElementType;
import dev.traverse.themes.TraverseStyles;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Marks a node with the pseudo-class of an element type, which gives icon tiles their accent colour. */
public final class PaletteStyles {

    private static final PseudoClass[] KINDS = {TraverseStyles.KIND_SITE, TraverseStyles.KIND_CLUSTER,
        TraverseStyles.KIND_NODE, TraverseStyles.KIND_DEVICE, TraverseStyles.KIND_LINK, TraverseStyles.KIND_WORKLOAD};

    private PaletteStyles() {
    }

    /** Sets the pseudo-class of {@code type} on {@code node} and clears the others; null clears all. */
    public static void markKind(Node node, ElementType type) {
        PseudoClass wanted = type == null ? null : switch (type) {
            case SITE -> TraverseStyles.KIND_SITE;
            case CLUSTER -> TraverseStyles.KIND_CLUSTER;
            case NODE_POOL -> TraverseStyles.KIND_NODE;
            case DEVICE_GROUP -> TraverseStyles.KIND_DEVICE;
            case LINK -> TraverseStyles.KIND_LINK;
            case WORKLOAD -> TraverseStyles.KIND_WORKLOAD;
        };
        for (PseudoClass kind : KINDS) {
            node.pseudoClassStateChanged(kind, kind == wanted);
        }
    }
}
