package dev.traverse.app.palette;

import dev.traverse.app.elements.ElementType;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Workload;
import java.util.Objects;

/** The model record a palette item adds, with its defaults filled in. Immutable. */
public sealed interface PaletteTemplate {

    /** What kind of element the template makes. */
    ElementType type();

    /** A site, added on empty canvas. */
    record OfSite(Site site) implements PaletteTemplate {
        public OfSite {
            Objects.requireNonNull(site, "site");
        }

        @Override
        public ElementType type() {
            return ElementType.SITE;
        }
    }

    /** A cluster (with a starting node pool), added to a site. */
    record OfCluster(Cluster cluster) implements PaletteTemplate {
        public OfCluster {
            Objects.requireNonNull(cluster, "cluster");
        }

        @Override
        public ElementType type() {
            return ElementType.CLUSTER;
        }
    }

    /** A node pool, added to a cluster. */
    record OfNodePool(Node pool) implements PaletteTemplate {
        public OfNodePool {
            Objects.requireNonNull(pool, "pool");
        }

        @Override
        public ElementType type() {
            return ElementType.NODE_POOL;
        }
    }

    /** A device group, added to a site. */
    record OfDeviceGroup(Device device) implements PaletteTemplate {
        public OfDeviceGroup {
            Objects.requireNonNull(device, "device");
        }

        @Override
        public ElementType type() {
            return ElementType.DEVICE_GROUP;
        }
    }

    /** A workload, added to the workloads list. */
    record OfWorkload(Workload workload) implements PaletteTemplate {
        public OfWorkload {
            Objects.requireNonNull(workload, "workload");
        }

        @Override
        public ElementType type() {
            return ElementType.WORKLOAD;
        }
    }
}
