package dev.traverse.app.inspector;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.List;
import java.util.Map;

/**
 * Mutable copies of the model's records, so that a field setter changes one component and builds a new record; the
 * record's constructor then checks the whole, and its message is what the inspector shows. Not thread-safe; each
 * draft lives inside one setter call.
 */
final class Drafts {

    private Drafts() {
    }

    static final class SiteDraft {
        String name;
        SiteKind kind;
        Provider provider;
        String region;
        String jurisdiction;
        Double carbonIntensity;
        Map<String, String> labels;
        private final List<Cluster> clusters;
        private final List<Device> devices;

        SiteDraft(Site s) {
            name = s.name();
            kind = s.kind();
            provider = s.provider();
            region = s.region();
            jurisdiction = s.jurisdiction();
            carbonIntensity = s.carbonIntensity();
            labels = s.labels();
            clusters = s.clusters();
            devices = s.devices();
        }

        Site build() {
            return new Site(name, kind, provider, region, jurisdiction, carbonIntensity, labels, clusters, devices);
        }
    }

    static final class ClusterDraft {
        String name;
        Distribution distribution;
        String context;
        Map<String, String> labels;
        private final List<Node> nodes;

        ClusterDraft(Cluster c) {
            name = c.name();
            distribution = c.distribution();
            context = c.context();
            labels = c.labels();
            nodes = c.nodes();
        }

        Cluster build() {
            return new Cluster(name, distribution, context, labels, nodes);
        }
    }

    static final class NodeDraft {
        String name;
        int count;
        String zone;
        Arch arch;
        Os os;
        List<Runtime> runtimes;
        Resources capacity;
        String gpuModel;
        Map<String, String> labels;
        List<Taint> taints;
        double costPerHour;
        Billing billing;
        double powerWatts;

        NodeDraft(Node n) {
            name = n.name();
            count = n.count();
            zone = n.zone();
            arch = n.arch();
            os = n.os();
            runtimes = n.runtimes();
            capacity = n.capacity();
            gpuModel = n.gpuModel();
            labels = n.labels();
            taints = n.taints();
            costPerHour = n.costPerHour();
            billing = n.billing();
            powerWatts = n.powerWatts();
        }

        Node build() {
            return new Node(name, count, zone, arch, os, runtimes, capacity, gpuModel, labels, taints, costPerHour,
                    billing, powerWatts);
        }
    }

    static final class DeviceDraft {
        String name;
        int count;
        DeviceKind kind;
        Arch arch;
        Os os;
        List<Runtime> runtimes;
        Resources capacity;
        Integer cpuMHz;
        String firmware;
        String gateway;
        String fleet;
        Map<String, String> labels;
        double powerWatts;

        DeviceDraft(Device d) {
            name = d.name();
            count = d.count();
            kind = d.kind();
            arch = d.arch();
            os = d.os();
            runtimes = d.runtimes();
            capacity = d.capacity();
            cpuMHz = d.cpuMHz();
            firmware = d.firmware();
            gateway = d.gateway();
            fleet = d.fleet();
            labels = d.labels();
            powerWatts = d.powerWatts();
        }

        Device build() {
            return new Device(name, count, kind, arch, os, runtimes, capacity, cpuMHz, firmware, gateway, fleet,
                    labels, powerWatts);
        }
    }

    static final class LinkDraft {
        private final List<String> between;
        double latencyMs;
        Double bandwidthMbps;
        Double costPerGB;

        LinkDraft(Link l) {
            between = l.between();
            latencyMs = l.latencyMs();
            bandwidthMbps = l.bandwidthMbps();
            costPerGB = l.costPerGB();
        }

        Link build() {
            return new Link(between, latencyMs, bandwidthMbps, costPerGB);
        }
    }

    static final class WorkloadDraft {
        String name;
        WorkloadKind kind;
        String image;
        String artifact;
        int replicas;
        int priority;
        Resources resources;
        private final Resources limits;
        List<Arch> arch;
        private final List<Os> os;
        Runtime runtime;
        String gpuModel;
        Map<String, String> nodeSelector;
        List<Toleration> tolerations;
        List<AffinityTerm> affinity;
        List<AffinityTerm> antiAffinity;
        List<SpreadConstraint> spread;
        LatencyBound latency;
        List<String> jurisdictions;
        DeviceTarget target;
        private final List<ClusterAffinity> clusterAffinities;
        private final ReplicaScheduling replicaScheduling;
        List<Pin> pins;
        Map<String, String> labels;

        WorkloadDraft(Workload w) {
            name = w.name();
            kind = w.kind();
            image = w.image();
            artifact = w.artifact();
            replicas = w.replicas();
            priority = w.priority();
            resources = w.resources();
            limits = w.limits();
            arch = w.arch();
            os = w.os();
            runtime = w.runtime();
            gpuModel = w.gpuModel();
            nodeSelector = w.nodeSelector();
            tolerations = w.tolerations();
            affinity = w.affinity();
            antiAffinity = w.antiAffinity();
            spread = w.spread();
            latency = w.latency();
            jurisdictions = w.jurisdictions();
            target = w.target();
            clusterAffinities = w.clusterAffinities();
            replicaScheduling = w.replicaScheduling();
            pins = w.pins();
            labels = w.labels();
        }

        Workload build() {
            return new Workload(name, kind, image, artifact, replicas, priority, resources, limits, arch, os, runtime,
                    gpuModel, nodeSelector, tolerations, affinity, antiAffinity, spread, latency, jurisdictions,
                    target, clusterAffinities, replicaScheduling, pins, labels);
        }
    }
}
