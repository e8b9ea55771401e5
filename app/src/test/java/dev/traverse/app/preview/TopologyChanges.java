package dev.traverse.app.preview;

import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;

/** Small changes to topologies built for tests: pins, extra workloads. */
final class TopologyChanges {

    private TopologyChanges() {
    }

    /** {@code topology} with the workload's pins replaced. */
    static Topology withPins(Topology topology, String workload, Pin... pins) {
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : topology.workloads()) {
            workloads.add(w.name().equals(workload) ? new Workload(w.name(), w.kind(), w.image(), w.artifact(),
                    w.replicas(), w.priority(), w.resources(), w.limits(), w.arch(), w.os(), w.runtime(),
                    w.gpuModel(), w.nodeSelector(), w.tolerations(), w.affinity(), w.antiAffinity(), w.spread(),
                    w.latency(), w.jurisdictions(), w.target(), w.clusterAffinities(), w.replicaScheduling(),
                    List.of(pins), w.labels()) : w);
        }
        return withWorkloads(topology, workloads);
    }

    /** {@code topology} with one more workload. */
    static Topology adding(Topology topology, Workload workload) {
        List<Workload> workloads = new ArrayList<>(topology.workloads());
        workloads.add(workload);
        return withWorkloads(topology, workloads);
    }

    static Workload service(String name, int replicas, String cpu) {
        return Workload.service(name, "registry.example.com/" + name + ":1", replicas,
                new Resources(java.util.Map.of("cpu", dev.traverse.engine.model.Quantity.parse(cpu))));
    }

    private static Topology withWorkloads(Topology t, List<Workload> workloads) {
        return new Topology(t.metadata(), t.objectives(), t.sites(), t.links(), workloads, t.layout());
    }
}
