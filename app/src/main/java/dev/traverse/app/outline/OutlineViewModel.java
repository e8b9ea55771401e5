package dev.traverse.app.outline;

import dev.traverse.app.format.ElementText;
import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open topology as a read-only outline: sites, their clusters with node pools, and their devices. UI thread only.
 */
public final class OutlineViewModel {

    static final String ERRORS_PLACEHOLDER = "The file has errors, listed under Problems. Fix them and reload to see"
            + " its outline.";

    private final ReadOnlyObjectWrapper<OutlineItem> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    private List<Site> shownSites;
    private String shownName;

    public OutlineViewModel(AppState state) {
        Objects.requireNonNull(state, "state");
        state.openTopologyProperty().addListener((obs, old, now) -> show(now));
        show(state.openTopologyProperty().get());
    }

    private void show(OpenTopology open) {
        // The outline shows the sites and what they hold: an edit of workloads or of the layout leaves it as it is.
        List<Site> sites = open == null ? null : open.topology().map(Topology::sites).orElse(null);
        String name = open == null ? null : open.displayName();
        if (sites != null && sites == shownSites && name.equals(shownName)) {
            return;
        }
        shownSites = sites;
        shownName = name;
        root.set(outline(open));
        placeholder.set(open != null && open.topology().isEmpty() ? ERRORS_PLACEHOLDER : "");
    }

    /** Why there is no outline although a file is open, or empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The topology's row, with every site under it; null when no topology is open. */
    public ReadOnlyObjectProperty<OutlineItem> rootProperty() {
        return root.getReadOnlyProperty();
    }

    private static OutlineItem outline(OpenTopology open) {
        return open == null ? null : open.topology().map(OutlineViewModel::topology).orElse(null);
    }

    static OutlineItem topology(Topology topology) {
        String description = topology.metadata().description();
        return new OutlineItem(OutlineKind.TOPOLOGY, topology.name(), description == null ? "" : description,
                topology, topology.sites().stream().map(OutlineViewModel::site).toList());
    }

    private static OutlineItem site(Site site) {
        List<OutlineItem> children = new ArrayList<>();
        site.clusters().forEach(c -> children.add(cluster(c)));
        site.devices().forEach(d -> children.add(device(d)));
        return new OutlineItem(OutlineKind.SITE, site.name(), ElementText.site(site), site, children);
    }

    private static OutlineItem cluster(Cluster cluster) {
        return new OutlineItem(OutlineKind.CLUSTER, cluster.name(), ElementText.cluster(cluster), cluster,
                cluster.nodes().stream().map(OutlineViewModel::nodePool).toList());
    }

    private static OutlineItem nodePool(Node node) {
        return new OutlineItem(OutlineKind.NODE_POOL, node.name(), ElementText.nodePool(node), node, List.of());
    }

    private static OutlineItem device(Device device) {
        return new OutlineItem(OutlineKind.DEVICE, device.name(), ElementText.device(device), device, List.of());
    }
}
