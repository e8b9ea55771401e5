package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.overlay.Utilisation;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a placement into what the canvas draws over the topology: on each node pool and device group a chip per
 * workload placed there ({@code checkout-api ×3}; a single replica's chip names the replica, so dragging it pins
 * it; pinned replicas get chips of their own), utilisation bars added up over members (and over what a cluster or
 * site holds), a warning on elements an unplaced replica was meant for (its pin's host, or its fleet device for
 * firmware; other unplaced replicas cannot be put down to one element), and a legend line per workload. Linear in
 * hosts and replicas. A what-if adds moved and lost chips, failed marks and failed links on top.
 *
 * <p>Not thread-safe: build on one thread (the preview's worker), then hand the immutable {@link Overlay} over.
 */
public final class OverlayBuilder {

    private final TopologyIndex index;
    private final WorkloadColours colours;
    /** Per element, per workload and style: what its chip stands for. */
    private final Map<String, Map<String, ChipCell>> cells = new HashMap<>();
    private final Map<String, Utilisation> utilisation = new HashMap<>();
    private final Map<String, ElementMark> marks = new HashMap<>();
    private final Set<String> failedLinks = new HashSet<>();
    private final Map<String, Integer> unplacedByWorkload = new HashMap<>();

    public OverlayBuilder(TopologyIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.colours = WorkloadColours.of(index.topology());
    }

    /** The overlay of a placement of {@code index}'s topology. */
    public static Overlay build(PlacementResult result, TopologyIndex index) {
        return new OverlayBuilder(index).addPlacement(result, Map.of()).build();
    }

    /**
     * Adds a placement: its chips, utilisation, warnings and unplaced counts.
     *
     * @param setAside how many replicas of a workload on a host to leave out, keyed {@code WORKLOAD HOST}, for
     *                 replicas the caller draws itself (a what-if's moved ones)
     */
    public OverlayBuilder addPlacement(PlacementResult result, Map<String, Integer> setAside) {
        Objects.requireNonNull(result, "result");
        Map<String, Integer> left = new HashMap<>(setAside);
        Map<String, Map<Integer, String>> pins = pinsByWorkload();
        for (Assignment a : result.assignments()) {
            String element = index.elementOfHost(a.node());
            if (element == null) {
                continue; // a host the topology no longer has: nothing to draw it on
            }
            if (!left.isEmpty() && takeOne(left, a.workload() + " " + a.node())) {
                continue;
            }
            Map<Integer, String> pinned = pins.get(a.workload());
            boolean isPinned = pinned != null && a.node().equals(pinned.get(a.replica()));
            cell(element, a.workload(), isPinned ? ChipStyle.PINNED : ChipStyle.PLACED).add(a.replica());
        }
        utilisation.putAll(new UtilisationTotals(index).addAll(result.hosts()).utilisation());
        for (UnplacedReplica u : result.unplaced()) {
            unplacedByWorkload.merge(u.workload(), 1, Integer::sum);
            String element = intendedElement(u, pins);
            if (element != null) {
                mark(element, ElementMark.WARNING);
            }
        }
        return this;
    }

    /** Adds chips of one style for replicas on hosts, such as a what-if's moved or lost replicas. */
    public OverlayBuilder addReplicas(ChipStyle style, Collection<Assignment> replicas) {
        Objects.requireNonNull(style, "style");
        for (Assignment a : replicas) {
            String element = index.elementOfHost(a.node());
            if (element != null) {
                cell(element, a.workload(), style).add(a.replica());
            }
        }
        return this;
    }

    /** Marks an element; FAILED wins over WARNING. */
    public OverlayBuilder mark(String elementId, ElementMark mark) {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(mark, "mark");
        marks.merge(elementId, mark, (was, now) -> was == ElementMark.FAILED ? was : now);
        return this;
    }

    public OverlayBuilder failedLinks(Collection<String> linkIds) {
        failedLinks.addAll(linkIds);
        return this;
    }

    public Overlay build() {
        Map<String, List<Chip>> chips = new HashMap<>(cells.size() * 2);
        Comparator<ChipCell> order = Comparator.comparingInt((ChipCell c) -> colours.colourOf(c.workload))
                .thenComparing(c -> c.workload).thenComparing(c -> c.style);
        cells.forEach((element, byWorkload) -> {
            List<ChipCell> sorted = new ArrayList<>(byWorkload.values());
            sorted.sort(order);
            List<Chip> list = new ArrayList<>();
            for (ChipCell cell : sorted) {
                cell.addChips(element, colours.colourOf(cell.workload), list);
            }
            chips.put(element, list);
        });
        List<Overlay.LegendEntry> legend = new ArrayList<>();
        for (String workload : colours.workloads()) {
            int unplaced = unplacedByWorkload.getOrDefault(workload, 0);
            legend.add(new Overlay.LegendEntry(colours.colourOf(workload),
                    unplaced == 0 ? workload : workload + " · " + unplaced + " unplaced"));
        }
        return new Overlay(chips, utilisation, marks, failedLinks, legend);
    }

    private ChipCell cell(String element, String workload, ChipStyle style) {
        return cells.computeIfAbsent(element, e -> new LinkedHashMap<>())
                .computeIfAbsent(workload + " " + style, k -> new ChipCell(workload, style));
    }

    private static boolean takeOne(Map<String, Integer> left, String key) {
        Integer count = left.get(key);
        if (count == null) {
            return false;
        }
        if (count <= 1) {
            left.remove(key);
        } else {
            left.put(key, count - 1);
        }
        return true;
    }

    private Map<String, Map<Integer, String>> pinsByWorkload() {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        for (Workload w : index.topology().workloads()) {
            if (!w.pins().isEmpty()) {
                Map<Integer, String> byReplica = new HashMap<>();
                for (Pin pin : w.pins()) {
                    byReplica.put(pin.replica(), pin.node());
                }
                out.put(w.name(), byReplica);
            }
        }
        return out;
    }

    /** The element an unplaced replica was bound to, when one can be named. */
    private String intendedElement(UnplacedReplica u, Map<String, Map<Integer, String>> pins) {
        Map<Integer, String> pinned = pins.get(u.workload());
        if (pinned != null && pinned.containsKey(u.replica())) {
            return index.elementOfHost(pinned.get(u.replica()));
        }
        Workload workload = index.workload(u.workload());
        if (workload != null && workload.target() != null) {
            List<String> fleet = index.fleetHosts(workload.target().fleet());
            if (u.replica() < fleet.size()) {
                return index.elementOfHost(fleet.get(u.replica()));
            }
        }
        return null;
    }

    /** The replicas of one workload in one style on one element. */
    private static final class ChipCell {
        private final String workload;
        private final ChipStyle style;
        private final List<Integer> replicas = new ArrayList<>(2);

        ChipCell(String workload, ChipStyle style) {
            this.workload = workload;
            this.style = style;
        }

        void add(int replica) {
            replicas.add(replica);
        }

        void addChips(String element, int colour, List<Chip> out) {
            boolean draggable = style == ChipStyle.PLACED || style == ChipStyle.PINNED;
            if (style == ChipStyle.PINNED) {
                // Each pinned replica on its own chip, so it can be unpinned or pinned elsewhere by itself.
                replicas.sort(null);
                for (int replica : replicas) {
                    out.add(new Chip(ChipId.single(workload, replica, element, style).encode(),
                            workload + "/" + replica, colour, style, true));
                }
            } else if (replicas.size() == 1) {
                out.add(new Chip(ChipId.single(workload, replicas.get(0), element, style).encode(), workload,
                        colour, style, draggable));
            } else {
                out.add(new Chip(ChipId.group(workload, element, style).encode(),
                        workload + " ×" + replicas.size(), colour, style, draggable));
            }
        }
    }
}
