/**
 * Drawing the topology canvas on one bitmap canvas: {@link dev.traverse.canvas.render.CanvasRenderer} culls through
 * a spatial index built once per diagram, picks a {@link dev.traverse.canvas.render.LevelOfDetail} by on-screen
 * size, paints each element with the skin of its kind, then links, overlay, interaction feedback and legend, and
 * answers hit tests as drawn. Boxes, borders and plain links go into a content layer drawn by its own rasteriser
 * ({@link dev.traverse.canvas.render.PixelRaster}) and shown as one image, reused while only panning; text and
 * what is rare are drawn on the canvas over it. Colours and font sizes come from
 * {@link dev.traverse.canvas.render.CanvasTheme}; {@link dev.traverse.canvas.render.FrameStats} measures frames for
 * the benchmark mode. FX thread only.
 */
package dev.traverse.canvas.render;
