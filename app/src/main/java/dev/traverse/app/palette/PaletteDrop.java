package dev.traverse.app.palette;

import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.elements.TopologyElements;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what dropping a palette item on an element (or on empty canvas) means. Sites go on empty canvas; clusters
 * and device groups into the site under the drop or the site holding the target; node pools into a cluster (the
 * target or the pool's own); workloads into the workloads list, with an affinity to the site, cluster or node pool
 * they were dropped on; firmware onto a device group targets its fleet. A device group dropped on a single gateway
 * node or gateway device reaches the network through it. Anything else is refused with a message saying where the
 * item goes. Pure; any thread.
 */
public final class PaletteDrop {

    private PaletteDrop() {
    }

    /**
     * @param targetId the innermost element under the drop point (a layout key), or null on empty canvas
     */
    public static DropPlan decide(Topology topology, PaletteItem item, String targetId) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(item, "item");
        Optional<ElementRef> target = Optional.empty();
        if (targetId != null) {
            target = TopologyElements.resolve(topology, targetId);
            if (target.isEmpty()) {
                return new DropPlan.Refused("There is no element " + targetId + " to drop " + noun(item) + " onto.");
            }
        }
        String title = noun(item);
        PaletteTemplate template = item.template();
        if (template instanceof PaletteTemplate.OfSite site) {
            return target.isEmpty() ? new DropPlan.AddSite(site.site(), title)
                    : new DropPlan.Refused("Drop a site onto empty canvas: sites do not go inside "
                    + describe(target.get()) + ".");
        }
        if (template instanceof PaletteTemplate.OfCluster cluster) {
            return siteFor(topology, target)
                    .<DropPlan>map(site -> new DropPlan.AddCluster(site, cluster.cluster(), title))
                    .orElseGet(() -> new DropPlan.Refused("Drop a cluster onto a site."));
        }
        if (template instanceof PaletteTemplate.OfNodePool pool) {
            return nodePool(pool.pool(), target, title);
        }
        if (template instanceof PaletteTemplate.OfDeviceGroup device) {
            return deviceGroup(topology, device.device(), target, title);
        }
        return workload(topology, ((PaletteTemplate.OfWorkload) template).workload(), target, title);
    }

    private static DropPlan nodePool(Node pool, Optional<ElementRef> target, String title) {
        if (target.isPresent() && target.get().type() == ElementType.CLUSTER) {
            return new DropPlan.AddNodePool(target.get().id(), pool, title);
        }
        if (target.isPresent() && target.get().type() == ElementType.NODE_POOL) {
            return new DropPlan.AddNodePool(TopologyElements.parentOf(target.get().id()), pool, title);
        }
        return new DropPlan.Refused("Drop a node pool onto a cluster" + target.map(t -> ", not onto "
                + describe(t)).orElse("") + ".");
    }

    private static DropPlan deviceGroup(Topology topology, Device device, Optional<ElementRef> target, String title) {
        Optional<String> site = siteFor(topology, target);
        if (site.isEmpty()) {
            return new DropPlan.Refused("Drop a device group onto a site.");
        }
        String gateway = target.flatMap(t -> gatewayReference(topology, site.get(), t)).orElse(null);
        Device placed = gateway == null ? device : withGateway(device, gateway);
        return new DropPlan.AddDeviceGroup(site.get(), placed, title);
    }

    private static DropPlan workload(Topology topology, Workload workload, Optional<ElementRef> target,
                                     String title) {
        if (target.isEmpty()) {
            return new DropPlan.AddWorkload(workload, title);
        }
        ElementRef ref = target.get();
        if (workload.kind() == WorkloadKind.FIRMWARE) {
            if (ref.type() != ElementType.DEVICE_GROUP) {
                return new DropPlan.Refused("Firmware runs on devices: drop it onto a device group to target its"
                        + " fleet, or onto empty canvas to just add it.");
            }
            Device device = TopologyElements.deviceGroup(topology, ref.id()).orElseThrow();
            if (device.fleet() == null) {
                return new DropPlan.Refused("Device group " + ref.id() + " has no fleet: give it one in the"
                        + " inspector, then drop the firmware onto it.");
            }
            return new DropPlan.AddWorkload(withTarget(workload, device.fleet()), title);
        }
        return switch (ref.type()) {
            case SITE, CLUSTER, NODE_POOL -> new DropPlan.AddWorkloadWithAffinity(workload, ref.id(), title);
            default -> new DropPlan.Refused("Drop a workload onto a site, cluster or node pool to give it an"
                    + " affinity, or onto empty canvas to just add it.");
        };
    }

    /** The site a cluster or device group dropped on the target goes to: the target or the site holding it. */
    private static Optional<String> siteFor(Topology topology, Optional<ElementRef> target) {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        ElementRef ref = target.get();
        return switch (ref.type()) {
            case SITE -> Optional.of(ref.id());
            case CLUSTER -> TopologyElements.siteOfCluster(topology, ref.id()).map(Site::name);
            case NODE_POOL -> TopologyElements.siteOfCluster(topology, TopologyElements.parentOf(ref.id()))
                    .map(Site::name);
            case DEVICE_GROUP -> Optional.of(TopologyElements.parentOf(ref.id()));
            default -> Optional.empty();
        };
    }

    /**
     * The gateway a device group dropped on {@code target} reaches the network through: a single node (not a pool of
     * several, whose members are different gateways) or a single gateway device. The node's plain name is enough
     * unless another cluster at the site has a node of that name.
     */
    static Optional<String> gatewayReference(Topology topology, String siteName, ElementRef target) {
        if (target.type() == ElementType.NODE_POOL) {
            Node node = TopologyElements.nodePool(topology, target.id()).orElseThrow();
            if (node.count() != 1) {
                return Optional.empty();
            }
            String cluster = TopologyElements.parentOf(target.id());
            Site site = TopologyElements.site(topology, siteName).orElseThrow();
            boolean ambiguous = site.clusters().stream()
                    .filter(c -> !c.name().equals(cluster))
                    .flatMap(c -> c.nodes().stream())
                    .anyMatch(n -> n.memberNames().contains(node.name()));
            return Optional.of(ambiguous ? cluster + "/" + node.name() : node.name());
        }
        if (target.type() == ElementType.DEVICE_GROUP) {
            Device device = TopologyElements.deviceGroup(topology, target.id()).orElseThrow();
            return device.kind() == DeviceKind.GATEWAY && device.count() == 1
                    ? Optional.of(device.name()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The item as a drop's undo step names it: "EKS cluster", "camera", "AWS region". */
    static String noun(PaletteItem item) {
        String title = item.title();
        if (item.group() == PaletteGroup.CLUSTERS) {
            return title + " cluster";
        }
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(0))
                && Character.isUpperCase(title.charAt(1));
        return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** A target as the user knows it: "cluster aks-weu", "node pool aks-weu/gpu". */
    public static String describeTarget(Topology topology, String targetId) {
        return TopologyElements.resolve(topology, targetId).map(PaletteDrop::describe).orElse(targetId);
    }

    private static String describe(ElementRef ref) {
        return ref.type().singular() + " " + ref.id();
    }

    private static Device withGateway(Device d, String gateway) {
        return new Device(d.name(), d.count(), d.kind(), d.arch(), d.os(), d.runtimes(), d.capacity(), d.cpuMHz(),
                d.firmware(), gateway, d.fleet(), d.labels(), d.powerWatts());
    }

    private static Workload withTarget(Workload w, String fleet) {
        return new Workload(w.name(), w.kind(), w.image(), w.artifact(), w.replicas(), w.priority(), w.resources(),
                w.limits(), w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(),
                w.affinity(), w.antiAffinity(), w.spread(), w.latency(), w.jurisdictions(), new DeviceTarget(fleet),
                w.clusterAffinities(), w.replicaScheduling(), w.pins(), w.labels());
    }
}
