package dev.traverse.engine.placement;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every host of a topology by qualified name, expanded from pools and groups with the model's member naming. */
final class ModelHosts {

    private final List<ModelHost> all = new ArrayList<>();
    private final Map<String, ModelHost> byName = new HashMap<>();

    ModelHosts(Topology topology) {
        for (Site site : topology.sites()) {
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    for (String member : members(node.name(), node.count())) {
                        add(new ModelHost(cluster.name() + "/" + member, cluster.name() + "/" + node.name(), site,
                                cluster, node, null));
                    }
                }
            }
            for (Device device : site.devices()) {
                for (String member : members(device.name(), device.count())) {
                    add(new ModelHost(site.name() + "/" + member, site.name() + "/" + device.name(), site, null, null,
                            device));
                }
            }
        }
    }

    /** Written out here rather than taken from the model, so that a wrong member name in the model shows up too. */
    private static List<String> members(String name, int count) {
        List<String> names = new ArrayList<>();
        if (count == 1) {
            names.add(name);
        } else {
            for (int i = 1; i <= count; i++) {
                names.add(name + "-" + i);
            }
        }
        return names;
    }

    private void add(ModelHost host) {
        all.add(host);
        byName.put(host.name(), host);
    }

    List<ModelHost> all() {
        return all;
    }

    Optional<ModelHost> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The members of the devices of a fleet, in topology order. */
    List<ModelHost> fleet(String fleet) {
        return all.stream().filter(h -> fleet.equals(h.fleet())).toList();
    }
}
