package dev.traverse.engine.edit;

import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;

/**
 * How the names of elements change in one edit, from the old names to the new: the identity unless an edit renames
 * something. References follow it ({@link References}, {@link Gateways}); members follow their pool or group
 * ({@code general-3} becomes {@code compute-3}).
 */
abstract class Renaming {

    /** Nothing renamed. */
    static final Renaming NONE = new Renaming() {
    };

    String site(String site) {
        return site;
    }

    String cluster(String cluster) {
        return cluster;
    }

    /** The new name of node pool {@code pool} of {@code cluster} (both old names). */
    String pool(String cluster, String pool) {
        return pool;
    }

    /** The new name of device group {@code group} of {@code site} (both old names). */
    String deviceGroup(String site, String group) {
        return group;
    }

    String workload(String workload) {
        return workload;
    }

    /** The new name of {@code member}, a member of {@code pool} (old names). */
    final String nodeMember(String cluster, Node pool, String member) {
        return member(pool.name(), pool.count(), member, pool(cluster, pool.name()));
    }

    /** The new name of {@code member}, a member of {@code group} (old names). */
    final String deviceMember(String site, Device group, String member) {
        return member(group.name(), group.count(), member, deviceGroup(site, group.name()));
    }

    private static String member(String oldName, int count, String member, String newName) {
        if (newName.equals(oldName)) {
            return member;
        }
        return count == 1 ? newName : newName + "-" + TopologyIndex.memberIndex(oldName, member);
    }

    /** Renames one site. */
    static Renaming ofSite(String from, String to) {
        return new Renaming() {
            @Override
            String site(String site) {
                return site.equals(from) ? to : site;
            }
        };
    }

    /** Renames one cluster. */
    static Renaming ofCluster(String from, String to) {
        return new Renaming() {
            @Override
            String cluster(String cluster) {
                return cluster.equals(from) ? to : cluster;
            }
        };
    }

    /** Renames one node pool of a cluster. */
    static Renaming ofPool(String cluster, String from, String to) {
        return new Renaming() {
            @Override
            String pool(String c, String pool) {
                return c.equals(cluster) && pool.equals(from) ? to : pool;
            }
        };
    }

    /** Renames one device group of a site. */
    static Renaming ofDeviceGroup(String site, String from, String to) {
        return new Renaming() {
            @Override
            String deviceGroup(String s, String group) {
                return s.equals(site) && group.equals(from) ? to : group;
            }
        };
    }

    /** Renames one workload. */
    static Renaming ofWorkload(String from, String to) {
        return new Renaming() {
            @Override
            String workload(String workload) {
                return workload.equals(from) ? to : workload;
            }
        };
    }
}
