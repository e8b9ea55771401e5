package dev.traverse.canvas.render;

/**
 * A device group: a rounder, faintly tinted card with a round device badge (gateway, camera, sensor, vehicle ECU),
 * so fleets read apart from node pools at a glance.
 */
final class DeviceGroupSkin extends LeafSkin {

    DeviceGroupSkin(GlyphPainter glyphs) {
        super(glyphs, 11, true);
    }
}
