package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.PlaceMemo;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the group filters' answers for one problem depend on, as {@link dev.traverse.engine.placement.framework.GroupFilter}
 * states it: per demand its workload and latency source, per group its own attributes and where its members are, and
 * for all of them the links and resource names. Two runs whose inputs for a demand and a group are equal get the
 * same answer for them.
 */
final class GroupFilterInputs {

    /** What every answer depends on. */
    record Shared(List<Link> links, List<String> resourceNames) {
    }

    /**
     * A group's own attributes: its site and cluster without their pools and devices (an edit elsewhere in them
     * changes nothing here), its pool or device group, and the latency endpoint of each member.
     */
    record GroupInputs(Site site, Cluster cluster, Node node, Device device, List<String> latencyEndpoints) {
    }

    /** A demand's workload and the latency endpoint its bound is measured from (null without a bound). */
    record DemandInputs(Workload workload, String latencySource) {
    }

    /**
     * Everything but the demands: it depends on the problem's places alone, so runs whose problems share their groups
     * ({@link dev.traverse.engine.placement.problem.ProblemCompiler} keeps them across edits of workloads) share this
     * too ({@link PlaceMemo}), and a memo of one such run answers for the next without comparing group by group.
     */
    static final class Places {
        private final Shared shared;
        private final List<String> groupNames;
        private final List<GroupInputs> groups;
        private final Map<String, Integer> groupByName;

        private Places(Problem problem) {
            List<String> resources = new ArrayList<>(problem.dimensions().size());
            for (int d = 0; d < problem.dimensions().size(); d++) {
                resources.add(problem.dimensions().name(d));
            }
            this.shared = new Shared(problem.topology().links(), List.copyOf(resources));
            Map<Site, Site> siteAlone = new IdentityHashMap<>();
            Map<Cluster, Cluster> clusterAlone = new IdentityHashMap<>();
            List<String> names = new ArrayList<>(problem.groups().size());
            List<GroupInputs> inputs = new ArrayList<>(problem.groups().size());
            for (HostGroup g : problem.groups()) {
                List<String> endpoints = new ArrayList<>(g.size());
                for (int h = g.firstHost(); h < g.lastHostExclusive(); h++) {
                    endpoints.add(problem.latency().name(problem.hostLatency()[h]));
                }
                names.add((g.isDevice() ? "device group " : "node pool ") + g.name());
                inputs.add(new GroupInputs(siteAlone.computeIfAbsent(g.site(), GroupFilterInputs::withoutContent),
                        g.cluster() == null ? null : clusterAlone.computeIfAbsent(g.cluster(),
                                GroupFilterInputs::withoutNodes),
                        g.node(), g.device(), endpoints));
            }
            this.groupNames = names;
            this.groups = inputs;
            this.groupByName = new HashMap<>(names.size() * 2);
            for (int g = 0; g < names.size(); g++) {
                groupByName.putIfAbsent(names.get(g), g);
            }
        }

        /** The first group of that name, or null. */
        Integer groupNamed(String name) {
            return groupByName.get(name);
        }
    }

    private static final PlaceMemo.Key<Places> PLACES = new PlaceMemo.Key<>();

    private final Places places;
    private final List<DemandInputs> demands;

    private GroupFilterInputs(Places places, List<DemandInputs> demands) {
        this.places = places;
        this.demands = demands;
    }

    static GroupFilterInputs of(Problem problem) {
        Places places = problem.fromPlaces(PLACES, Places::new);
        List<DemandInputs> demands = new ArrayList<>(problem.demands().size());
        for (Demand d : problem.demands()) {
            demands.add(new DemandInputs(d.workload(),
                    d.latencySource() < 0 ? null : problem.latency().name(d.latencySource())));
        }
        return new GroupFilterInputs(places, demands);
    }

    private static Site withoutContent(Site s) {
        return new Site(s.name(), s.kind(), s.provider(), s.region(), s.jurisdiction(), s.carbonIntensity(),
                s.labels(), List.of(), List.of());
    }

    private static Cluster withoutNodes(Cluster c) {
        return new Cluster(c.name(), c.distribution(), c.context(), c.labels(), List.of());
    }

    Places places() {
        return places;
    }

    Shared shared() {
        return places.shared;
    }

    int groupCount() {
        return places.groups.size();
    }

    /** A name that tells the group apart from every other group of the problem (pools and devices may share one). */
    String groupName(int group) {
        return places.groupNames.get(group);
    }

    GroupInputs group(int group) {
        return places.groups.get(group);
    }

    int demandCount() {
        return demands.size();
    }

    DemandInputs demand(int demand) {
        return demands.get(demand);
    }
}
