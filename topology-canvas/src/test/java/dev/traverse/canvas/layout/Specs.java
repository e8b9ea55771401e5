package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds element specs and diagrams for tests, the way the application would. */
public final class Specs {

    private Specs() {
    }

    public static ElementSpec site(String id, String style, Point at) {
        return new ElementSpec(id, ElementKind.SITE, null, id, "", style, at);
    }

    public static ElementSpec cluster(String id, String site, Point at) {
        return new ElementSpec(id, ElementKind.CLUSTER, site, id, "k3s", "k3s", at);
    }

    public static ElementSpec pool(String cluster, String name, Point at) {
        return new ElementSpec(cluster + "/" + name, ElementKind.NODE_POOL, cluster, name, "", "", at);
    }

    public static ElementSpec devices(String site, String name, Point at) {
        return new ElementSpec(site + "/" + name, ElementKind.DEVICE_GROUP, site, name, "", "camera", at);
    }

    public static DiagramLink link(String a, String b) {
        return new DiagramLink(a + " <-> " + b, a, b, "");
    }

    /** The specs with the given saved positions put in, as the application does after a move intent. */
    public static List<ElementSpec> withPositions(List<ElementSpec> specs, Map<String, Point> positions) {
        List<ElementSpec> out = new ArrayList<>();
        for (ElementSpec s : specs) {
            Point p = positions.getOrDefault(s.id(), s.position());
            out.add(new ElementSpec(s.id(), s.kind(), s.parentId(), s.label(), s.detail(), s.style(), p));
        }
        return out;
    }

    /** The diagram rebuilt after applying positions. */
    public static Diagram apply(Diagram diagram, Map<String, Point> positions) {
        List<ElementSpec> specs = diagram.elements().stream().map(DiagramElement::spec).toList();
        return DiagramLayout.build(withPositions(specs, positions), diagram.links());
    }

    /** Overlap of interiors: boxes that only touch do not overlap. */
    public static boolean overlap(Box a, Box b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    /**
     * Retail-like sample: a cloud region with a cluster of two pools, a data centre with a cluster, three stores each
     * with a cluster (one pool) and cameras; links from the cloud to the DC and from the DC to each store.
     */
    public static List<ElementSpec> retail(boolean saved) {
        List<ElementSpec> specs = new ArrayList<>();
        specs.add(site("azure-weu", "azure cloud-region", saved ? new Point(80, 60) : null));
        specs.add(cluster("aks", "azure-weu", null));
        specs.add(pool("aks", "general", null));
        specs.add(pool("aks", "gpu", null));
        specs.add(site("dc-paris", "on-prem on-prem-dc", saved ? new Point(700, 60) : null));
        specs.add(cluster("ocp", "dc-paris", null));
        specs.add(pool("ocp", "workers", null));
        for (int i = 1; i <= 3; i++) {
            String store = "store-" + i;
            specs.add(site(store, "on-prem store", saved ? new Point(80 + (i - 1) * 460, 500) : null));
            specs.add(cluster(store + "-k3s", store, null));
            specs.add(pool(store + "-k3s", "gw", null));
            specs.add(devices(store, "cam", null));
        }
        return specs;
    }

    public static List<DiagramLink> retailLinks() {
        return List.of(link("azure-weu", "dc-paris"), link("dc-paris", "store-1"), link("dc-paris", "store-2"),
                link("dc-paris", "store-3"));
    }
}
