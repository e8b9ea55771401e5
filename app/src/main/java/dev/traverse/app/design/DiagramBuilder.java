package dev.traverse.app.design;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the canvas's diagram after each edit, reusing the element texts of the last build when the sites did not
 * change (a move on the canvas changes only the layout): on a 10,000-element estate the texts are most of the work.
 * Not thread-safe; one per canvas.
 */
public final class DiagramBuilder {

    private List<Site> sites;
    private List<Link> links;
    private List<ElementSpec> specs = List.of();
    private List<DiagramLink> diagramLinks = List.of();
    /** The diagram built last: parts of it whose elements did not change are kept rather than laid out again. */
    private Diagram last = Diagram.EMPTY;

    public Diagram build(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        boolean sitesChanged = topology.sites() != sites;
        if (sitesChanged) {
            specs = TopologyDiagram.specs(topology);
        } else {
            specs = withPositions(specs, topology.layout().positions());
        }
        if (sitesChanged || topology.links() != links) {
            diagramLinks = TopologyDiagram.links(topology);
        }
        sites = topology.sites();
        links = topology.links();
        last = DiagramLayout.build(specs, diagramLinks, last);
        return last;
    }

    /** The same specs with the saved positions of {@code layout}; unchanged specs are kept as they are. */
    private static List<ElementSpec> withPositions(List<ElementSpec> specs, Map<String, Position> layout) {
        List<ElementSpec> out = new ArrayList<>(specs.size());
        for (ElementSpec spec : specs) {
            Position saved = layout.get(spec.id());
            Point now = spec.position();
            boolean same = saved == null ? now == null : now != null && now.x() == saved.x() && now.y() == saved.y();
            out.add(same ? spec : new ElementSpec(spec.id(), spec.kind(), spec.parentId(), spec.label(),
                    spec.detail(), spec.style(), saved == null ? null : new Point(saved.x(), saved.y())));
        }
        return out;
    }
}
