package dev.traverse.app.design;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the canvas's diagram after each edit, reusing the element texts of the last build when the sites did not
 * change (a move on the canvas changes only the layout): on a 10,000-element estate the texts are most of the work.
 * Not thread-safe; one per canvas.
 */
public final class DiagramBuilder {

    private List<Site> sites;
    private List<Link> links;
    private Layout layout;
    private List<ElementSpec> specs = List.of();
    private List<DiagramLink> diagramLinks = List.of();
    /** The diagram built last: parts of it whose elements did not change are kept rather than laid out again. */
    private Diagram last = Diagram.EMPTY;

    public Diagram build(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        boolean sitesChanged = topology.sites() != sites;
        boolean linksChanged = sitesChanged || topology.links() != links;
        int[] moved = null;
        if (sitesChanged) {
            specs = TopologyDiagram.specs(topology);
        } else if (topology.layout() != layout) {
            moved = withPositions(topology.layout());
        }
        if (linksChanged) {
            diagramLinks = TopologyDiagram.links(topology);
        }
        sites = topology.sites();
        links = topology.links();
        layout = topology.layout();
        last = moved != null && !linksChanged ? DiagramLayout.moved(specs, last, moved)
                : DiagramLayout.build(specs, diagramLinks, last);
        return last;
    }

    /**
     * Puts the saved positions of {@code now} into the specs. Only the entries that differ from the last layout's
     * are looked at (both are sorted, so one walk finds them), as a move changes a few boxes among thousands.
     *
     * @return the indexes of the specs that changed, or null when so many did that every spec was looked at
     */
    private int[] withPositions(Layout now) {
        Set<String> changed = layout == null ? null : LayoutDiff.changedIds(layout, now);
        if (changed == null || changed.size() > specs.size() / 4) {
            specs = withPositions(specs, now.positions());
            return null;
        }
        // the last diagram was laid out from these specs, element i from spec i: its index finds a spec by id
        List<ElementSpec> out = new ArrayList<>(specs);
        int[] moved = new int[changed.size()];
        int count = 0;
        for (String id : changed) {
            int i = last.indexOf(id);
            if (i >= 0) {
                ElementSpec spec = placed(out.get(i), now.positions().get(id));
                if (spec != out.get(i)) {
                    out.set(i, spec);
                    moved[count++] = i;
                }
            }
        }
        specs = out;
        return Arrays.copyOf(moved, count);
    }

    /** The same specs with the saved positions of {@code layout}; unchanged specs are kept as they are. */
    private static List<ElementSpec> withPositions(List<ElementSpec> specs, Map<String, Position> layout) {
        List<ElementSpec> out = new ArrayList<>(specs.size());
        for (ElementSpec spec : specs) {
            out.add(placed(spec, layout.get(spec.id())));
        }
        return out;
    }

    /** {@code spec} at the saved position {@code saved} (none when null); itself when it is there already. */
    private static ElementSpec placed(ElementSpec spec, Position saved) {
        Point now = spec.position();
        boolean same = saved == null ? now == null : now != null && now.x() == saved.x() && now.y() == saved.y();
        return same ? spec : new ElementSpec(spec.id(), spec.kind(), spec.parentId(), spec.label(), spec.detail(),
                spec.style(), saved == null ? null : new Point(saved.x(), saved.y()));
    }
}
