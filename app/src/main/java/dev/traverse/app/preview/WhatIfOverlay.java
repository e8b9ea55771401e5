package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.placement.Failure;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.WhatIfResult;
import dev.traverse.engine.placement.WhatIfResult.Move;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overlay of a what-if: the placement after the failure, with replicas that moved drawn MOVED on the element
 * they moved to, replicas that found no host drawn LOST on the element they left, FAILED marks on what failed (a
 * single failed member marks its pool or device group with a warning only, as the rest of it still runs) and its
 * links drawn failed. Linear in replicas and hosts; any thread (build on a worker).
 */
public final class WhatIfOverlay {

    private WhatIfOverlay() {
    }

    public static Overlay build(WhatIfResult whatIf, TopologyIndex index) {
        Map<String, Integer> moved = new HashMap<>();
        List<Assignment> movedTo = new ArrayList<>(whatIf.moved().size());
        for (Move m : whatIf.moved()) {
            moved.merge(m.workload() + " " + m.to(), 1, Integer::sum);
            movedTo.add(new Assignment(m.workload(), m.replica(), m.to()));
        }
        Map<String, String> hostBefore = new HashMap<>();
        for (Assignment a : whatIf.before().assignments()) {
            hostBefore.put(a.workload() + "/" + a.replica(), a.node());
        }
        List<Assignment> lostFrom = new ArrayList<>(whatIf.lost().size());
        for (UnplacedReplica u : whatIf.lost()) {
            String host = hostBefore.get(u.workload() + "/" + u.replica());
            if (host != null) {
                lostFrom.add(new Assignment(u.workload(), u.replica(), host));
            }
        }
        OverlayBuilder overlay = new OverlayBuilder(index).addPlacement(whatIf.after(), moved)
                .addReplicas(ChipStyle.MOVED, movedTo).addReplicas(ChipStyle.LOST, lostFrom);
        markFailure(overlay, whatIf.failure(), index);
        return overlay.build();
    }

    private static void markFailure(OverlayBuilder overlay, Failure failure, TopologyIndex index) {
        switch (failure.kind()) {
            case SITE, CLUSTER -> {
                List<String> failed = index.withDescendants(failure.target());
                failed.forEach(id -> overlay.mark(id, ElementMark.FAILED));
                if (failure.kind() == Failure.Kind.SITE) {
                    // A site's links, and its device groups' links, go down with it.
                    overlay.failedLinks(index.linkIdsTouching(Set.copyOf(failed)));
                }
            }
            case NODE -> {
                if (index.kindOf(failure.target()).isPresent()) {
                    overlay.mark(failure.target(), ElementMark.FAILED);
                } else if (index.elementOfHost(failure.target()) != null) {
                    overlay.mark(index.elementOfHost(failure.target()), ElementMark.WARNING);
                }
            }
            case LINK -> {
                List<String> ends = failure.linkEnds();
                String id = index.linkIdBetween(ends.get(0), ends.get(1));
                if (id != null) {
                    overlay.failedLinks(new HashSet<>(List.of(id)));
                }
            }
        }
    }
}
