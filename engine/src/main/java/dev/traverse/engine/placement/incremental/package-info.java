/**
 * Incremental placement for the designer's live preview: after an edit, the replicas of the previous result stay
 * where every hard rule still allows them and only the rest is placed, reusing the previous run's static feasibility
 * where nothing it depends on changed. Entry points are in {@link dev.traverse.engine.placement.PlacementEngine}.
 */
package dev.traverse.engine.placement.incremental;
