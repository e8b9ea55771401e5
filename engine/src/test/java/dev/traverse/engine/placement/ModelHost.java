package dev.traverse.engine.placement;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Taint;
import java.util.List;
import java.util.Map;

/**
 * One node (a pool member) or one device (a group member), read straight from the model for the validator.
 *
 * @param name the member's qualified name: {@code cluster/node-3} or {@code site/device-2}
 * @param pool the pool's or group's qualified name: {@code cluster/node} or {@code site/device}
 */
record ModelHost(String name, String pool, Site site, Cluster cluster, Node node, Device device) {

    boolean isDevice() {
        return device != null;
    }

    Arch arch() {
        return isDevice() ? device.arch() : node.arch();
    }

    /** Null when a device does not state its operating system. */
    Os os() {
        return isDevice() ? device.os() : node.os();
    }

    List<Runtime> runtimes() {
        return isDevice() ? device.runtimes() : node.runtimes();
    }

    Map<String, String> labels() {
        return isDevice() ? device.labels() : node.labels();
    }

    List<Taint> taints() {
        return isDevice() ? List.of() : node.taints();
    }

    /** Null for devices and for nodes without GPUs. */
    String gpuModel() {
        return isDevice() ? null : node.gpuModel();
    }

    Resources capacity() {
        return isDevice() ? device.capacity() : node.capacity();
    }

    /** Null for nodes and for devices in no fleet. */
    String fleet() {
        return isDevice() ? device.fleet() : null;
    }

    /** The member's own name, without the cluster or site: {@code general-3}. */
    String member() {
        return name.substring(name.indexOf('/') + 1);
    }
}
