package dev.traverse.app.designer;

import dev.traverse.app.design.DiagramBuilder;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.Moves;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Runs, once per process and on a background thread of the lowest priority, the code a move of a box takes, so that
 * the user's first drag after opening a file does not wait for that code to be loaded and compiled. On a
 * 10,000-element file the first move cost about 30 ms more than the next ones (34 ms against 4 ms for the model
 * edit and the diagram). It moves a site back and forth in a small topology made of the opened one's first sites,
 * with a diagram builder of its own, so nothing the window shows is touched; a last model edit of the opened
 * topology, thrown away, leaves the model's index with that topology's parts, as the user's first edit wants them.
 */
public final class MoveWarmUp {

    /** Sites taken from the opened topology, and moves made: enough for the code to be loaded and compiled. */
    static final int SITES = 3;
    static final int MOVES = 20;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private MoveWarmUp() {
    }

    /** Starts the warm-up on the first topology opened in this process; later calls do nothing. Any thread. */
    public static void startOnce(Topology opened) {
        if (opened == null || opened.sites().isEmpty() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> run(opened), "traverse-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Moves the first site of a few of {@code opened}'s sites right and back; answers the moves made. */
    static int run(Topology opened) {
        try {
            Topology small = firstSites(opened);
            DiagramBuilder builder = new DiagramBuilder();
            Diagram diagram = builder.build(small);
            String site = small.sites().get(0).name();
            for (int i = 0; i < MOVES; i++) {
                Map<String, Position> layout = new LinkedHashMap<>();
                Map<String, Point> moved = Moves.by(diagram, List.of(site), i % 2 == 0 ? 10 : -10, 0);
                moved.forEach((id, p) -> layout.put(id, new Position(p.x(), p.y())));
                small = TopologyEdits.move(small, layout);
                diagram = builder.build(small);
            }
            // The model's index keeps the parts of the last topology it saw: leave it with the opened one's.
            String first = opened.sites().get(0).name();
            TopologyEdits.move(opened, Map.of(first, opened.layout().positions().getOrDefault(first,
                    new Position(0, 0))));
            return MOVES;
        } catch (RuntimeException e) {
            return 0; // a warm-up that fails costs the first drag its speed, nothing else
        }
    }

    /** The first sites of {@code opened} with the links between them, its workloads left out. */
    static Topology firstSites(Topology opened) {
        List<Site> sites = opened.sites().subList(0, Math.min(SITES, opened.sites().size()));
        Set<String> names = sites.stream().map(Site::name).collect(Collectors.toSet());
        List<Link> links = opened.links().stream()
                .filter(l -> l.between().stream().allMatch(end -> names.contains(siteOf(end))))
                .toList();
        return new Topology(opened.metadata(), opened.objectives(), sites, links, List.of(), opened.layout());
    }

    /** A link end is a site or a device group {@code SITE/DEVICE}. */
    private static String siteOf(String end) {
        int slash = end.indexOf('/');
        return slash < 0 ? end : end.substring(0, slash);
    }
}
