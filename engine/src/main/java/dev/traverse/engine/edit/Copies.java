package dev.traverse.engine.edit;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.List;

/** Copies of the model's records with one part changed: the records have no withers of their own. */
final class Copies {

    private Copies() {
    }

    static Topology topology(Topology t, List<Site> sites, List<Link> links, List<Workload> workloads, Layout layout) {
        return new Topology(t.metadata(), t.objectives(), sites, links, workloads, layout);
    }

    static Topology withSites(Topology t, List<Site> sites) {
        return topology(t, sites, t.links(), t.workloads(), t.layout());
    }

    static Topology withLinks(Topology t, List<Link> links) {
        return topology(t, t.sites(), links, t.workloads(), t.layout());
    }

    static Topology withWorkloads(Topology t, List<Workload> workloads) {
        return topology(t, t.sites(), t.links(), workloads, t.layout());
    }

    static Topology withLayout(Topology t, Layout layout) {
        return topology(t, t.sites(), t.links(), t.workloads(), layout);
    }

    static Site site(Site s, String name, List<Cluster> clusters, List<Device> devices) {
        return new Site(name, s.kind(), s.provider(), s.region(), s.jurisdiction(), s.carbonIntensity(), s.labels(),
                clusters, devices);
    }

    static Cluster cluster(Cluster c, String name, List<Node> nodes) {
        return new Cluster(name, c.distribution(), c.context(), c.labels(), nodes);
    }

    static Node node(Node n, String name) {
        return new Node(name, n.count(), n.zone(), n.arch(), n.os(), n.runtimes(), n.capacity(), n.gpuModel(),
                n.labels(), n.taints(), n.costPerHour(), n.billing(), n.powerWatts());
    }

    static Device device(Device d, String name, String gateway) {
        return new Device(name, d.count(), d.kind(), d.arch(), d.os(), d.runtimes(), d.capacity(), d.cpuMHz(),
                d.firmware(), gateway, d.fleet(), d.labels(), d.powerWatts());
    }

    static Link link(Link l, List<String> between) {
        return new Link(between, l.latencyMs(), l.bandwidthMbps(), l.costPerGB());
    }

    static Workload workload(Workload w, String name) {
        return workload(w, name, w.affinity(), w.antiAffinity(), w.latency(), w.clusterAffinities(),
                w.replicaScheduling(), w.pins());
    }

    static Workload workload(Workload w, String name, List<AffinityTerm> affinity, List<AffinityTerm> antiAffinity,
                             LatencyBound latency, List<ClusterAffinity> clusterAffinities,
                             ReplicaScheduling scheduling, List<Pin> pins) {
        return new Workload(name, w.kind(), w.image(), w.artifact(), w.replicas(), w.priority(), w.resources(),
                w.limits(), w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(), affinity,
                antiAffinity, w.spread(), latency, w.jurisdictions(), w.target(), clusterAffinities, scheduling, pins,
                w.labels());
    }

    static Workload withPins(Workload w, List<Pin> pins) {
        return workload(w, w.name(), w.affinity(), w.antiAffinity(), w.latency(), w.clusterAffinities(),
                w.replicaScheduling(), pins);
    }

    static AffinityTerm term(AffinityTerm t, List<String> sites, List<String> clusters, List<String> nodes,
                             String workload) {
        return new AffinityTerm(sites, clusters, nodes, t.nodeLabels(), workload, t.over(), t.preferred());
    }
}
