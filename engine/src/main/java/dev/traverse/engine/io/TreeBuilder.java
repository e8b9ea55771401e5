package dev.traverse.engine.io;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.WireEnum;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a topology into the canonical {@link OutputTree}: fields in a fixed order, defaults left out, free-form maps
 * sorted by key, lists in their own order. Everything the reader fills in by default is omitted, so that a file read
 * and written again is unchanged.
 */
final class TreeBuilder {

    private static final List<String> RESOURCE_ORDER =
            List.of(Resources.CPU, Resources.MEMORY, Resources.STORAGE, Resources.GPU, Resources.PODS);

    private TreeBuilder() {
    }

    static OutputTree.Mapping build(Topology t) {
        OutputTree.Mapping spec = OutputTree.block()
                .put("objectives", t.objectives().equals(Objectives.DEFAULT) ? null : objectives(t.objectives()))
                .put("sites", map(t.sites(), TreeBuilder::site))
                .put("links", map(t.links(), TreeBuilder::link))
                .put("workloads", map(t.workloads(), TreeBuilder::workload));
        OutputTree.Mapping layout = OutputTree.block();
        t.layout().positions().forEach((key, p) -> layout.put(key, position(p)));
        OutputTree.Mapping root = OutputTree.block()
                .put("apiVersion", Topology.API_VERSION)
                .put("kind", Topology.KIND)
                .put("metadata", OutputTree.block()
                        .put("name", t.metadata().name())
                        .put("description", t.metadata().description())
                        .put("labels", labels(t.metadata().labels())));
        root.putAlways("spec", spec); // always present, even when empty
        return root.put("layout", layout);
    }

    private static OutputTree.Mapping objectives(Objectives o) {
        Objectives d = Objectives.DEFAULT;
        return OutputTree.flow()
                .putNumber("cost", o.cost(), d.cost())
                .putNumber("latency", o.latency(), d.latency())
                .putNumber("carbon", o.carbon(), d.carbon())
                .putNumber("balance", o.balance(), d.balance())
                .putNumber("resilience", o.resilience(), d.resilience())
                .putNumber("consolidation", o.consolidation(), d.consolidation());
    }

    private static OutputTree.Mapping site(Site s) {
        return OutputTree.block()
                .put("name", s.name())
                .put("kind", wire(s.kind()))
                .put("provider", wire(s.provider()))
                .put("region", s.region())
                .put("jurisdiction", s.jurisdiction())
                .put("carbonIntensity", s.carbonIntensity() == null ? null : new OutputTree.Number(s.carbonIntensity()))
                .put("labels", labels(s.labels()))
                .put("clusters", map(s.clusters(), TreeBuilder::cluster))
                .put("devices", map(s.devices(), TreeBuilder::device));
    }

    private static OutputTree.Mapping cluster(Cluster c) {
        return OutputTree.block()
                .put("name", c.name())
                .putUnlessDefault("distribution", wire(c.distribution()), wire(Cluster.DEFAULT_DISTRIBUTION))
                .put("context", c.context())
                .put("labels", labels(c.labels()))
                .put("nodes", map(c.nodes(), TreeBuilder::node));
    }

    private static OutputTree.Mapping node(Node n) {
        return OutputTree.block()
                .put("name", n.name())
                .put("count", n.count() == Node.DEFAULT_COUNT ? null : new OutputTree.Whole(n.count()))
                .put("zone", n.zone())
                .putUnlessDefault("arch", wire(n.arch()), wire(Node.DEFAULT_ARCH))
                .putUnlessDefault("os", wire(n.os()), wire(Node.DEFAULT_OS))
                .put("runtimes", n.runtimes().equals(Node.DEFAULT_RUNTIMES) ? null : wires(n.runtimes()))
                .put("capacity", resources(n.capacity()))
                .put("gpuModel", n.gpuModel())
                .put("labels", labels(n.labels()))
                .put("taints", map(n.taints(), TreeBuilder::taint))
                .putNumber("costPerHour", n.costPerHour(), 0)
                .putUnlessDefault("billing", wire(n.billing()), wire(Node.DEFAULT_BILLING))
                .putNumber("powerWatts", n.powerWatts(), 0);
    }

    private static OutputTree.Mapping taint(Taint t) {
        return OutputTree.flow()
                .put("key", t.key())
                .put("value", t.value().isEmpty() ? null : t.value())
                .put("effect", wire(t.effect()));
    }

    private static OutputTree.Mapping device(Device d) {
        return OutputTree.block()
                .put("name", d.name())
                .put("count", d.count() == 1 ? null : new OutputTree.Whole(d.count()))
                .put("kind", wire(d.kind()))
                .put("arch", wire(d.arch()))
                .put("os", d.os() == null ? null : wire(d.os()))
                .put("runtimes", d.runtimes().equals(Device.DEFAULT_RUNTIMES) ? null : wires(d.runtimes()))
                .put("capacity", resources(d.capacity()))
                .put("cpuMHz", d.cpuMHz() == null ? null : new OutputTree.Whole(d.cpuMHz()))
                .put("firmware", d.firmware())
                .put("gateway", d.gateway())
                .put("fleet", d.fleet())
                .put("labels", labels(d.labels()))
                .putNumber("powerWatts", d.powerWatts(), 0);
    }

    private static OutputTree.Mapping link(Link l) {
        return OutputTree.block()
                .put("between", l.between())
                .put("latencyMs", new OutputTree.Number(l.latencyMs()))
                .put("bandwidthMbps", l.bandwidthMbps() == null ? null : new OutputTree.Number(l.bandwidthMbps()))
                .put("costPerGB", l.costPerGB() == null ? null : new OutputTree.Number(l.costPerGB()));
    }

    private static OutputTree.Mapping workload(Workload w) {
        OutputTree.Mapping latency = w.latency() == null ? null : OutputTree.flow()
                .put("to", w.latency().to())
                .put("maxMs", new OutputTree.Number(w.latency().maxMs()));
        OutputTree.Mapping target = w.target() == null ? null : OutputTree.flow().put("fleet", w.target().fleet());
        return OutputTree.block()
                .put("name", w.name())
                .put("kind", wire(w.kind()))
                .put("image", w.image())
                .put("artifact", w.artifact())
                .put("replicas", w.replicas() == 1 ? null : new OutputTree.Whole(w.replicas()))
                .put("priority", w.priority() == 0 ? null : new OutputTree.Whole(w.priority()))
                .put("resources", resources(w.resources()))
                .put("limits", resources(w.limits()))
                .put("arch", wires(w.arch()))
                .put("os", wires(w.os()))
                .put("runtime", w.runtime() == null ? null : wire(w.runtime()))
                .put("gpuModel", w.gpuModel())
                .put("nodeSelector", labels(w.nodeSelector()))
                .put("tolerations", map(w.tolerations(), TreeBuilder::toleration))
                .put("affinity", map(w.affinity(), TreeBuilder::affinity))
                .put("antiAffinity", map(w.antiAffinity(), TreeBuilder::affinity))
                .put("spread", map(w.spread(), TreeBuilder::spread))
                .put("latency", latency)
                .put("jurisdictions", w.jurisdictions())
                .put("target", target)
                .put("clusterAffinities", map(w.clusterAffinities(), g -> OutputTree.flow()
                        .put("name", g.name()).put("clusters", g.clusters())))
                .put("replicaScheduling", w.replicaScheduling() == null ? null : scheduling(w.replicaScheduling()))
                .put("pins", map(w.pins(), p -> OutputTree.flow()
                        .put("replica", new OutputTree.Whole(p.replica())).put("node", p.node())))
                .put("labels", labels(w.labels()));
    }

    private static OutputTree.Mapping toleration(Toleration t) {
        return OutputTree.flow()
                .put("key", t.key().isEmpty() ? null : t.key())
                .putUnlessDefault("operator", wire(t.operator()), wire(TolerationOperator.EQUAL))
                .put("value", t.value().isEmpty() ? null : t.value())
                .put("effect", t.effect() == null ? null : wire(t.effect()));
    }

    private static OutputTree.Mapping affinity(AffinityTerm a) {
        return OutputTree.flow()
                .put("sites", a.sites())
                .put("clusters", a.clusters())
                .put("nodes", a.nodes())
                .put("nodeLabels", labels(a.nodeLabels()))
                .put("workload", a.workload())
                .put("over", a.over() == null ? null : wire(a.over()))
                .put("preferred", a.preferred() == null ? null : new OutputTree.Whole(a.preferred()));
    }

    private static OutputTree.Mapping spread(SpreadConstraint s) {
        return OutputTree.flow()
                .put("over", wire(s.over()))
                .put("maxSkew", new OutputTree.Whole(s.maxSkew()))
                .putUnlessDefault("whenUnsatisfiable", wire(s.whenUnsatisfiable()),
                        wire(SpreadConstraint.DEFAULT_WHEN_UNSATISFIABLE));
    }

    private static OutputTree.Mapping scheduling(ReplicaScheduling r) {
        OutputTree.Mapping weights = OutputTree.flow();
        r.weights().forEach((cluster, weight) -> weights.put(cluster, new OutputTree.Whole(weight)));
        return OutputTree.flow()
                .put("type", wire(r.type()))
                .put("division", r.division() == null ? null : wire(r.division()))
                .put("weights", weights)
                .put("dynamicWeight", r.weightByAvailableReplicas() ? ReplicaScheduling.AVAILABLE_REPLICAS : null);
    }

    private static OutputTree.Mapping position(Position p) {
        return OutputTree.flow().put("x", new OutputTree.Number(p.x())).put("y", new OutputTree.Number(p.y()));
    }

    /** Well-known resources in a fixed order, then extended resources sorted by name. */
    private static OutputTree.Mapping resources(Resources r) {
        OutputTree.Mapping m = OutputTree.flow();
        for (String name : RESOURCE_ORDER) {
            r.get(name).ifPresent(q -> m.put(name, new OutputTree.Amount(q)));
        }
        Map<String, Quantity> extended = new TreeMap<>(r.amounts());
        RESOURCE_ORDER.forEach(extended::remove);
        extended.forEach((name, q) -> m.put(name, new OutputTree.Amount(q)));
        return m;
    }

    private static OutputTree.Mapping labels(Map<String, String> labels) {
        OutputTree.Mapping m = OutputTree.flow();
        new TreeMap<>(labels).forEach(m::put);
        return m;
    }

    private static String wire(WireEnum e) {
        return e.wireName();
    }

    private static List<String> wires(List<? extends WireEnum> values) {
        return values.stream().map(WireEnum::wireName).toList();
    }

    private static <T> List<OutputTree.Mapping> map(List<T> items, Function<T, OutputTree.Mapping> f) {
        List<OutputTree.Mapping> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }
}
