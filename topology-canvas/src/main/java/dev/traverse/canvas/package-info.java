/**
 * The topology canvas: a reusable JavaFX editor control that shows a topology and raises edit intents. It holds the
 * document, commands and undo stack, selection, one skin per element kind, gestures and layers; it knows nothing of
 * placement or connectors. Only the FX thread touches it.
 */
package dev.traverse.canvas;
