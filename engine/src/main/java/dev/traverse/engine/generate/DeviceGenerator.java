package dev.traverse.engine.generate;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.SiteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The device groups of a site. Devices reach the network through the site's gateway nodes; a site without nodes
 * gets gateway devices first, and factories keep some anyway for their fieldbus sensors.
 */
final class DeviceGenerator {

    /** Enough gateways to share devices between; more would only lengthen the lists. */
    private static final int MAX_GATEWAYS = 64;
    /** Very large totals make bigger groups rather than hundreds of them per site. */
    private static final int MAX_GROUPS_PER_MODEL = 40;

    private final SplittableRandom rng;
    private final Quantities quantities;

    DeviceGenerator(SplittableRandom rng, Quantities quantities) {
        this.rng = rng;
        this.quantities = quantities;
    }

    List<Device> build(SitePlan site, List<Cluster> clusters) {
        int total = site.devices();
        if (total == 0) {
            return List.of();
        }
        List<Device> devices = new ArrayList<>();
        List<String> nodeGateways = gatewayNodes(clusters);
        boolean needGateways = nodeGateways.isEmpty();
        int gatewayDevices = needGateways ? Math.max(1, (int) Math.round(total * 0.04))
                : site.kind() == SiteKind.FACTORY ? (int) Math.round(total * 0.05) : 0;
        gatewayDevices = Math.min(gatewayDevices, total);

        Rotation viaNodes = new Rotation(nodeGateways);
        List<String> deviceGateways = new ArrayList<>();
        addGroups(devices, DeviceModels.IOT_GATEWAY, gatewayDevices, viaNodes, deviceGateways);
        Rotation viaDevices = new Rotation(deviceGateways);

        List<DeviceModels.Share> shares = DeviceModels.at(site.kind());
        double[] weights = new double[shares.size()];
        for (int i = 0; i < weights.length; i++) {
            // sites of a kind differ: some stores have more cameras, some more sensors
            weights[i] = shares.get(i).weight() * Draw.between(rng, 0.6, 1.4);
        }
        int[] counts = Apportion.byWeight(total - gatewayDevices, weights);
        for (int i = 0; i < counts.length; i++) {
            DeviceModel model = shares.get(i).model();
            // fieldbus and radio sensors hang off gateway devices where there are any; cameras use the network
            boolean viaDevice = needGateways || (!deviceGateways.isEmpty() && model.kind() != DeviceKind.CAMERA);
            addGroups(devices, model, counts[i], viaDevice ? viaDevices : viaNodes, null);
        }
        return devices;
    }

    private void addGroups(List<Device> into, DeviceModel model, int count, Rotation gateways, List<String> members) {
        if (count == 0) {
            return;
        }
        int max = Math.max(model.maxGroup(), (count + MAX_GROUPS_PER_MODEL - 1) / MAX_GROUPS_PER_MODEL);
        List<Integer> sizes = Apportion.chunks(count, Math.min(model.minGroup(), max), max, rng);
        for (int i = 0; i < sizes.size(); i++) {
            String name = NameRegistry.indexed(model.groupBase(), i, sizes.size());
            int size = sizes.get(i);
            into.add(new Device(name, size, model.kind(), model.arch(), model.os(), model.runtimes(),
                    quantities.resources(model.cpuMilli(), model.memoryBytes(), model.storageBytes(), 0),
                    model.cpuMHz(), model.firmware(), gateways.next(), model.fleet(), Map.of(), model.powerWatts()));
            if (members != null) {
                for (int m = 0; m < size && members.size() < MAX_GATEWAYS; m++) {
                    members.add(size == 1 ? name : name + "-" + (m + 1));
                }
            }
        }
    }

    /** The members of the site's gateway pools; edge servers serve when there is no dedicated gateway. */
    private static List<String> gatewayNodes(List<Cluster> clusters) {
        List<String> gateways = members(clusters, PoolRole.GATEWAY);
        if (gateways.isEmpty()) {
            gateways = members(clusters, PoolRole.EDGE);
        }
        if (gateways.isEmpty()) {
            gateways = members(clusters, PoolRole.GENERAL);
        }
        return gateways;
    }

    /**
     * Member names as a device's gateway field writes them: the bare name when the site has one cluster, and
     * {@code cluster/node} when it has several, whose pools may share names.
     */
    private static List<String> members(List<Cluster> clusters, PoolRole role) {
        List<String> members = new ArrayList<>();
        boolean qualify = clusters.size() > 1;
        for (Cluster c : clusters) {
            for (Node n : c.nodes()) {
                if (role.label().equals(n.labels().get(PoolRole.LABEL))) {
                    for (int m = 0; m < n.count() && members.size() < MAX_GATEWAYS; m++) {
                        String member = n.count() == 1 ? n.name() : n.name() + "-" + (m + 1);
                        members.add(qualify ? c.name() + "/" + member : member);
                    }
                }
            }
        }
        return members;
    }

    /** Hands out gateways in turn, so devices spread over them; null when there are none. */
    private static final class Rotation {
        private final List<String> names;
        private int next;

        Rotation(List<String> names) {
            this.names = names;
        }

        String next() {
            if (names.isEmpty()) {
                return null;
            }
            return names.get(next++ % names.size());
        }
    }
}
