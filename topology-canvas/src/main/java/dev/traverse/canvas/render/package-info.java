/**
 * Drawing the topology canvas on one bitmap canvas: {@link dev.traverse.canvas.render.CanvasRenderer} culls through
 * a spatial index built once per diagram, picks a {@link dev.traverse.canvas.render.LevelOfDetail} by on-screen
 * size, paints each element with the skin of its kind, then links, overlay, interaction feedback and legend, and
 * answers hit tests as drawn. Colours and font sizes come from {@link dev.traverse.canvas.render.CanvasTheme};
 * {@link dev.traverse.canvas.render.FrameStats} measures frames for the benchmark mode. FX thread only.
 */
package dev.traverse.canvas.render;
