package dev.traverse.engine.placement;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The workloads of a tiny topology: 1-4 services with 2-6 replicas in all, with requests near the hosts' sizes and a
 * mix of arch, node selectors, tolerations, required and preferred terms, spread, latency bounds, pins and
 * priorities. Host constraints are mostly drawn from a host of the estate, so that some host meets each of them
 * alone and the hard part is meeting them all at once. Required affinity names only workloads listed earlier: a cycle
 * of required affinities between workloads can never be met one replica at a time, as Kubernetes schedules them.
 */
final class TinyWorkloads {

    static final int MAX_REPLICAS = 6;

    private TinyWorkloads() {
    }

    static List<Workload> draw(Choices c, TinyEstate estate) {
        int count = 1 + c.pick(4);
        int total = Math.max(count, 2 + c.pick(MAX_REPLICAS - 1));
        int[] replicas = new int[count];
        Arrays.fill(replicas, 1);
        for (int extra = total - count; extra > 0; extra--) {
            replicas[c.pick(count)]++;
        }
        List<Workload> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(workload(c, estate, i, count, replicas[i]));
        }
        return out;
    }

    private static Workload workload(Choices c, TinyEstate estate, int index, int count, int replicas) {
        String name = "w" + index;
        Resources requests = new Resources(Map.of(
                Resources.CPU, Quantity.parse(c.of("500m", "250m", "1", "1500m", "2")),
                Resources.MEMORY, Quantity.parse(c.of("256Mi", "512Mi", "1Gi", "2Gi"))));
        List<Arch> arch = c.oneIn(4) ? List.of(estate.someHost(c).arch()) : List.of();
        Map<String, String> selector = c.oneIn(4) ? estate.someHost(c).labels() : Map.of();
        List<Toleration> tolerations = c.of(List.<Toleration>of(),
                List.of(new Toleration("dedicated", TolerationOperator.EXISTS, null, null)),
                List.of(new Toleration("", TolerationOperator.EXISTS, null, TaintEffect.PREFER_NO_SCHEDULE)));
        List<AffinityTerm> affinity = new ArrayList<>();
        if (index > 0 && c.oneIn(3)) {
            affinity.add(AffinityTerm.toWorkload("w" + c.pick(index), c.of(TopologyKey.NODE, TopologyKey.ZONE,
                    TopologyKey.SITE)));
        }
        if (c.oneIn(5)) {
            affinity.add(AffinityTerm.toWorkload(name, c.of(TopologyKey.ZONE, TopologyKey.SITE)));
        }
        if (c.oneIn(6)) {
            affinity.add(siteTerm(estate.someHost(c).site().name(), null));
        }
        if (c.oneIn(4)) {
            affinity.add(siteTerm(estate.someHost(c).site().name(), c.of(20, 80)));
        }
        List<AffinityTerm> antiAffinity = new ArrayList<>();
        if (c.oneIn(4)) {
            antiAffinity.add(AffinityTerm.toWorkload(name, c.of(TopologyKey.NODE, TopologyKey.NODE, TopologyKey.ZONE,
                    TopologyKey.SITE)));
        }
        if (count > 1 && c.oneIn(5)) {
            int other = (index + 1 + c.pick(count - 1)) % count;
            antiAffinity.add(AffinityTerm.toWorkload("w" + other, c.of(TopologyKey.NODE, TopologyKey.SITE)));
        }
        List<SpreadConstraint> spread = c.of(List.<SpreadConstraint>of(), List.of(),
                List.of(new SpreadConstraint(TopologyKey.NODE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE)),
                List.of(new SpreadConstraint(TopologyKey.ZONE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE)),
                List.of(new SpreadConstraint(TopologyKey.NODE, 1, WhenUnsatisfiable.SCHEDULE_ANYWAY)),
                List.of(new SpreadConstraint(TopologyKey.SITE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE)));
        LatencyBound latency = c.oneIn(4)
                ? new LatencyBound(estate.someHost(c).site().name(), c.of(50.0, 10.0, 0.0)) : null;
        List<Pin> pins = c.oneIn(5) ? List.of(new Pin(c.pick(replicas), estate.someHost(c).name())) : List.of();
        return new Workload(name, WorkloadKind.SERVICE, "example.com/" + name + ":1", null, replicas,
                c.oneIn(4) ? 1 : 0, requests, Resources.NONE, arch, List.of(), null, null, selector, tolerations,
                affinity, antiAffinity, spread, latency, List.of(), null, List.of(), null, pins, Map.of());
    }

    /** A term naming one site: required when {@code preferred} is null. */
    private static AffinityTerm siteTerm(String site, Integer preferred) {
        return new AffinityTerm(List.of(site), List.of(), List.of(), Map.of(), null, null, preferred);
    }
}
