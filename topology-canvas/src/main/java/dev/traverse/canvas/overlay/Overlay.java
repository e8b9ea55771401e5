package dev.traverse.canvas.overlay;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the canvas draws over the diagram: workload chips, utilisation bars, marks on elements and on links, and a
 * legend. Immutable; element ids are the diagram's.
 *
 * @param chips       chips per element id, in the order to draw them
 * @param utilisation bars per element id
 * @param marks       marks per element id
 * @param failedLinks ids of links drawn as failed
 * @param legend      legend entries: colour index to the text beside it, in order
 */
public record Overlay(Map<String, List<Chip>> chips, Map<String, Utilisation> utilisation,
                      Map<String, ElementMark> marks, Set<String> failedLinks, List<LegendEntry> legend) {

    public static final Overlay NONE = new Overlay(Map.of(), Map.of(), Map.of(), Set.of(), List.of());

    /** One line of the legend. */
    public record LegendEntry(int colourIndex, String text) {
        public LegendEntry {
            Objects.requireNonNull(text, "text");
        }
    }

    public Overlay {
        chips = Map.copyOf(chips);
        utilisation = Map.copyOf(utilisation);
        marks = Map.copyOf(marks);
        failedLinks = Set.copyOf(failedLinks);
        legend = List.copyOf(legend);
    }

    public List<Chip> chipsOn(String elementId) {
        return chips.getOrDefault(elementId, List.of());
    }

    public boolean isEmpty() {
        return chips.isEmpty() && utilisation.isEmpty() && marks.isEmpty() && failedLinks.isEmpty();
    }
}
