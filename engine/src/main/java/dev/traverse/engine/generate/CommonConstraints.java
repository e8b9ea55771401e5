package dev.traverse.engine.generate;

import dev.traverse.engine.generate.Inventory.Pool;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.WorkloadKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The constraints that go on top of any placement style without contradicting it: architectures (always including
 * the anchor's), tolerations for the anchor's taints, anti-affinity to itself (only when the anchor has a node per
 * replica), topology spread, priority, limits, and the usual labels.
 */
final class CommonConstraints {

    static final Toleration GPU_EXISTS = new Toleration("nvidia.com/gpu", TolerationOperator.EXISTS, null,
            TaintEffect.NO_SCHEDULE);
    static final Toleration GPU_EQUAL = new Toleration("nvidia.com/gpu", TolerationOperator.EQUAL, "true",
            TaintEffect.NO_SCHEDULE);
    static final Toleration SPOT = new Toleration("traverse.dev/spot", TolerationOperator.EXISTS, null,
            TaintEffect.PREFER_NO_SCHEDULE);
    static final Toleration UNREACHABLE = new Toleration("node.kubernetes.io/unreachable", TolerationOperator.EXISTS,
            null, TaintEffect.NO_EXECUTE);
    private static final int[] PRIORITIES = {0, 100, 1000, 100_000};
    private static final double[] PRIORITY_WEIGHTS = {86, 5, 7, 2};

    private final SplittableRandom rng;
    private final Quantities quantities;
    private final ClusterWorkloads earlier;
    private final boolean spotExists;

    CommonConstraints(SplittableRandom rng, Quantities quantities, ClusterWorkloads earlier, Inventory inventory) {
        this.rng = rng;
        this.quantities = quantities;
        this.earlier = earlier;
        this.spotExists = inventory.anyNodeLabelled(NodePools.CAPACITY_TYPE_LABEL, "spot");
    }

    void apply(WorkloadDraft d, Pool anchor, PlacementStyle style, String domain) {
        archAndOs(d, anchor);
        if (d.kind == WorkloadKind.SERVICE && anchor.runsWasm() && !style.spansClusters() && Draw.chance(rng, 0.3)) {
            d.runtime = Runtime.WASM;
        }
        tolerations(d, anchor);
        if (anchor.gpus() > 0 && Draw.chance(rng, 0.5)) {
            d.gpuModel = anchor.node().gpuModel();
        }
        antiAffinity(d, anchor, style);
        spread(d, anchor, style);
        d.priority = PRIORITIES[Draw.weighted(rng, PRIORITY_WEIGHTS)];
        limits(d);
        labels(d, domain);
    }

    void archAndOs(WorkloadDraft d, Pool anchor) {
        if (Draw.chance(rng, 0.3)) {
            Arch arch = anchor.node().arch();
            // multi-arch images are common; arm64-only ones are not
            if (Draw.chance(rng, 0.4) || arch == Arch.ARM64 && Draw.chance(rng, 0.5)) {
                d.arch.addAll(List.of(Arch.AMD64, Arch.ARM64));
            } else {
                d.arch.add(arch);
            }
            if (!d.arch.contains(arch)) {
                d.arch.add(arch);
            }
        }
        if (Draw.chance(rng, 0.05)) {
            d.os.add(Os.LINUX);
        }
    }

    private void tolerations(WorkloadDraft d, Pool anchor) {
        if (anchor.gpus() > 0) {
            d.tolerations.add(Draw.chance(rng, 0.6) ? GPU_EXISTS : GPU_EQUAL);
        }
        if ("spot".equals(anchor.node().labels().get(NodePools.CAPACITY_TYPE_LABEL)) && Draw.chance(rng, 0.6)) {
            d.tolerations.add(SPOT);
        }
        if (Draw.chance(rng, 0.03)) {
            d.tolerations.add(UNREACHABLE);
        }
    }

    private void antiAffinity(WorkloadDraft d, Pool anchor, PlacementStyle style) {
        boolean roomForOnePerNode = anchor.node().count() >= d.replicas;
        if (d.kind == WorkloadKind.SERVICE && d.replicas >= 2 && roomForOnePerNode && !style.namesNodes()
                && style != PlacementStyle.REPLICA_SCHEDULING && Draw.chance(rng, 0.25)) {
            Integer preferred = Draw.chance(rng, 0.5) ? null : 100;
            d.antiAffinity.add(new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), d.name, TopologyKey.NODE,
                    preferred));
        }
        boolean onDemand = "on-demand".equals(anchor.node().labels().get(NodePools.CAPACITY_TYPE_LABEL));
        if (onDemand && spotExists && Draw.chance(rng, 0.05)) {
            // keep away from spot capacity where possible
            d.antiAffinity.add(new AffinityTerm(List.of(), List.of(), List.of(),
                    Map.of(NodePools.CAPACITY_TYPE_LABEL, "spot"), null, null, 50));
        }
        if (Draw.chance(rng, 0.04)) {
            String neighbour = earlier.anyIn(anchor.cluster(), rng);
            if (neighbour != null) {
                d.antiAffinity.add(new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), neighbour,
                        TopologyKey.NODE, Draw.between(rng, 10, 60)));
            }
        }
    }

    private void spread(WorkloadDraft d, Pool anchor, PlacementStyle style) {
        if (d.replicas < 2 || style.namesNodes() || d.kind == WorkloadKind.DAEMON || !Draw.chance(rng, 0.18)) {
            return;
        }
        if (anchor.node().zone() != null && Draw.chance(rng, 0.8)) {
            d.spread.add(new SpreadConstraint(TopologyKey.ZONE, 1, Draw.chance(rng, 0.4)
                    ? WhenUnsatisfiable.DO_NOT_SCHEDULE : WhenUnsatisfiable.SCHEDULE_ANYWAY));
        } else {
            TopologyKey over = Draw.chance(rng, 0.7) ? TopologyKey.SITE : TopologyKey.CLUSTER;
            d.spread.add(new SpreadConstraint(over, Draw.between(rng, 1, 2), WhenUnsatisfiable.SCHEDULE_ANYWAY));
        }
    }

    private void limits(WorkloadDraft d) {
        if (!Draw.chance(rng, 0.4)) {
            return;
        }
        Map<String, Quantity> limits = new LinkedHashMap<>();
        long cpu = d.resources.milli(Resources.CPU);
        long memory = d.resources.whole(Resources.MEMORY);
        if (cpu > 0) {
            limits.put(Resources.CPU, quantities.cpu(cpu * 2));
        }
        if (memory > 0) {
            // memory limits equal to requests avoid OOM surprises; some teams allow bursts
            limits.put(Resources.MEMORY, quantities.bytes(Draw.chance(rng, 0.6) ? memory : memory * 2));
        }
        d.resources.get(Resources.GPU).ifPresent(g -> limits.put(Resources.GPU, g));
        d.limits = new Resources(limits);
    }

    void labels(WorkloadDraft d, String domain) {
        d.labels.put("app.kubernetes.io/name", d.name);
        d.labels.put("app.kubernetes.io/part-of", domain);
    }
}
