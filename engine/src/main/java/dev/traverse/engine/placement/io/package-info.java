/**
 * Placement results in files, for other tools: {@link dev.traverse.engine.placement.io.PlacementResultJson} writes
 * the JSON that docs/placement-result.md describes.
 */
package dev.traverse.engine.placement.io;
