package dev.traverse.app.palette;

import dev.traverse.app.elements.ElementType;
import dev.traverse.engine.edit.Added;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.Objects;

/**
 * What dropping a palette item means, decided by {@link PaletteDrop}: an addition (with where it goes), or a refusal
 * with a message for the user. Additions apply through {@link TopologyEdits}; they are pure and run on any thread.
 */
public sealed interface DropPlan {

    /** The undo step's name, such as "Add EKS to aws-eu-central-1"; the refusal message for a refusal. */
    String description();

    /** An addition that needs no question: every plan but a workload with an affinity target, and a refusal. */
    sealed interface Addition extends DropPlan {
        /** What is added. */
        ElementType type();

        /**
         * Applies the addition.
         *
         * @param at the drop point, kept as the new element's layout position, or null for none
         * @throws IllegalArgumentException when the topology refuses it
         */
        Added apply(Topology topology, Position at);
    }

    /** A site, on empty canvas. */
    record AddSite(Site site, String title) implements Addition {
        public AddSite {
            Objects.requireNonNull(site, "site");
        }

        @Override
        public String description() {
            return "Add " + title;
        }

        @Override
        public ElementType type() {
            return ElementType.SITE;
        }

        @Override
        public Added apply(Topology topology, Position at) {
            return TopologyEdits.addSite(topology, site, at);
        }
    }

    /** A cluster into a site. */
    record AddCluster(String siteName, Cluster cluster, String title) implements Addition {
        public AddCluster {
            Objects.requireNonNull(siteName, "siteName");
            Objects.requireNonNull(cluster, "cluster");
        }

        @Override
        public String description() {
            return "Add " + title + " to " + siteName;
        }

        @Override
        public ElementType type() {
            return ElementType.CLUSTER;
        }

        @Override
        public Added apply(Topology topology, Position at) {
            return TopologyEdits.addCluster(topology, siteName, cluster, at);
        }
    }

    /** A node pool into a cluster. */
    record AddNodePool(String clusterName, Node pool, String title) implements Addition {
        public AddNodePool {
            Objects.requireNonNull(clusterName, "clusterName");
            Objects.requireNonNull(pool, "pool");
        }

        @Override
        public String description() {
            return "Add " + title + " to " + clusterName;
        }

        @Override
        public ElementType type() {
            return ElementType.NODE_POOL;
        }

        @Override
        public Added apply(Topology topology, Position at) {
            return TopologyEdits.addNodePool(topology, clusterName, pool, at);
        }
    }

    /** A device group into a site, reaching the network through {@code device.gateway()} when it has one. */
    record AddDeviceGroup(String siteName, Device device, String title) implements Addition {
        public AddDeviceGroup {
            Objects.requireNonNull(siteName, "siteName");
            Objects.requireNonNull(device, "device");
        }

        @Override
        public String description() {
            return "Add " + title + " to " + siteName;
        }

        @Override
        public ElementType type() {
            return ElementType.DEVICE_GROUP;
        }

        @Override
        public Added apply(Topology topology, Position at) {
            return TopologyEdits.addDeviceGroup(topology, siteName, device, at);
        }
    }

    /** A workload added to the list, with no affinity (dropped on empty canvas, or firmware on a fleet). */
    record AddWorkload(Workload workload, String title) implements Addition {
        public AddWorkload {
            Objects.requireNonNull(workload, "workload");
        }

        @Override
        public String description() {
            return "Add " + title;
        }

        @Override
        public ElementType type() {
            return ElementType.WORKLOAD;
        }

        @Override
        public Added apply(Topology topology, Position at) {
            return TopologyEdits.addWorkload(topology, workload);
        }
    }

    /**
     * A workload added with an affinity to the site, cluster or node pool it was dropped on; whether the affinity is
     * required or preferred is the user's choice.
     */
    record AddWorkloadWithAffinity(Workload workload, String targetId, String title) implements DropPlan {
        public AddWorkloadWithAffinity {
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(targetId, "targetId");
        }

        @Override
        public String description() {
            return "Add " + title + " with affinity to " + targetId;
        }

        /**
         * Adds the workload, then its affinity term.
         *
         * @param strength required, or preferred with {@link AffinityStrength#PREFERRED_WEIGHT}
         */
        public Added apply(Topology topology, AffinityStrength strength) {
            Objects.requireNonNull(strength, "strength");
            Added added = TopologyEdits.addWorkload(topology, workload);
            Integer weight = strength == AffinityStrength.REQUIRED ? null : AffinityStrength.PREFERRED_WEIGHT;
            return new Added(TopologyEdits.addAffinity(added.topology(), added.id(), targetId, weight), added.id());
        }
    }

    /** The drop makes no sense; the message says where the item could go. */
    record Refused(String message) implements DropPlan {
        public Refused {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String description() {
            return message;
        }
    }
}
