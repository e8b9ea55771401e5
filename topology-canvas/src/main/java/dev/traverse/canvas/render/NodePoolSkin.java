package dev.traverse.canvas.render;

/** A node pool: a square-cornered card with a server (or GPU) badge, edged in its cluster's colour. */
final class NodePoolSkin extends LeafSkin {

    NodePoolSkin(GlyphPainter glyphs) {
        super(glyphs, 5, false);
    }
}
