package dev.traverse.engine.io;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads workloads and their placement constraints, recording the names they refer to. */
final class WorkloadReader {

    static final int MAX_REPLICAS = 1_000_000;

    private final ReferenceIndex refs;

    WorkloadReader(ReferenceIndex refs) {
        this.refs = refs;
    }

    Workload read(Fields f, int index) {
        String name = f.requiredName("name");
        if (name != null) {
            refs.declareWorkload(name, f.positionOf("name"), f.path());
        }
        WorkloadKind kind = f.requiredEnum("kind", WorkloadKind.class);
        String image = f.string("image");
        String artifact = f.string("artifact");
        if (f.has("replicas") && (kind == WorkloadKind.DAEMON || kind == WorkloadKind.FIRMWARE)) {
            f.error("replicas", "a " + kind + " runs once per " + (kind == WorkloadKind.DAEMON ? "matching site"
                    : "device of its fleet") + ": remove replicas");
        }
        int replicas = f.integer("replicas", 1, 1, MAX_REPLICAS);
        int priority = f.integer("priority", 0, -1_000_000_000, 1_000_000_000);
        var resources = f.resources("resources");
        var limits = f.resources("limits");
        List<Arch> arch = f.enums("arch", Arch.class);
        List<Os> os = f.enums("os", Os.class);
        Runtime runtime = f.enumValue("runtime", Runtime.class, null);
        String gpuModel = f.string("gpuModel");
        var nodeSelector = f.labels("nodeSelector");
        List<Toleration> tolerations = f.list("tolerations", "toleration", (t, i) -> readToleration(t));
        List<AffinityTerm> affinity = f.list("affinity", "affinity term", (t, i) -> readAffinity(t));
        List<AffinityTerm> antiAffinity = f.list("antiAffinity", "anti-affinity term", (t, i) -> readAffinity(t));
        List<SpreadConstraint> spread = f.list("spread", "spread constraint", (s, i) -> readSpread(s));
        Fields latencyFields = f.object("latency", "latency bound");
        LatencyBound latency = latencyFields == null ? null : readLatency(latencyFields);
        List<String> jurisdictions = readJurisdictions(f);
        Fields targetFields = f.object("target", "device target");
        DeviceTarget target = targetFields == null ? null : readTarget(targetFields);
        List<ClusterAffinity> clusterAffinities =
                f.list("clusterAffinities", "cluster group", (g, i) -> readClusterGroup(g));
        Fields schedulingFields = f.object("replicaScheduling", "replica scheduling");
        ReplicaScheduling scheduling = schedulingFields == null ? null : readScheduling(schedulingFields);
        List<Pin> pins = f.list("pins", "pin", (p, i) -> readPin(p));
        var labels = f.labels("labels");
        return f.build(() -> new Workload(name, kind, image, artifact, replicas, priority, resources, limits, arch, os,
                runtime, gpuModel, nodeSelector, tolerations, affinity, antiAffinity, spread, latency, jurisdictions,
                target, clusterAffinities, scheduling, pins, labels));
    }

    private static Toleration readToleration(Fields f) {
        String key = f.string("key");
        TolerationOperator operator = f.enumValue("operator", TolerationOperator.class, TolerationOperator.EQUAL);
        String value = f.string("value");
        TaintEffect effect = f.enumValue("effect", TaintEffect.class, null);
        return f.build(() -> new Toleration(key, operator, value, effect));
    }

    private AffinityTerm readAffinity(Fields f) {
        List<String> sites = f.names("sites");
        sites.forEach(s -> refs.site(s, f.positionOf("sites"), f.childPath("sites")));
        List<String> clusters = f.names("clusters");
        clusters.forEach(c -> refs.cluster(c, f.positionOf("clusters"), f.childPath("clusters")));
        List<String> nodes = f.strings("nodes");
        nodes.forEach(n -> refs.node(n, false, f.positionOf("nodes"), f.childPath("nodes")));
        var nodeLabels = f.labels("nodeLabels");
        String workload = f.name("workload");
        if (workload != null) {
            refs.workload(workload, f.positionOf("workload"), f.childPath("workload"));
        }
        TopologyKey over = f.enumValue("over", TopologyKey.class, null);
        Integer preferred = f.optionalInteger("preferred", 1, 100);
        return f.build(() -> new AffinityTerm(sites, clusters, nodes, nodeLabels, workload, over, preferred));
    }

    private static SpreadConstraint readSpread(Fields f) {
        TopologyKey over = f.requiredEnum("over", TopologyKey.class);
        int maxSkew = f.integer("maxSkew", 1, 1, MAX_REPLICAS);
        WhenUnsatisfiable when = f.enumValue("whenUnsatisfiable", WhenUnsatisfiable.class,
                SpreadConstraint.DEFAULT_WHEN_UNSATISFIABLE);
        return f.build(() -> new SpreadConstraint(over, maxSkew, when));
    }

    private LatencyBound readLatency(Fields f) {
        String to = f.requiredString("to", "expected a site or a site's devices (site/device)");
        if (to != null) {
            refs.endpoint(to, f.positionOf("to"), f.childPath("to"));
        }
        Double maxMs = f.optionalNumber("maxMs");
        if (maxMs == null && !f.has("maxMs")) {
            f.error("maxMs", "missing field maxMs: expected the bound in milliseconds");
        }
        return f.build(() -> new LatencyBound(to, maxMs));
    }

    private static List<String> readJurisdictions(Fields f) {
        List<String> out = new ArrayList<>();
        List<SourceNode.Scalar> items = f.scalars("jurisdictions");
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i).text();
            if (Jurisdictions.isJurisdiction(code)) {
                out.add(code);
            } else {
                f.problems().error(items.get(i).position(), f.childPath("jurisdictions") + "[" + i + "]",
                        "expected an ISO 3166 alpha-2 country code (DE, FR, US...) or EU or EEA, got \"" + code + "\"");
            }
        }
        return out;
    }

    private DeviceTarget readTarget(Fields f) {
        String fleet = f.requiredName("fleet");
        if (fleet != null) {
            refs.fleet(fleet, f.positionOf("fleet"), f.childPath("fleet"));
        }
        return f.build(() -> new DeviceTarget(fleet));
    }

    private ClusterAffinity readClusterGroup(Fields f) {
        String name = f.requiredName("name");
        List<String> clusters = f.names("clusters");
        clusters.forEach(c -> refs.cluster(c, f.positionOf("clusters"), f.childPath("clusters")));
        return f.build(() -> new ClusterAffinity(name, clusters));
    }

    private ReplicaScheduling readScheduling(Fields f) {
        ReplicaSchedulingType type = f.requiredEnum("type", ReplicaSchedulingType.class);
        ReplicaDivision division = f.enumValue("division", ReplicaDivision.class, null);
        Map<String, Integer> weights = new LinkedHashMap<>();
        f.scalarMap("weights").forEach((cluster, s) -> {
            String where = f.childPath("weights") + "." + cluster;
            refs.cluster(cluster, s.position(), where);
            try {
                int w = Integer.parseInt(s.text().trim());
                if (w >= 1) {
                    weights.put(cluster, w);
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            f.problems().error(s.position(), where, "expected a whole-number weight of at least 1, got \"" + s.text() + "\"");
        });
        String dynamic = f.string("dynamicWeight");
        if (dynamic != null && !ReplicaScheduling.AVAILABLE_REPLICAS.equals(dynamic)) {
            f.error("dynamicWeight", "expected " + ReplicaScheduling.AVAILABLE_REPLICAS + ", got \"" + dynamic + "\"");
        }
        if (type == ReplicaSchedulingType.DIVIDED && division == null) {
            f.error("division", "missing field division: Divided scheduling needs Aggregated or Weighted");
        }
        return f.build(() -> new ReplicaScheduling(type, division, weights, dynamic != null));
    }

    private Pin readPin(Fields f) {
        Integer replica = f.optionalInteger("replica", 0, MAX_REPLICAS);
        if (replica == null && !f.has("replica")) {
            f.error("replica", "missing field replica: expected the replica number, from 0");
        }
        String node = f.requiredString("node", "expected a node as cluster/node or a device as site/device");
        if (node != null) {
            refs.node(node, true, f.positionOf("node"), f.childPath("node"));
        }
        return f.build(() -> new Pin(replica, node));
    }
}
