package dev.traverse.app.inspector;

import static dev.traverse.app.inspector.FieldText.number;
import static dev.traverse.app.inspector.FieldText.optional;
import static dev.traverse.app.inspector.FieldText.text;

import dev.traverse.app.inspector.Drafts.ClusterDraft;
import dev.traverse.app.inspector.Drafts.DeviceDraft;
import dev.traverse.app.inspector.Drafts.LinkDraft;
import dev.traverse.app.inspector.Drafts.NodeDraft;
import dev.traverse.app.inspector.Drafts.SiteDraft;
import dev.traverse.app.inspector.Drafts.WorkloadDraft;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inspector's fields for each type of element, in the order they are shown, with their sections. Each setter
 * changes one property and lets the model's constructor judge the result. Immutable lists; any thread.
 */
public final class InspectorFields {

    static final String GENERAL = "General";
    static final String LOCATION = "Location";
    static final String PLATFORM = "Platform";
    static final String CAPACITY = "Capacity";
    static final String REQUESTS = "Requests per replica";
    static final String COST = "Cost & power";
    static final String POWER = "Power";
    static final String SCHEDULING = "Scheduling";
    static final String NETWORK = "Network";
    static final String CONSTRAINTS = "Constraints";
    static final String PLACEMENT = "Placement";
    static final String METADATA = "Metadata";

    private static final String LABELS_PROMPT = "team=checkout, tier=web";

    public static final List<FieldSpec<Site>> SITE = List.of(
            site(FieldSpec.NAME, "Name", GENERAL, "store-017", Site::name, (d, t) -> d.name = t.trim()),
            FieldSpec.choice("kind", "Kind", GENERAL, FieldText.wireNames(SiteKind.class), s -> s.kind().wireName(),
                    siteSetter(t -> d -> d.kind = FieldText.parseEnum(SiteKind.class, "site kind", t))),
            FieldSpec.choice("provider", "Provider", GENERAL, FieldText.wireNames(Provider.class),
                    s -> s.provider().wireName(),
                    siteSetter(t -> d -> d.provider = FieldText.parseEnum(Provider.class, "provider", t))),
            site("region", "Region", LOCATION, "eu-central-1", s -> text(s.region()), (d, t) -> d.region = optional(t)),
            site("jurisdiction", "Jurisdiction", LOCATION, "DE", s -> text(s.jurisdiction()),
                    (d, t) -> d.jurisdiction = upper(optional(t))),
            site("carbonIntensity", "Carbon (gCO₂/kWh)", LOCATION, "381", s -> number(s.carbonIntensity()),
                    (d, t) -> d.carbonIntensity = FieldText.parseOptionalNumber("carbon intensity", t)),
            site("labels", "Labels", METADATA, LABELS_PROMPT, s -> FieldText.labels(s.labels()),
                    (d, t) -> d.labels = FieldText.parseLabels("labels", t)));

    public static final List<FieldSpec<Cluster>> CLUSTER = List.of(
            cluster(FieldSpec.NAME, "Name", GENERAL, "eks-fra", Cluster::name, (d, t) -> d.name = t.trim()),
            FieldSpec.choice("distribution", "Distribution", GENERAL, FieldText.wireNames(Distribution.class),
                    c -> c.distribution().wireName(), (c, t) -> {
                        ClusterDraft d = new ClusterDraft(c);
                        d.distribution = FieldText.parseEnum(Distribution.class, "distribution", t);
                        return d.build();
                    }),
            cluster("context", "Kubeconfig context", GENERAL, "eks-fra-admin", c -> text(c.context()),
                    (d, t) -> d.context = optional(t)),
            cluster("labels", "Labels", METADATA, LABELS_PROMPT, c -> FieldText.labels(c.labels()),
                    (d, t) -> d.labels = FieldText.parseLabels("labels", t)));

    public static final List<FieldSpec<Node>> NODE_POOL = List.of(
            node(FieldSpec.NAME, "Name", GENERAL, "general", Node::name, (d, t) -> d.name = t.trim()),
            node("count", "Count", GENERAL, "3", n -> Integer.toString(n.count()),
                    (d, t) -> d.count = FieldText.parseWhole("count", t)),
            node("zone", "Zone", GENERAL, "eu-central-1a", n -> text(n.zone()), (d, t) -> d.zone = optional(t)),
            nodeChoice("arch", "Arch", PLATFORM, containerArchs(), n -> n.arch().wireName(),
                    (d, t) -> d.arch = FieldText.parseEnum(Arch.class, "arch", t)),
            nodeChoice("os", "OS", PLATFORM, FieldText.wireNames(Os.class), n -> n.os().wireName(),
                    (d, t) -> d.os = FieldText.parseEnum(Os.class, "os", t)),
            FieldSpec.multiChoice("runtimes", "Runtimes", PLATFORM,
                    List.of(Runtime.CONTAINER.wireName(), Runtime.WASM.wireName()), "none",
                    n -> FieldText.list(n.runtimes()),
                    nodeWriter((d, t) -> d.runtimes = FieldText.parseEnums(Runtime.class, "runtime", t))),
            node("cpu", "CPU", CAPACITY, "8", n -> FieldText.quantity(n.capacity(), Resources.CPU),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.CPU, t, "8 or 500m")),
            node("memory", "Memory", CAPACITY, "32Gi", n -> FieldText.quantity(n.capacity(), Resources.MEMORY),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.MEMORY, t, "32Gi")),
            node("gpu", "GPU", CAPACITY, "1", n -> FieldText.quantity(n.capacity(), Resources.GPU),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.GPU, t, "1")),
            node("gpuModel", "GPU model", CAPACITY, "nvidia-l4", n -> text(n.gpuModel()),
                    (d, t) -> d.gpuModel = optional(t)),
            node("storage", "Storage", CAPACITY, "128Gi", n -> FieldText.quantity(n.capacity(), Resources.STORAGE),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.STORAGE, t, "128Gi")),
            node("costPerHour", "Cost per hour", COST, "0.384", n -> number(n.costPerHour()),
                    (d, t) -> d.costPerHour = zeroIfBlank("cost per hour", t)),
            nodeChoice("billing", "Billing", COST, FieldText.wireNames(Billing.class), n -> n.billing().wireName(),
                    (d, t) -> d.billing = FieldText.parseEnum(Billing.class, "billing", t)),
            node("powerWatts", "Power (W)", COST, "120", n -> number(n.powerWatts()),
                    (d, t) -> d.powerWatts = zeroIfBlank("power", t)),
            node("taints", "Taints", SCHEDULING, "nvidia.com/gpu=present:NoSchedule", n -> FieldText.taints(n.taints()),
                    (d, t) -> d.taints = FieldText.parseTaints(t)),
            node("labels", "Labels", METADATA, LABELS_PROMPT, n -> FieldText.labels(n.labels()),
                    (d, t) -> d.labels = FieldText.parseLabels("labels", t)));

    public static final List<FieldSpec<Device>> DEVICE_GROUP = List.of(
            device(FieldSpec.NAME, "Name", GENERAL, "cam", Device::name, (d, t) -> d.name = t.trim()),
            device("count", "Count", GENERAL, "4", d -> Integer.toString(d.count()),
                    (d, t) -> d.count = FieldText.parseWhole("count", t)),
            deviceChoice("kind", "Kind", GENERAL, FieldText.wireNames(DeviceKind.class), d -> d.kind().wireName(),
                    (d, t) -> d.kind = FieldText.parseEnum(DeviceKind.class, "device kind", t)),
            deviceChoice("arch", "Arch", PLATFORM, FieldText.wireNames(Arch.class), d -> d.arch().wireName(),
                    (d, t) -> d.arch = FieldText.parseEnum(Arch.class, "arch", t)),
            FieldSpec.optionalChoice("os", "OS", PLATFORM, FieldText.wireNames(Os.class), "not stated",
                    d -> d.os() == null ? "" : d.os().wireName(), deviceWriter(
                            (d, t) -> d.os = optional(t) == null ? null : FieldText.parseEnum(Os.class, "os", t))),
            device("cpuMHz", "CPU (MHz)", PLATFORM, "1400", d -> text(d.cpuMHz()),
                    (d, t) -> d.cpuMHz = FieldText.parseOptionalWhole("cpu MHz", t)),
            device("memory", "Memory (RAM)", CAPACITY, "256Ki", d -> FieldText.quantity(d.capacity(), Resources.MEMORY),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.MEMORY, t, "256Ki")),
            device("storage", "Storage (flash)", CAPACITY, "1Mi",
                    d -> FieldText.quantity(d.capacity(), Resources.STORAGE),
                    (d, t) -> d.capacity = FieldText.withQuantity(d.capacity, Resources.STORAGE, t, "1Mi")),
            device("firmware", "Firmware", GENERAL, "11.11.73", d -> text(d.firmware()),
                    (d, t) -> d.firmware = optional(t)),
            device("gateway", "Gateway", NETWORK, "gw", d -> text(d.gateway()), (d, t) -> d.gateway = optional(t)),
            device("fleet", "Fleet", GENERAL, "store-cameras", d -> text(d.fleet()), (d, t) -> d.fleet = optional(t)),
            device("powerWatts", "Power (W)", POWER, "8", d -> number(d.powerWatts()),
                    (d, t) -> d.powerWatts = zeroIfBlank("power", t)),
            device("labels", "Labels", METADATA, LABELS_PROMPT, d -> FieldText.labels(d.labels()),
                    (d, t) -> d.labels = FieldText.parseLabels("labels", t)));

    public static final List<FieldSpec<Link>> LINK = List.of(
            FieldSpec.readOnly("between", "Between", GENERAL, l -> l.from() + " ↔ " + l.to()),
            link("latencyMs", "Latency (ms)", NETWORK, "24", l -> number(l.latencyMs()),
                    (d, t) -> d.latencyMs = FieldText.parseNumber("latency", t)),
            link("bandwidthMbps", "Bandwidth (Mbps)", NETWORK, "1000", l -> number(l.bandwidthMbps()),
                    (d, t) -> d.bandwidthMbps = FieldText.parseOptionalNumber("bandwidth", t)),
            link("costPerGB", "Cost per GB", NETWORK, "0.02", l -> number(l.costPerGB()),
                    (d, t) -> d.costPerGB = FieldText.parseOptionalNumber("cost per GB", t)));

    public static final List<FieldSpec<Workload>> WORKLOAD = List.of(
            workload(FieldSpec.NAME, "Name", GENERAL, "checkout-api", Workload::name, (d, t) -> d.name = t.trim()),
            FieldSpec.choice("kind", "Kind", GENERAL, FieldText.wireNames(WorkloadKind.class),
                    w -> w.kind().wireName(), InspectorFields::withKind),
            workload("image", "Image / artifact", GENERAL, "registry.example.com/checkout:7.1",
                    w -> w.image() != null ? w.image() : text(w.artifact()), InspectorFields::setImageOrArtifact),
            workload("replicas", "Replicas", GENERAL, "3", w -> Integer.toString(w.replicas()),
                    (d, t) -> d.replicas = FieldText.parseWhole("replicas", t)),
            workload("priority", "Priority", GENERAL, "0", w -> Integer.toString(w.priority()),
                    (d, t) -> d.priority = optional(t) == null ? 0 : FieldText.parseWhole("priority", t)),
            workload("fleet", "Target fleet", GENERAL, "store-cameras",
                    w -> w.target() == null ? "" : w.target().fleet(),
                    (d, t) -> d.target = optional(t) == null ? null : new DeviceTarget(t.trim())),
            workload("cpu", "CPU", REQUESTS, "500m", w -> FieldText.quantity(w.resources(), Resources.CPU),
                    (d, t) -> d.resources = FieldText.withQuantity(d.resources, Resources.CPU, t, "500m")),
            workload("memory", "Memory", REQUESTS, "1.5Gi", w -> FieldText.quantity(w.resources(), Resources.MEMORY),
                    (d, t) -> d.resources = FieldText.withQuantity(d.resources, Resources.MEMORY, t, "1.5Gi")),
            workload("gpu", "GPU", REQUESTS, "1", w -> FieldText.quantity(w.resources(), Resources.GPU),
                    (d, t) -> d.resources = FieldText.withQuantity(d.resources, Resources.GPU, t, "1")),
            workload("storage", "Storage", REQUESTS, "512Mi", w -> FieldText.quantity(w.resources(), Resources.STORAGE),
                    (d, t) -> d.resources = FieldText.withQuantity(d.resources, Resources.STORAGE, t, "512Mi")),
            workload("gpuModel", "GPU model", REQUESTS, "nvidia-l4", w -> text(w.gpuModel()),
                    (d, t) -> d.gpuModel = optional(t)),
            FieldSpec.multiChoice("arch", "Arch", PLATFORM, FieldText.wireNames(Arch.class), "any",
                    w -> FieldText.list(w.arch()), (w, t) -> {
                        WorkloadDraft d = new WorkloadDraft(w);
                        d.arch = FieldText.parseEnums(Arch.class, "arch", t);
                        return d.build();
                    }),
            FieldSpec.optionalChoice("runtime", "Runtime", PLATFORM, FieldText.wireNames(Runtime.class),
                    "the kind's default", w -> w.runtime() == null ? "" : w.runtime().wireName(), (w, t) -> {
                        WorkloadDraft d = new WorkloadDraft(w);
                        d.runtime = optional(t) == null ? null : FieldText.parseEnum(Runtime.class, "runtime", t);
                        return d.build();
                    }),
            workload("nodeSelector", "Node selector", CONSTRAINTS, "topology.kubernetes.io/zone=eu-central-1a",
                    w -> FieldText.labels(w.nodeSelector()),
                    (d, t) -> d.nodeSelector = FieldText.parseLabels("node selector", t)),
            workload("tolerations", "Tolerations", CONSTRAINTS, "nvidia.com/gpu:NoSchedule",
                    w -> FieldText.tolerations(w.tolerations()),
                    (d, t) -> d.tolerations = FieldText.parseTolerations(t)),
            workload("spread", "Spread", CONSTRAINTS, "zone:1", w -> FieldText.spread(w.spread()),
                    (d, t) -> d.spread = FieldText.parseSpread(t)),
            workload("jurisdictions", "Jurisdictions", CONSTRAINTS, "EU, CH", w -> FieldText.list(w.jurisdictions()),
                    (d, t) -> d.jurisdictions = FieldText.parseJurisdictions(t)),
            workload("latency", "Latency bound", CONSTRAINTS, "10 ms to store-017/cam",
                    w -> FieldText.latency(w.latency()), (d, t) -> d.latency = FieldText.parseLatency(t)),
            workload("affinity", "Affinity", PLACEMENT, "site store-017; workload cache over zone (preferred 50)",
                    w -> AffinityText.format(w.affinity()), (d, t) -> d.affinity = AffinityText.parse("affinity", t)),
            workload("antiAffinity", "Anti-affinity", PLACEMENT, "workload checkout over node",
                    w -> AffinityText.format(w.antiAffinity()),
                    (d, t) -> d.antiAffinity = AffinityText.parse("anti-affinity", t)),
            FieldSpec.readOnly("pins", "Pins", PLACEMENT, w -> FieldText.pins(w.pins())),
            workload("labels", "Labels", METADATA, LABELS_PROMPT, w -> FieldText.labels(w.labels()),
                    (d, t) -> d.labels = FieldText.parseLabels("labels", t)));

    private InspectorFields() {
    }

    /**
     * A new kind; daemons and firmware take no replicas, and firmware carries an artifact where other kinds carry an
     * image, so the one moves to the other.
     */
    private static Workload withKind(Workload w, String text) {
        WorkloadDraft d = new WorkloadDraft(w);
        d.kind = FieldText.parseEnum(WorkloadKind.class, "workload kind", text);
        if (d.kind == WorkloadKind.DAEMON || d.kind == WorkloadKind.FIRMWARE) {
            d.replicas = 1;
            d.pins = d.pins.stream().filter(p -> p.replica() == 0).toList();
        }
        boolean firmware = (d.runtime != null ? d.runtime : Workload.defaultRuntime(d.kind)) == Runtime.FIRMWARE;
        if (firmware && d.image != null) {
            d.artifact = d.image;
            d.image = null;
        } else if (!firmware && d.artifact != null) {
            d.image = d.artifact;
            d.artifact = null;
        }
        return d.build();
    }

    private static void setImageOrArtifact(WorkloadDraft d, String text) {
        boolean firmware = (d.runtime != null ? d.runtime : Workload.defaultRuntime(d.kind)) == Runtime.FIRMWARE;
        if (firmware) {
            d.artifact = optional(text);
        } else {
            d.image = optional(text);
        }
    }

    private static List<String> containerArchs() {
        return Arrays.stream(Arch.values()).filter(a -> !a.isMicrocontroller()).map(Arch::wireName).toList();
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static double zeroIfBlank(String what, String text) {
        return optional(text) == null ? 0 : FieldText.parseNumber(what, text);
    }

    /** A setter on a draft, for the factories below. */
    private interface DraftSetter<D> {
        void set(D draft, String text);
    }

    private static FieldSpec<Site> site(String key, String label, String section, String prompt,
                                        Function<Site, String> read, DraftSetter<SiteDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, (s, t) -> {
            SiteDraft d = new SiteDraft(s);
            set.set(d, t);
            return d.build();
        });
    }

    private static BiFunction<Site, String, Site> siteSetter(
            Function<String, Consumer<SiteDraft>> change) {
        return (s, t) -> {
            SiteDraft d = new SiteDraft(s);
            change.apply(t).accept(d);
            return d.build();
        };
    }

    private static FieldSpec<Cluster> cluster(String key, String label, String section, String prompt,
                                              Function<Cluster, String> read, DraftSetter<ClusterDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, (c, t) -> {
            ClusterDraft d = new ClusterDraft(c);
            set.set(d, t);
            return d.build();
        });
    }

    private static FieldSpec<Node> node(String key, String label, String section, String prompt,
                                        Function<Node, String> read, DraftSetter<NodeDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, nodeWriter(set));
    }

    private static FieldSpec<Node> nodeChoice(String key, String label, String section, List<String> options,
                                              Function<Node, String> read, DraftSetter<NodeDraft> set) {
        return FieldSpec.choice(key, label, section, options, read, nodeWriter(set));
    }

    private static BiFunction<Node, String, Node> nodeWriter(DraftSetter<NodeDraft> set) {
        return (n, t) -> {
            NodeDraft d = new NodeDraft(n);
            set.set(d, t);
            return d.build();
        };
    }

    private static FieldSpec<Device> device(String key, String label, String section, String prompt,
                                            Function<Device, String> read, DraftSetter<DeviceDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, deviceWriter(set));
    }

    private static FieldSpec<Device> deviceChoice(String key, String label, String section, List<String> options,
                                                  Function<Device, String> read, DraftSetter<DeviceDraft> set) {
        return FieldSpec.choice(key, label, section, options, read, deviceWriter(set));
    }

    private static BiFunction<Device, String, Device> deviceWriter(DraftSetter<DeviceDraft> set) {
        return (x, t) -> {
            DeviceDraft d = new DeviceDraft(x);
            set.set(d, t);
            return d.build();
        };
    }

    private static FieldSpec<Link> link(String key, String label, String section, String prompt,
                                        Function<Link, String> read, DraftSetter<LinkDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, (l, t) -> {
            LinkDraft d = new LinkDraft(l);
            set.set(d, t);
            return d.build();
        });
    }

    private static FieldSpec<Workload> workload(String key, String label, String section, String prompt,
                                                Function<Workload, String> read, DraftSetter<WorkloadDraft> set) {
        return FieldSpec.text(key, label, section, prompt, read, (w, t) -> {
            WorkloadDraft d = new WorkloadDraft(w);
            set.set(d, t);
            return d.build();
        });
    }
}
