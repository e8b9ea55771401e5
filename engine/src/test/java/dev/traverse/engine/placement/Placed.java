package dev.traverse.engine.placement;

import dev.traverse.engine.model.Workload;

/** An assignment of a result whose workload and host both exist in the topology. */
record Placed(Workload workload, int replica, ModelHost host) {

    String label() {
        return workload.name() + "/" + replica;
    }
}
