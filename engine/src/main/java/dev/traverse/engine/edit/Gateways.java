package dev.traverse.engine.edit;

import dev.traverse.engine.edit.TopologyIndex.DeviceGateway;
import dev.traverse.engine.edit.TopologyIndex.GatewayTarget;
import dev.traverse.engine.edit.TopologyIndex.NodeGateway;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps device gateways pointing at what they pointed at before an edit. A gateway is resolved before the edit to
 * its node or gateway device, followed through the edit's renaming, and written again: as it was when that still
 * names the same thing, qualified as {@code cluster/node} when a bare node name has become ambiguous (another
 * cluster at the site got a node of that name), and cleared when its node or device is gone.
 */
final class Gateways {

    private record DeviceKey(String site, String device) {
    }

    private Gateways() {
    }

    /**
     * Rewrites the gateways of {@code changed}'s devices; devices in {@code untouched} (new site/group names) keep
     * theirs as given.
     *
     * @throws IllegalArgumentException when a gateway device's name would also be a node's at its site
     */
    static Topology carry(Topology before, Topology changed, Renaming renaming, Set<String> untouched) {
        TopologyIndex old = new TopologyIndex(before);
        Map<DeviceKey, GatewayTarget> targets = new HashMap<>();
        for (Site site : before.sites()) {
            for (Device device : site.devices()) {
                if (device.gateway() == null) {
                    continue;
                }
                List<GatewayTarget> matches = old.resolveGateway(site, device.gateway());
                if (matches.size() == 1) {
                    DeviceKey key = new DeviceKey(renaming.site(site.name()),
                            renaming.deviceGroup(site.name(), device.name()));
                    targets.put(key, follow(old, site, matches.get(0), renaming));
                }
            }
        }
        TopologyIndex now = new TopologyIndex(changed);
        List<Site> sites = new ArrayList<>();
        boolean any = false;
        for (Site site : changed.sites()) {
            List<Device> devices = new ArrayList<>();
            boolean changedHere = false;
            for (Device device : site.devices()) {
                DeviceKey key = new DeviceKey(site.name(), device.name());
                GatewayTarget target = targets.get(key);
                boolean given = untouched.contains(site.name() + "/" + device.name());
                if (device.gateway() == null || target == null || given) {
                    devices.add(device);
                    continue;
                }
                String gateway = render(now, site, device, target);
                if (!Objects.equals(gateway, device.gateway())) {
                    devices.add(Copies.device(device, device.name(), gateway));
                    changedHere = true;
                } else {
                    devices.add(device);
                }
            }
            sites.add(changedHere ? Copies.site(site, site.name(), site.clusters(), devices) : site);
            any |= changedHere;
        }
        return any ? Copies.withSites(changed, sites) : changed;
    }

    private static GatewayTarget follow(TopologyIndex old, Site site, GatewayTarget target, Renaming renaming) {
        if (target instanceof NodeGateway node) {
            Node pool = TopologyIndex.poolOfMember(old.cluster(node.cluster()), node.member());
            return new NodeGateway(renaming.cluster(node.cluster()),
                    renaming.nodeMember(node.cluster(), pool, node.member()));
        }
        DeviceGateway device = (DeviceGateway) target;
        Device group = TopologyIndex.groupOfMember(site, device.member());
        return new DeviceGateway(renaming.deviceMember(site.name(), group, device.member()));
    }

    /** The gateway text naming {@code target} at {@code site} now, or null when the target is gone. */
    static String render(TopologyIndex index, Site site, Device device, GatewayTarget target) {
        if (target instanceof NodeGateway node) {
            Cluster cluster = index.cluster(node.cluster());
            Site at = index.siteOfCluster(node.cluster());
            if (cluster == null || at == null || !at.name().equals(site.name())
                    || TopologyIndex.poolOfMember(cluster, node.member()) == null) {
                return null;
            }
            String qualified = node.cluster() + "/" + node.member();
            boolean wasQualified = device.gateway().indexOf('/') >= 0;
            if (!wasQualified && index.resolveGateway(site, node.member()).equals(List.of(target))) {
                return node.member();
            }
            return qualified;
        }
        DeviceGateway gatewayDevice = (DeviceGateway) target;
        Device group = TopologyIndex.groupOfMember(site, gatewayDevice.member());
        if (group == null || group.kind() != DeviceKind.GATEWAY) {
            return null;
        }
        if (index.resolveGateway(site, gatewayDevice.member()).size() > 1) {
            throw new IllegalArgumentException("gateway " + gatewayDevice.member() + " of " + site.name() + "/"
                    + device.name() + " would be ambiguous: a node at site " + site.name() + " has the same name");
        }
        return gatewayDevice.member();
    }
}
