package dev.traverse.canvas.render;

/**
 * A cluster: a rounded panel inside its site with a lighter header carrying the distribution badge (EKS, K3s,
 * OpenShift...), the name and the detail line.
 */
final class ClusterSkin extends ContainerSkin {

    static final double HEADER = 26;

    ClusterSkin(GlyphPainter glyphs) {
        super(glyphs, HEADER, 8, 16, 1);
    }
}
