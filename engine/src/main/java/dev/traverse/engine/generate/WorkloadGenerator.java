package dev.traverse.engine.generate;

import static dev.traverse.engine.generate.Quantities.KI;

import dev.traverse.engine.generate.Inventory.Category;
import dev.traverse.engine.generate.Inventory.DeviceSource;
import dev.traverse.engine.generate.Inventory.Fleet;
import dev.traverse.engine.generate.Inventory.Pool;
import dev.traverse.engine.generate.Inventory.Uplink;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the workloads. Each one is first sized for an anchor pool drawn by free capacity (so requests and replicas
 * fit), then given a placement style and common constraints derived from that anchor, so that what it names exists
 * and it is mostly placeable. Firmware goes to the fleets, one rollout each; daemons run at a few sites, or at every
 * gateway for the few fleet-wide agents.
 */
final class WorkloadGenerator {

    /** A handful of agents run at every gateway; more would crowd the small boxes. */
    private static final int MAX_FLEET_DAEMONS = 3;
    private static final int DRAW_TRIES = 3;

    private final SplittableRandom rng;
    private final Inventory inventory;
    private final CapacityLedger ledger;
    private final Quantities quantities;
    private final WorkloadNamer namer;
    private final ClusterWorkloads earlier;
    private final StyleConstraints styles;
    private final CommonConstraints common;
    /** Per site, the pools a latency-bound workload may use: neither GPU nor system pools. */
    private final List<List<Integer>> localPools = new ArrayList<>();
    private final List<Integer> gatewayPools = new ArrayList<>();
    private int fleetDaemons;

    WorkloadGenerator(SplittableRandom rng, Inventory inventory, Quantities quantities) {
        this.rng = rng;
        this.inventory = inventory;
        this.quantities = quantities;
        this.ledger = new CapacityLedger(inventory.pools());
        this.namer = new WorkloadNamer(rng);
        this.earlier = new ClusterWorkloads(inventory.clusterCount());
        this.styles = new StyleConstraints(rng, inventory, ledger, earlier);
        this.common = new CommonConstraints(rng, quantities, earlier, inventory);
        for (Inventory.SiteInfo site : inventory.sites()) {
            List<Integer> local = new ArrayList<>();
            for (int id : site.pools()) {
                Pool p = inventory.pool(id);
                if (p.category() == Category.GENERAL || p.category() == Category.EDGE) {
                    local.add(id);
                }
                if (p.role() == PoolRole.GATEWAY) {
                    gatewayPools.add(id);
                }
            }
            localPools.add(local);
        }
    }

    List<Workload> generate(int count) {
        WorkloadKind[] kinds = KindMix.plan(count, inventory.fleets().size(), rng);
        Iterator<Fleet> fleets = inventory.fleets().iterator();
        List<Workload> workloads = new ArrayList<>(count);
        for (WorkloadKind kind : kinds) {
            WorkloadDraft d = switch (kind) {
                case FIRMWARE -> firmware(fleets.next());
                case DAEMON -> daemon();
                default -> placed(kind);
            };
            workloads.add(d.build());
        }
        return workloads;
    }

    private WorkloadDraft placed(WorkloadKind kind) {
        boolean gpu = wantsGpu(kind);
        WorkloadNamer.Name name = namer.next(kind, gpu && (kind == WorkloadKind.JOB || Draw.chance(rng, 0.3)));
        WorkloadDraft d = new WorkloadDraft(name.name(), kind);
        d.image = namer.image(name);
        d.replicas = ReplicaCounts.draw(kind, gpu, rng);
        PlacementStyle style = PlacementStyle.draw(kind, gpu, rng);

        Sized sized = null;
        if (style == PlacementStyle.LATENCY) {
            sized = latencyBound(d);
            if (sized == null) {
                style = PlacementStyle.FREE;
            }
        }
        if (sized == null && gpu) {
            sized = sizeForGpu(d);
        }
        if (sized == null) {
            sized = sizeOn(category(kind), kind, d);
        }
        if (sized == null) {
            return unanchored(d, name.domain());
        }
        Pool anchor = sized.pool();
        d.resources = withStorage(sized.size(), anchor, kind);
        PlacementStyle applied = style == PlacementStyle.LATENCY ? style : styles.apply(d, style, anchor, sized.size());
        common.apply(d, anchor, applied, name.domain());
        earlier.add(anchor.cluster(), d.name, confined(d, applied));
        return d;
    }

    private record Sized(Pool pool, RequestSizes.Size size) {
    }

    private boolean wantsGpu(WorkloadKind kind) {
        double chance = switch (kind) {
            case AI_MODEL -> 0.6;
            case JOB -> 0.08;
            default -> 0;
        };
        return chance > 0 && ledger.hasAny(Category.GPU) && Draw.chance(rng, chance);
    }

    private Category category(WorkloadKind kind) {
        double edge = switch (kind) {
            case SERVICE -> 0.10;
            case AI_MODEL -> 0.25;
            default -> 0;
        };
        return Draw.chance(rng, edge) ? Category.EDGE : Category.GENERAL;
    }

    /** A pool drawn from the category, then from the others that suit any container; -1 when all are full. */
    private int draw(Category wanted) {
        for (Category c : new Category[] {wanted, Category.GENERAL, Category.EDGE}) {
            int id = ledger.draw(c, rng);
            if (id >= 0) {
                return id;
            }
        }
        return -1;
    }

    /** Sizes a CPU workload on a drawn pool, shrinking the request before trying another pool. */
    private Sized sizeOn(Category category, WorkloadKind kind, WorkloadDraft d) {
        int tier = RequestSizes.tier(kind, rng);
        int id = -1;
        for (int attempt = 0; attempt < DRAW_TRIES; attempt++) {
            id = draw(category);
            if (id < 0) {
                return null;
            }
            Sized s = fit(inventory.pool(id), tier, d.replicas);
            if (s != null) {
                ledger.take(id, s.size().cpuMilli(), s.size().memoryBytes(), 0, d.replicas);
                return s;
            }
        }
        return squeeze(inventory.pool(id), d);
    }

    private Sized fit(Pool pool, int tier, int replicas) {
        for (int t = tier; t >= 0; t = RequestSizes.smaller(t)) {
            RequestSizes.Size size = RequestSizes.size(t, pool);
            if (ledger.fits(pool.id(), size.cpuMilli(), size.memoryBytes(), 0, replicas)) {
                return new Sized(pool, size);
            }
        }
        return null;
    }

    /** Everything is full: fewer replicas of the smallest size, and past capacity if need be (mostly placeable). */
    private Sized squeeze(Pool pool, WorkloadDraft d) {
        RequestSizes.Size size = RequestSizes.size(1, pool);
        while (d.replicas > 1 && !ledger.fits(pool.id(), size.cpuMilli(), size.memoryBytes(), 0, d.replicas)) {
            d.replicas--;
        }
        ledger.take(pool.id(), size.cpuMilli(), size.memoryBytes(), 0, d.replicas);
        return new Sized(pool, size);
    }

    private Sized sizeForGpu(WorkloadDraft d) {
        for (int attempt = 0; attempt < DRAW_TRIES; attempt++) {
            int id = ledger.draw(Category.GPU, rng);
            if (id < 0) {
                return null;
            }
            Pool pool = inventory.pool(id);
            RequestSizes.Size size = RequestSizes.gpu(pool, rng);
            int replicas = d.replicas;
            while (replicas > 1 && !ledger.fits(id, size.cpuMilli(), size.memoryBytes(), size.gpus(), replicas)) {
                replicas--;
            }
            if (ledger.fits(id, size.cpuMilli(), size.memoryBytes(), size.gpus(), replicas)) {
                d.replicas = replicas;
                ledger.take(id, size.cpuMilli(), size.memoryBytes(), size.gpus(), replicas);
                return new Sized(pool, size);
            }
        }
        return null;
    }

    /**
     * Binds the workload to a device group and anchors it where the bound can be met: mostly at the group's own
     * site, otherwise in the region the site uplinks to, with a bound a little above the path's latency.
     */
    private Sized latencyBound(WorkloadDraft d) {
        List<DeviceSource> sources = inventory.deviceSources();
        if (sources.isEmpty()) {
            return null;
        }
        DeviceSource source = Draw.one(rng, sources);
        List<Integer> local = localPools.get(source.site());
        Uplink uplink = inventory.uplink(source.site());
        List<Integer> regional = uplink == null ? List.of() : localPools.get(uplink.site());
        Pool anchor;
        double maxMs;
        if (!local.isEmpty() && (regional.isEmpty() || Draw.chance(rng, 0.8))) {
            anchor = inventory.pool(Draw.one(rng, local));
            maxMs = source.linkMs() + Draw.between(rng, 2.0, 8.0);
        } else if (!regional.isEmpty()) {
            anchor = inventory.pool(Draw.one(rng, regional));
            maxMs = source.linkMs() + uplink.ms() + Draw.between(rng, 5.0, 15.0);
        } else {
            return null;
        }
        d.latency = new LatencyBound(source.ref(), Math.ceil(maxMs));
        d.replicas = Math.min(d.replicas, 2);
        Sized s = fit(anchor, RequestSizes.tier(d.kind, rng), d.replicas);
        if (s == null) {
            s = new Sized(anchor, RequestSizes.size(1, anchor));
        }
        ledger.take(anchor.id(), s.size().cpuMilli(), s.size().memoryBytes(), 0, d.replicas);
        return s;
    }

    private WorkloadDraft daemon() {
        WorkloadNamer.Name name = namer.next(WorkloadKind.DAEMON, false);
        WorkloadDraft d = new WorkloadDraft(name.name(), WorkloadKind.DAEMON);
        d.image = namer.image(name);
        Pool anchor;
        RequestSizes.Size size;
        if (fleetDaemons < MAX_FLEET_DAEMONS && !gatewayPools.isEmpty() && Draw.chance(rng, 0.3)) {
            // an agent on every gateway of the fleet: one per site, wherever a gateway is
            fleetDaemons++;
            anchor = inventory.pool(gatewayPools.get(0));
            size = RequestSizes.size(0, anchor);
            d.nodeSelector.put(PoolRole.LABEL, PoolRole.GATEWAY.label());
            for (int id : gatewayPools) {
                ledger.take(id, size.cpuMilli(), size.memoryBytes(), 0, 1);
            }
        } else {
            int id = draw(ledger.hasAny(Category.EDGE) && Draw.chance(rng, 0.6) ? Category.EDGE : Category.GENERAL);
            if (id < 0) {
                return unanchored(d, name.domain());
            }
            anchor = inventory.pool(id);
            size = RequestSizes.size(RequestSizes.tier(WorkloadKind.DAEMON, rng), anchor);
            d.affinity.add(new AffinityTerm(daemonSites(anchor, size), List.of(), List.of(), Map.of(), null, null,
                    null));
        }
        d.resources = quantities.resources(size.cpuMilli(), size.memoryBytes(), 0, 0);
        if (Draw.chance(rng, 0.3)) {
            // node agents tolerate every taint so that no node goes unwatched
            d.tolerations.add(new Toleration(null, TolerationOperator.EXISTS, null, null));
        }
        if (Draw.chance(rng, 0.5)) {
            d.arch.addAll(List.of(Arch.AMD64, Arch.ARM64));
        }
        d.priority = Draw.chance(rng, 0.5) ? 1000 : 0;
        common.labels(d, name.domain());
        return d;
    }

    /** The anchor's site and up to two more of the same kind, charged one replica each. */
    private List<String> daemonSites(Pool anchor, RequestSizes.Size size) {
        List<Integer> siteIds = new ArrayList<>();
        siteIds.add(anchor.site());
        ledger.take(anchor.id(), size.cpuMilli(), size.memoryBytes(), 0, 1);
        int more = Draw.between(rng, 0, 2);
        for (int i = 0; i < more; i++) {
            int id = ledger.draw(anchor.category(), rng);
            if (id < 0) {
                break;
            }
            Pool p = inventory.pool(id);
            boolean sameKind = inventory.site(p.site()).kind() == inventory.site(anchor.site()).kind();
            if (sameKind && !siteIds.contains(p.site())) {
                siteIds.add(p.site());
                ledger.take(id, size.cpuMilli(), size.memoryBytes(), 0, 1);
            }
        }
        return siteIds.stream().map(s -> inventory.site(s).name()).toList();
    }

    private WorkloadDraft firmware(Fleet fleet) {
        WorkloadDraft d = new WorkloadDraft(namer.firmware(fleet.name()), WorkloadKind.FIRMWARE);
        d.artifact = fleet.name() + "-" + namer.version() + ".bin";
        d.target = new DeviceTarget(fleet.name());
        // the image must fit beside the running one: a quarter of RAM, half of flash (A/B slots)
        long memory = Math.max(8 * KI, fleet.memoryBytes() / 4 / KI * KI);
        long storage = Math.max(16 * KI, fleet.storageBytes() / 2 / KI * KI);
        d.resources = quantities.resources(0, memory, storage, 0);
        if (Draw.chance(rng, 0.5)) {
            d.arch.add(fleet.arch());
        }
        common.labels(d, "fleet");
        return d;
    }

    /** A topology without nodes: the workload says only what it needs. */
    private WorkloadDraft unanchored(WorkloadDraft d, String domain) {
        d.resources = quantities.resources(100, 128 * Quantities.MI, 0, 0);
        common.labels(d, domain);
        return d;
    }

    private Resources withStorage(RequestSizes.Size size, Pool anchor, WorkloadKind kind) {
        long storage = kind != WorkloadKind.DAEMON && Draw.chance(rng, 0.1) ? RequestSizes.storage(anchor, rng) : 0;
        return quantities.resources(size.cpuMilli(), size.memoryBytes(), storage, size.gpus());
    }

    /** Whether the workload can only run in its anchor's cluster, so that others may require to be beside it. */
    private static boolean confined(WorkloadDraft d, PlacementStyle applied) {
        if (applied == PlacementStyle.NODE_AFFINITY) {
            return true;
        }
        if (applied != PlacementStyle.CLUSTER_AFFINITY) {
            return false;
        }
        AffinityTerm term = d.affinity.get(d.affinity.size() - 1);
        return term.isRequired() && term.clusters().size() == 1;
    }
}
