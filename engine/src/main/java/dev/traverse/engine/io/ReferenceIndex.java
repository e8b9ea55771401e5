package dev.traverse.engine.io;

import dev.traverse.engine.model.DeviceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a file declares (sites, clusters, node pools and members, devices, fleets, workloads) and the references
 * it makes to them. Declarations are collected while reading; references are checked once the whole file has been
 * read, so a reference may point forwards and problems name both places.
 */
final class ReferenceIndex {

    private record Declaration(SourcePosition position, String path) {
    }

    private record DeviceDeclaration(SourcePosition position, DeviceKind kind) {
    }

    private final Problems problems;
    private final Map<String, Declaration> sites = new LinkedHashMap<>();
    private final Map<String, Declaration> clusters = new LinkedHashMap<>();
    private final Map<String, String> siteOfCluster = new HashMap<>();
    /** Each site's clusters in file order: a gateway reference looks only at its own site's. */
    private final Map<String, List<String>> clustersOfSite = new HashMap<>();
    private final Map<String, Map<String, Declaration>> poolsByCluster = new HashMap<>();
    private final Map<String, Map<String, Declaration>> nodesByCluster = new HashMap<>();
    private final Map<String, Map<String, DeviceDeclaration>> deviceGroupsBySite = new HashMap<>();
    private final Map<String, Map<String, DeviceDeclaration>> devicesBySite = new HashMap<>();
    private final Map<String, Declaration> fleets = new LinkedHashMap<>();
    private final Map<String, Declaration> workloads = new LinkedHashMap<>();
    private final List<Runnable> checks = new ArrayList<>();

    ReferenceIndex(Problems problems) {
        this.problems = problems;
    }

    // ---- declarations --------------------------------------------------------------------------------------------

    void declareSite(String name, SourcePosition at, String path) {
        if (unique(name, at, path, "site", sites, clusters)) {
            sites.put(name, new Declaration(at, path));
            deviceGroupsBySite.put(name, new LinkedHashMap<>());
            devicesBySite.put(name, new LinkedHashMap<>());
        }
    }

    void declareCluster(String site, String name, SourcePosition at, String path) {
        if (unique(name, at, path, "cluster", clusters, sites)) {
            clusters.put(name, new Declaration(at, path));
            siteOfCluster.put(name, site);
            clustersOfSite.computeIfAbsent(site, k -> new ArrayList<>()).add(name);
            poolsByCluster.put(name, new LinkedHashMap<>());
            nodesByCluster.put(name, new LinkedHashMap<>());
        }
    }

    /** Site and cluster names share one namespace, so that {@code a/b} always means one thing. */
    private boolean unique(String name, SourcePosition at, String path, String what, Map<String, Declaration> same,
                           Map<String, Declaration> other) {
        Declaration first = same.containsKey(name) ? same.get(name) : other.get(name);
        if (first == null) {
            return true;
        }
        String firstWhat = same.containsKey(name) ? what : (what.equals("site") ? "cluster" : "site");
        problems.error(at, path, "duplicate name " + name + ": a " + firstWhat + " already has it"
                        + (what.equals(firstWhat) ? "" : " (sites and clusters share one set of names)"),
                new Problem.Related(first.position(), "the " + firstWhat + " " + name + " is defined here (" + first.path() + ")"));
        return false;
    }

    void declareNodePool(String cluster, String pool, List<String> members, SourcePosition at, String path) {
        Map<String, Declaration> pools = poolsByCluster.get(cluster);
        Map<String, Declaration> nodes = nodesByCluster.get(cluster);
        if (pools == null) {
            return; // the cluster itself is a duplicate or broken: already reported
        }
        Declaration first = pools.get(pool);
        if (first != null) {
            problems.error(at, path, "duplicate node name " + pool + " in cluster " + cluster,
                    new Problem.Related(first.position(), "the first " + pool + " is defined here (" + first.path() + ")"));
            return;
        }
        pools.put(pool, new Declaration(at, path));
        for (String member : members) {
            Declaration clash = nodes.get(member);
            if (clash != null) {
                problems.error(at, path, "node " + member + " of pool " + pool + " has the same name as a node in cluster "
                        + cluster, new Problem.Related(clash.position(), "the other " + member + " is defined here (" + clash.path() + ")"));
                return;
            }
        }
        members.forEach(m -> nodes.put(m, new Declaration(at, path)));
    }

    void declareDeviceGroup(String site, String group, List<String> members, DeviceKind kind, String fleet,
                            SourcePosition at, String path) {
        Map<String, DeviceDeclaration> groups = deviceGroupsBySite.get(site);
        Map<String, DeviceDeclaration> devices = devicesBySite.get(site);
        if (groups == null) {
            return;
        }
        DeviceDeclaration first = groups.get(group);
        if (first != null) {
            problems.error(at, path, "duplicate device name " + group + " at site " + site,
                    new Problem.Related(first.position(), "the first " + group + " is defined here"));
            return;
        }
        DeviceDeclaration declaration = new DeviceDeclaration(at, kind);
        groups.put(group, declaration);
        for (String member : members) {
            if (devices.containsKey(member) && !member.equals(group)) {
                problems.error(at, path, "device " + member + " of group " + group + " has the same name as another"
                        + " device at site " + site, new Problem.Related(devices.get(member).position(), "the other is here"));
                return;
            }
        }
        members.forEach(m -> devices.put(m, declaration));
        if (fleet != null) {
            fleets.putIfAbsent(fleet, new Declaration(at, path));
        }
    }

    void declareWorkload(String name, SourcePosition at, String path) {
        Declaration first = workloads.putIfAbsent(name, new Declaration(at, path));
        if (first != null) {
            problems.error(at, path, "duplicate workload name " + name,
                    new Problem.Related(first.position(), "the first " + name + " is defined here (" + first.path() + ")"));
        }
    }

    // ---- references, checked by resolve() ------------------------------------------------------------------------

    void site(String name, SourcePosition at, String path) {
        checks.add(() -> {
            if (!sites.containsKey(name)) {
                missing("site", name, at, path, sites);
            }
        });
    }

    void cluster(String name, SourcePosition at, String path) {
        checks.add(() -> {
            if (!clusters.containsKey(name)) {
                missing("cluster", name, at, path, clusters);
            }
        });
    }

    void workload(String name, SourcePosition at, String path) {
        checks.add(() -> {
            if (!workloads.containsKey(name)) {
                missing("workload", name, at, path, workloads);
            }
        });
    }

    void fleet(String name, SourcePosition at, String path) {
        checks.add(() -> {
            if (!fleets.containsKey(name)) {
                missing("fleet", name, at, path, fleets);
            }
        });
    }

    /**
     * A node ({@code cluster/node}) or device ({@code site/device}). Pool and group names stand for all their members
     * unless {@code memberOnly}.
     */
    void node(String ref, boolean memberOnly, SourcePosition at, String path) {
        checks.add(() -> checkNode(ref, memberOnly, at, path));
    }

    private void checkNode(String ref, boolean memberOnly, SourcePosition at, String path) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            problems.error(at, path, "expected a node as cluster/node or a device as site/device, got \"" + ref + "\"");
            return;
        }
        String scope = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        if (clusters.containsKey(scope)) {
            Map<String, Declaration> nodes = nodesByCluster.get(scope);
            Map<String, Declaration> pools = poolsByCluster.get(scope);
            // Looked up in both rather than in a union: a large cluster has thousands of nodes and many references.
            if (!nodes.containsKey(name) && (memberOnly || !pools.containsKey(name))) {
                Map<String, Declaration> names = memberOnly ? nodes : union(nodes, pools);
                scopedMissing("node", name, "cluster " + scope, clusters.get(scope).position(), names.keySet(), at, path);
            }
        } else if (sites.containsKey(scope)) {
            checkDevice(scope, name, memberOnly, at, path);
        } else {
            Map<String, Declaration> scopes = union(clusters, sites);
            problems.error(at, path, "no cluster or site named " + scope + " (in \"" + ref + "\")"
                    + Suggestions.hint(scope, scopes.keySet()), related("cluster and site", scope, scopes));
        }
    }

    /** A link end or latency source: a site, or a device group or member of a site ({@code site/device}). */
    void endpoint(String ref, SourcePosition at, String path) {
        checks.add(() -> {
            int slash = ref.indexOf('/');
            if (slash < 0) {
                if (!sites.containsKey(ref)) {
                    missing("site", ref, at, path, sites);
                }
            } else if (!sites.containsKey(ref.substring(0, slash))) {
                missing("site", ref.substring(0, slash), at, path, sites);
            } else {
                checkDevice(ref.substring(0, slash), ref.substring(slash + 1), false, at, path);
            }
        });
    }

    private void checkDevice(String site, String name, boolean memberOnly, SourcePosition at, String path) {
        Map<String, DeviceDeclaration> devices = devicesBySite.get(site);
        if (devices.containsKey(name) || (!memberOnly && deviceGroupsBySite.get(site).containsKey(name))) {
            return;
        }
        Set<String> candidates = new java.util.TreeSet<>(devices.keySet());
        candidates.addAll(deviceGroupsBySite.get(site).keySet());
        scopedMissing("device", name, "site " + site, sites.get(site).position(), candidates, at, path);
    }

    /**
     * A device's gateway: a node of a cluster at the same site ({@code node}, or {@code cluster/node} when two clusters
     * there have a node of that name), or a gateway device there.
     */
    void gateway(String site, String ref, SourcePosition at, String path) {
        checks.add(() -> {
            if (!sites.containsKey(site)) {
                return;
            }
            int slash = ref.indexOf('/');
            if (slash >= 0) {
                checkClusterGateway(site, ref.substring(0, slash), ref.substring(slash + 1), at, path);
                return;
            }
            List<String> matches = new ArrayList<>();
            List<String> clustersHere = clustersOfSite.getOrDefault(site, List.of());
            for (String cluster : clustersHere) {
                if (nodesByCluster.get(cluster).containsKey(ref)) {
                    matches.add(cluster + "/" + ref);
                }
            }
            DeviceDeclaration device = devicesBySite.get(site).get(ref);
            if (device != null && device.kind() == DeviceKind.GATEWAY) {
                matches.add("gateway device " + ref);
            } else if (device != null && matches.isEmpty()) {
                problems.error(at, path, "device " + ref + " is a " + device.kind() + ", not a gateway",
                        new Problem.Related(device.position(), ref + " is defined here"));
                return;
            }
            if (matches.size() > 1) {
                java.util.Collections.sort(matches);
                problems.error(at, path, "gateway " + ref + " is ambiguous at site " + site + ": it could be "
                        + String.join(" or ", matches) + "; name the node as cluster/node");
                return;
            }
            if (matches.isEmpty()) {
                List<String> candidates = new ArrayList<>();
                clustersHere.forEach(cluster -> candidates.addAll(nodesByCluster.get(cluster).keySet()));
                devicesBySite.get(site).forEach((n, d) -> {
                    if (d.kind() == DeviceKind.GATEWAY) {
                        candidates.add(n);
                    }
                });
                scopedMissing("gateway (node or gateway device)", ref, "site " + site, sites.get(site).position(),
                        candidates, at, path);
            }
        });
    }

    private void checkClusterGateway(String site, String cluster, String node, SourcePosition at, String path) {
        if (!site.equals(siteOfCluster.get(cluster))) {
            List<String> here = siteOfCluster.entrySet().stream().filter(e -> site.equals(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            problems.error(at, path, "no cluster named " + cluster + " at site " + site + Suggestions.hint(cluster, here)
                    + "; a device's gateway is at its own site" + (here.isEmpty() ? "" : ", which has "
                    + String.join(", ", here)), new Problem.Related(sites.get(site).position(),
                    "site " + site + " is defined here"));
            return;
        }
        Map<String, Declaration> nodes = nodesByCluster.get(cluster);
        if (!nodes.containsKey(node)) {
            scopedMissing("node", node, "cluster " + cluster, clusters.get(cluster).position(), nodes.keySet(), at, path);
        }
    }

    /** A layout key: a site, a cluster, {@code cluster/pool} or {@code site/device-group}; stale ones are warnings. */
    void layoutKey(String key, SourcePosition at, String path) {
        checks.add(() -> {
            int slash = key.indexOf('/');
            boolean known;
            if (slash < 0) {
                known = sites.containsKey(key) || clusters.containsKey(key);
            } else {
                String scope = key.substring(0, slash);
                String name = key.substring(slash + 1);
                known = (poolsByCluster.containsKey(scope) && poolsByCluster.get(scope).containsKey(name))
                        || (deviceGroupsBySite.containsKey(scope) && deviceGroupsBySite.get(scope).containsKey(name));
            }
            if (!known) {
                problems.warning(at, path, "layout entry for " + key + ", which the topology does not define; saving"
                        + " keeps it, delete it if it is stale");
            }
        });
    }

    /** Runs every reference check; call once the whole file has been read. */
    void resolve() {
        checks.forEach(Runnable::run);
        checks.clear();
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    private void missing(String what, String name, SourcePosition at, String path, Map<String, Declaration> known) {
        problems.error(at, path, "no " + what + " named " + name + Suggestions.hint(name, known.keySet())
                + (known.isEmpty() ? " (the file defines none)" : ""), related(what, name, known));
    }

    /** The closest name's definition, or else where the first of its kind is defined, so users see where to look. */
    private Problem.Related[] related(String what, String name, Map<String, Declaration> known) {
        return Suggestions.closest(name, known.keySet())
                .map(s -> new Problem.Related(known.get(s).position(), s + " is defined here"))
                .or(() -> known.entrySet().stream().findFirst().map(first -> new Problem.Related(
                        first.getValue().position(), "the " + what + "s are defined from here (" + String.join(", ",
                        known.keySet().stream().limit(5).toList()) + (known.size() > 5 ? ", ..." : "") + ")")))
                .map(r -> new Problem.Related[] {r})
                .orElse(new Problem.Related[0]);
    }

    private void scopedMissing(String what, String name, String scope, SourcePosition scopeAt,
                               java.util.Collection<String> candidates, SourcePosition at, String path) {
        String hint = Suggestions.hint(name, candidates);
        String some = candidates.isEmpty() ? "it has none" : "it has " + candidates.stream().limit(8)
                .collect(Collectors.joining(", ")) + (candidates.size() > 8 ? ", ..." : "");
        problems.error(at, path, "no " + what + " named " + name + " in " + scope + hint + "; " + some,
                new Problem.Related(scopeAt, scope + " is defined here"));
    }

    private static <V> Map<String, V> union(Map<String, V> a, Map<String, V> b) {
        Map<String, V> all = new LinkedHashMap<>(a);
        b.forEach(all::putIfAbsent);
        return all;
    }
}
