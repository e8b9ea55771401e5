package dev.traverse.engine.generate;

import static dev.traverse.engine.generate.Quantities.GI;

import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes node pools from machine shapes, with the labels and taints Kubernetes clusters of that kind carry. */
final class NodePools {

    static final String INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type";
    static final String HARDWARE_LABEL = "traverse.dev/hardware";
    static final String CAPACITY_TYPE_LABEL = "traverse.dev/capacity-type";
    static final Taint GPU_TAINT = new Taint("nvidia.com/gpu", "true", TaintEffect.NO_SCHEDULE);
    static final Taint SYSTEM_TAINT = new Taint("CriticalAddonsOnly", "true", TaintEffect.NO_SCHEDULE);
    static final Taint SPOT_TAINT = new Taint("traverse.dev/spot", "true", TaintEffect.PREFER_NO_SCHEDULE);
    private static final int PODS_PER_NODE = 110;
    private static final List<Runtime> CONTAINERS = List.of(Runtime.CONTAINER);
    private static final List<Runtime> CONTAINERS_AND_WASM = List.of(Runtime.CONTAINER, Runtime.WASM);

    /** How a pool differs from the plain on-demand one of its shape. */
    record Options(boolean cloud, boolean spot, boolean wasm, boolean systemTaint, Billing billing) {
    }

    private final Quantities quantities;

    NodePools(Quantities quantities) {
        this.quantities = quantities;
    }

    Node pool(String name, int count, String zone, InstanceType type, Options options) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PoolRole.LABEL, type.role().label());
        labels.put(options.cloud() ? INSTANCE_TYPE_LABEL : HARDWARE_LABEL, type.name());
        if (options.cloud() && type.role() != PoolRole.SYSTEM) {
            labels.put(CAPACITY_TYPE_LABEL, options.spot() ? "spot" : "on-demand");
        }
        List<Taint> taints = new ArrayList<>();
        if (type.gpus() > 0) {
            taints.add(GPU_TAINT);
        }
        if (options.systemTaint()) {
            taints.add(SYSTEM_TAINT);
        }
        if (options.spot()) {
            taints.add(SPOT_TAINT);
        }
        // spot capacity sells at about a third of the on-demand price
        double cost = options.spot() ? Math.round(type.costPerHour() * 0.35 * 10_000) / 10_000.0 : type.costPerHour();
        Map<String, Quantity> capacity = new LinkedHashMap<>(
                quantities.resources(type.cpu() * 1000L, type.memoryGi() * GI, type.storageGi() * GI, type.gpus())
                        .amounts());
        capacity.put(Resources.PODS, quantities.count(PODS_PER_NODE));
        return new Node(name, count, zone, type.arch(), Os.LINUX, options.wasm() ? CONTAINERS_AND_WASM : CONTAINERS,
                new Resources(capacity), type.gpuModel(), labels, taints, cost,
                options.billing(), type.powerWatts());
    }
}
