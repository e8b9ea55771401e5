package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lower bound on the opening charges ({@code cost}, {@code consolidation}) and the {@code balance} objective
 * together, for every placement of the placed replicas: opening charges pack replicas onto few hosts while balance
 * spreads them, so their best cases differ and bounds on each alone add up to far less than any placement pays.
 *
 * <p>On one host, in one resource {@code k} of capacity {@code C}, balance adds at least
 * {@code (1/C) ∫ m_s (m_s + 1) / 2 ds}, {@code m_s} being how many of the host's replicas request more than
 * {@code s} of it (see {@link UtilisationBound}). With the distinct requests {@code s_1 < ... < s_Q} of the replicas
 * this is {@code Σ_q Δ_q (m_q² + m_q) / 2C}, {@code Δ_q = s_q − s_{q−1}} and {@code m_q} the replicas requesting
 * at least {@code s_q}. A host in use also pays its opening charge. So any placement pays at least
 * {@code Σ_h [c_h·[h used] + w Σ_q Δ_q (m_hq² + m_hq) / 2C_h]} with {@code Σ_h m_hq = N_q}: the replicas of each
 * band are all placed somewhere. Relaxing that constraint with a multiplier {@code μ_q} per band (Lagrangian
 * relaxation) gives, for every choice of multipliers, a lower bound that splits into one small problem per host:
 * {@code Σ_q Δ_q μ_q N_q + Σ_h min(0, c_h + Σ_q Δ_q min_m (w (m² + m) / 2C_h − μ_q m))}, m an integer from 0 to
 * the most such replicas a member holds. Any multipliers give a valid bound; they are searched for a good one.
 *
 * <p>Host groups that no class of replicas links form components, bounded apart (no host is in two). Within one, a
 * replica is first let go to any group of the component that can hold its request (a relaxation, so still valid),
 * in the resource whose prices give most; then each pool of replicas with the same places gets its own prices, a
 * multiple of those, so that replicas allowed only on dear members count dear (see {@link PoolScales}). A component
 * of a few pools is also bounded pool by pool, each pool's restrictions exact and each host's charge split between
 * the pools that may use it. The best of these counts.
 *
 * <p>Work: per resource, a few dozen evaluations per line search over the component's distinct member shapes and
 * requests (a band's own search sums the other bands once per shape, so each price tried reads one band); then one
 * search per pool over its groups, skipped where the dual, concave in the pool's scale, does not rise from where the
 * scale is. About 20 ms at 5,000 replicas and 0.1 s at 50,000 before those two savings, which halve it.
 */
final class PackingBalanceBound {

    /** Golden-section steps per one-dimensional search. */
    private static final int STEPS = 30;
    /**
     * Fewer for the scale of each pool, and for choosing the resource: there are hundreds of pools, and five or more
     * resources, and each search gains little past these.
     */
    private static final int QUICK_STEPS = 20;
    /** Pools allowed on more groups than this keep the component's prices (see {@link PoolScales}). */
    private static final int WIDEST_POOL = 16;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    /**
     * Components with more distinct places than this are not also bounded pool by pool: on generated estates the
     * charges split between hundreds of pools leave each too little to beat the component's own bound, at several
     * times its cost.
     */
    private static final int MOST_POOLS = 32;

    private final PlacedReplicas placed;
    private final Problem problem;
    private final double[] charge;
    private final double balanceFactor;
    /**
     * Per group, its place among the groups of the classes {@link #best} is bounding, or -1: the arrays of that
     * bound hold those groups alone, not every group of the estate (hundreds of small components, five or more
     * resources each, made arrays over every group most of a preview's garbage).
     */
    private final int[] slot;
    /** The groups {@link #best} is bounding, ascending; {@code slot} gives each one's place here. */
    private int[] current = new int[0];

    private PackingBalanceBound(PlacedReplicas placed, double[] charge, double balanceFactor) {
        this.placed = placed;
        this.problem = placed.problem();
        this.charge = charge;
        this.balanceFactor = balanceFactor;
        this.slot = new int[problem.groups().size()];
        Arrays.fill(slot, -1);
    }

    /**
     * @param charge        per group, what opening one of its members costs in the objective, weighted; never negative
     * @param balanceFactor the balance objective's factor (weight over scale), above 0
     * @return a lower bound on the weighted balance total plus the opening charges of the hosts in use
     */
    static double of(PlacedReplicas placed, double[] charge, double balanceFactor) {
        return new PackingBalanceBound(placed, charge, balanceFactor).total();
    }

    private double total() {
        Map<Integer, List<ReplicaClass>> components = components();
        double total = 0;
        for (List<ReplicaClass> component : components.values()) {
            total += Math.max(best(component, charge), byPlaces(component));
        }
        return total;
    }

    /**
     * The best bound over the resources, each replica let go to any group of the component that can hold it; then,
     * in the resource that gave it, prices raised pool by pool where the pools' own places are dearer.
     */
    private double best(List<ReplicaClass> classes, double[] charges) {
        BitSet union = new BitSet();
        for (ReplicaClass c : classes) {
            union.or(groupsOf(c));
        }
        current = union.stream().toArray();
        for (int i = 0; i < current.length; i++) {
            slot[current[i]] = i;
        }
        try {
            return bestOfCurrent(classes, charges);
        } finally {
            for (int g : current) {
                slot[g] = -1;
            }
        }
    }

    /** {@link #best} once {@link #current} holds the groups of {@code classes}. */
    private double bestOfCurrent(List<ReplicaClass> classes, double[] charges) {
        List<Priced> candidates = new ArrayList<>();
        for (int k = 0; k < problem.dimensions().size(); k++) {
            Priced priced = component(classes, k, charges);
            if (priced != null) {
                candidates.add(priced);
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        // A common price tells the resources apart roughly; band prices then decide between the two best.
        candidates.sort((a, b) -> Double.compare(b.value(), a.value()));
        Priced best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Priced candidate : candidates.subList(0, Math.min(2, candidates.size()))) {
            double value = candidate.dual().bands();
            if (value > bestValue) {
                bestValue = value;
                best = candidate;
            }
        }
        double banded = best.dual().refine();
        double pooled = new PoolScales(best).maximise();
        return Math.max(banded, pooled);
    }

    /**
     * The classes of a component split into pools of the same places, each bounded with its restrictions exact: a
     * pool's balance on a host is at most the host's (dropping replicas only lowers it), and a host's opening charge
     * is split between the pools that may use it, in proportion to their replicas, so it is counted once at most.
     */
    private double byPlaces(List<ReplicaClass> component) {
        Map<BitSet, List<ReplicaClass>> pools = new LinkedHashMap<>();
        for (ReplicaClass c : component) {
            pools.computeIfAbsent(groupsOf(c), x -> new ArrayList<>()).add(c);
        }
        if (pools.size() == 1 || pools.size() > MOST_POOLS) {
            return 0; // one pool: the component's own bound keeps its restrictions; many: too slow for what it adds
        }
        double[] replicasNear = new double[problem.groups().size()];
        Map<BitSet, Double> sizes = new LinkedHashMap<>();
        pools.forEach((set, classes) -> {
            double replicas = classes.stream().mapToDouble(ReplicaClass::count).sum();
            sizes.put(set, replicas);
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                replicasNear[g] += replicas;
            }
        });
        double total = 0;
        double[] share = new double[problem.groups().size()];
        for (Map.Entry<BitSet, List<ReplicaClass>> pool : pools.entrySet()) {
            BitSet set = pool.getKey();
            double replicas = sizes.get(set);
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                share[g] = charge[g] * replicas / replicasNear[g];
            }
            total += best(pool.getValue(), share);
        }
        return total;
    }

    /** The groups a class's replicas may use: its own, or its one host's. */
    private BitSet groupsOf(ReplicaClass c) {
        if (c.isPinned()) {
            BitSet one = new BitSet();
            one.set(problem.hostGroup()[c.host()]);
            return one;
        }
        return c.groups();
    }

    /** The classes of each component of groups linked by a class allowed in both, by a representative group. */
    private Map<Integer, List<ReplicaClass>> components() {
        int[] parent = new int[problem.groups().size()];
        Arrays.setAll(parent, g -> g);
        Map<BitSet, Boolean> seen = new LinkedHashMap<>();
        for (ReplicaClass c : placed.classes()) {
            BitSet set = groupsOf(c);
            if (seen.put(set, Boolean.TRUE) == null) {
                int first = set.nextSetBit(0);
                for (int g = set.nextSetBit(first + 1); g >= 0; g = set.nextSetBit(g + 1)) {
                    GroupComponents.union(parent, first, g);
                }
            }
        }
        Map<Integer, List<ReplicaClass>> out = new TreeMap<>();
        for (ReplicaClass c : placed.classes()) {
            BitSet set = groupsOf(c);
            if (!set.isEmpty()) {
                int root = GroupComponents.find(parent, set.nextSetBit(0));
                out.computeIfAbsent(root, x -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** A component's classes priced in one resource: its bands, members, the best prices found and their value. */
    private record Priced(List<ReplicaClass> classes, int k, Bands bands, HostShape[] shapeAt, Dual dual,
                          double value) {
    }

    /** The Lagrangian bound of one component in resource k; null when none of its replicas requests it. */
    private Priced component(List<ReplicaClass> classes, int k, double[] charges) {
        // Per distinct request: how many replicas; per group: the largest request of a class that may use it.
        TreeMap<Long, Long> perRequest = new TreeMap<>();
        Map<BitSet, Long> largestPerSet = new LinkedHashMap<>();
        for (ReplicaClass c : classes) {
            long request = problem.demands().get(c.demand()).request()[k];
            if (request > 0) {
                perRequest.merge(request, (long) c.count(), Long::sum);
                largestPerSet.merge(groupsOf(c), request, Math::max);
            }
        }
        if (perRequest.isEmpty()) {
            return null;
        }
        // by place among the current groups
        long[] largest = new long[current.length];
        largestPerSet.forEach((set, request) -> {
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                largest[slot[g]] = Math.max(largest[slot[g]], request);
            }
        });
        Bands bands = new Bands(perRequest);
        HostShape[] shapeAt = new HostShape[largest.length];
        List<HostShape> shapes = shapes(largest, k, bands, charges, shapeAt);
        Dual dual = new Dual(bands, shapes);
        return new Priced(classes, k, bands, shapeAt, dual, dual.start());
    }

    /** Group {@code g}'s shape in {@code priced}, or null when it takes no load there (or is not a current group). */
    private HostShape shapeOf(Priced priced, int g) {
        int at = slot[g];
        return at < 0 ? null : priced.shapeAt()[at];
    }

    /** The component's groups that may take load in resource k, alike ones merged: what the dual reads of them. */
    private List<HostShape> shapes(long[] largest, int k, Bands bands, double[] charges, HostShape[] shapeAt) {
        Map<List<Object>, HostShape> merged = new LinkedHashMap<>();
        for (int i = 0; i < largest.length; i++) {
            int g = current[i];
            HostGroup group = problem.groups().get(g);
            long capacity = group.capacity()[k];
            if (largest[i] == 0 || capacity <= 0) {
                continue;
            }
            List<Object> key = List.of(capacity, charges[g], largest[i]);
            HostShape shape = merged.get(key);
            if (shape == null) {
                long[] most = new long[bands.size()];
                for (int q = 0; q < most.length; q++) {
                    most[q] = bands.request(q) <= largest[i] ? capacity / bands.request(q) : 0;
                }
                shape = new HostShape(balanceFactor / (2.0 * capacity), charges[g], most);
                merged.put(key, shape);
            }
            shape.members += group.size();
            shapeAt[i] = shape;
        }
        return new ArrayList<>(merged.values());
    }

    /** Distinct requests ascending: band q holds the replicas requesting at least its request. */
    private static final class Bands {
        private final long[] request;
        private final double[] width;
        private final long[] replicas;

        Bands(TreeMap<Long, Long> perRequest) {
            int n = perRequest.size();
            request = new long[n];
            width = new double[n];
            replicas = new long[n];
            int q = 0;
            for (Map.Entry<Long, Long> e : perRequest.entrySet()) {
                request[q] = e.getKey();
                width[q] = e.getKey() - (q == 0 ? 0 : request[q - 1]);
                replicas[q] = e.getValue();
                q++;
            }
            for (q = n - 2; q >= 0; q--) {
                replicas[q] += replicas[q + 1];
            }
        }

        int size() {
            return request.length;
        }

        long request(int q) {
            return request[q];
        }
    }

    /**
     * Members alike in what the dual reads: w / 2C, the opening charge, and per band the most replicas of it one
     * member holds (0 where no class that may use it requests that much).
     */
    private static final class HostShape {
        final double curvature;
        final double charge;
        final long[] most;
        long members;

        HostShape(double curvature, double charge, long[] most) {
            this.curvature = curvature;
            this.charge = charge;
            this.most = most;
        }

        /** min over integer m in [0, most] of curvature (m² + m) − price m. */
        double least(int q, double price) {
            return value(minimiser(q, price), price);
        }

        private double value(long m, double price) {
            return curvature * ((double) m * m + m) - price * m;
        }

        /** The largest m minimising {@link #least}: minus the slope of {@code least} in the price, from the right. */
        private long minimiser(int q, double price) {
            double vertex = (price - curvature) / (2 * curvature);
            long cap = most[q];
            if (vertex <= 0 || cap == 0) {
                return 0;
            }
            long low = Math.min(cap, (long) Math.floor(vertex));
            long high = Math.min(cap, low + 1);
            return value(high, price) <= value(low, price) ? high : low;
        }

        /**
         * The right derivative in t of {@link #member}: each band's {@code least} falls by its price times the most
         * replicas taken at that price, and an empty member (above 0 before the minimum) stays at 0.
         */
        double slope(Bands bands, double[] prices, double t) {
            double host = charge;
            double slope = 0;
            for (int q = 0; q < prices.length; q++) {
                double price = t * prices[q];
                host += bands.width[q] * least(q, price);
                slope -= bands.width[q] * prices[q] * minimiser(q, price);
            }
            return host <= 0 ? slope : 0;
        }

        /** What one member adds to the dual at the band prices scaled by t: at most 0, when it stays empty. */
        double member(Bands bands, double[] prices, double t) {
            double host = charge;
            for (int q = 0; q < prices.length; q++) {
                host += bands.width[q] * least(q, t * prices[q]);
            }
            return Math.min(0, host);
        }
    }

    /**
     * The dual with a price per band and pool of the same places: pool P's band q at {@code t_P μ_q}. A member then
     * takes each band from the pool allowed on it that offers most, so the dual reads
     * {@code Σ_P t_P Σ_q Δ_q μ_q N_Pq + Σ_h min(0, c_h + Σ_q Δ_q min_m (w (m² + m) / 2C_h − T_h μ_q m))}, T_h the
     * largest t of the pools that may use h. With every t at 1 it is the component's own dual; raising a pool's t
     * counts its replicas dearer where only dear members may take them. Concave in each t: searched pool by pool,
     * from 1 up, for pools on at most {@link #WIDEST_POOL} groups.
     */
    private final class PoolScales {
        private final Priced priced;
        private final double[] prices;
        /** Per pool: its groups that take load in the resource, and its replicas' worth at the base prices. */
        private final List<int[]> poolGroups = new ArrayList<>();
        private final List<Double> worth = new ArrayList<>();
        /** Per group: the pools that may use it. */
        private final Map<Integer, List<Integer>> poolsOf = new LinkedHashMap<>();
        private double[] scale;
        private double top;
        /**
         * Per current group (by its place, see {@code slot}): the largest scale of the pools that may use it, which
         * pool has it, and the next largest.
         */
        private double[] first;
        private double[] second;
        private int[] firstPool;

        PoolScales(Priced priced) {
            this.priced = priced;
            this.prices = priced.dual().price;
            int k = priced.k();
            Map<BitSet, long[]> perPool = new LinkedHashMap<>();
            long[] requests = priced.bands().request;
            for (ReplicaClass c : priced.classes()) {
                long request = problem.demands().get(c.demand()).request()[k];
                if (request > 0) {
                    long[] counts = perPool.computeIfAbsent(groupsOf(c), x -> new long[requests.length]);
                    counts[Arrays.binarySearch(requests, request)] += c.count();
                }
            }
            perPool.forEach((set, counts) -> {
                double value = 0;
                long atLeast = 0;
                for (int q = counts.length - 1; q >= 0; q--) {
                    atLeast += counts[q];
                    value += priced.bands().width[q] * prices[q] * atLeast;
                }
                List<Integer> groups = new ArrayList<>();
                for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                    if (shapeOf(priced, g) != null) {
                        groups.add(g);
                        poolsOf.computeIfAbsent(g, x -> new ArrayList<>()).add(worth.size());
                    }
                }
                poolGroups.add(groups.stream().mapToInt(Integer::intValue).toArray());
                worth.add(value);
            });
            for (int q = 0; q < prices.length; q++) {
                if (prices[q] > 0) {
                    top = Math.max(top, priced.dual().ceiling[q] / prices[q]);
                }
            }
        }

        double maximise() {
            scale = new double[worth.size()];
            Arrays.fill(scale, 1);
            if (top <= 1 || scale.length < 2) {
                return value();
            }
            int groups = current.length;
            first = new double[groups];
            second = new double[groups];
            firstPool = new int[groups];
            Arrays.fill(firstPool, -1);
            poolsOf.forEach((g, pools) -> {
                first[slot[g]] = 1;
                firstPool[slot[g]] = pools.get(0);
                second[slot[g]] = pools.size() > 1 ? 1 : 0;
            });
            for (int p = 0; p < scale.length; p++) {
                // A pool whose places are wide has cheap members among them: searching its scale gains little.
                if (poolGroups.get(p).length <= WIDEST_POOL) {
                    improve(p);
                }
            }
            return value();
        }

        /** The dual at the current scales, worked out afresh. */
        private double value() {
            double total = 0;
            for (int p = 0; p < scale.length; p++) {
                total += scale[p] * worth.get(p);
            }
            for (Map.Entry<Integer, List<Integer>> e : poolsOf.entrySet()) {
                HostShape shape = shapeOf(priced, e.getKey());
                double most = 0;
                for (int p : e.getValue()) {
                    most = Math.max(most, scale[p]);
                }
                total += problem.groups().get(e.getKey()).size() * shape.member(priced.bands(), prices, most);
            }
            return total;
        }

        /**
         * Whether the dual grows as the pool's scale rises from where it is: its right derivative there, the pool's
         * worth plus, on each group where no other pool offers as much, the slope of what a member adds.
         */
        private boolean rises(int pool, int[] groups, double[] others) {
            double t = scale[pool];
            double slope = worth.get(pool);
            for (int i = 0; i < groups.length; i++) {
                if (others[i] <= t) {
                    slope += problem.groups().get(groups[i]).size()
                            * shapeOf(priced, groups[i]).slope(priced.bands(), prices, t);
                }
            }
            return slope > 0;
        }

        /** The best scale of one pool, from 1 up, the others kept. */
        private void improve(int pool) {
            int[] groups = poolGroups.get(pool);
            double[] others = new double[groups.length];
            double[] fixed = new double[groups.length];
            // Groups of one pool often share a shape: each is worked out once per scale tried.
            Map<HostShape, Integer> distinct = new java.util.IdentityHashMap<>();
            int[] shapeAt = new int[groups.length];
            for (int i = 0; i < groups.length; i++) {
                int g = groups[i];
                others[i] = firstPool[slot[g]] == pool ? second[slot[g]] : first[slot[g]];
            }
            if (!rises(pool, groups, others)) {
                return; // concave in its scale and not rising where it is: nothing higher to find
            }
            for (int i = 0; i < groups.length; i++) {
                int g = groups[i];
                fixed[i] = problem.groups().get(g).size()
                        * shapeOf(priced, g).member(priced.bands(), prices, others[i]);
                shapeAt[i] = distinct.computeIfAbsent(shapeOf(priced, g), x -> distinct.size());
            }
            double poolWorth = worth.get(pool);
            HostShape[] shapes = new HostShape[distinct.size()];
            distinct.forEach((shape, i) -> shapes[i] = shape);
            double[] member = new double[shapes.length];
            java.util.function.DoubleUnaryOperator part = t -> {
                Arrays.fill(member, Double.NaN);
                double total = t * poolWorth;
                for (int i = 0; i < groups.length; i++) {
                    // Where another pool offers more, this one's price changes nothing.
                    if (t <= others[i]) {
                        total += fixed[i];
                    } else {
                        int j = shapeAt[i];
                        if (Double.isNaN(member[j])) {
                            member[j] = shapes[j].member(priced.bands(), prices, t);
                        }
                        total += problem.groups().get(groups[i]).size() * member[j];
                    }
                }
                return total;
            };
            double[] best = {scale[pool], part.applyAsDouble(scale[pool])};
            golden(part, 1, top, best, QUICK_STEPS);
            scale[pool] = best[0];
            for (int g : groups) {
                int at = slot[g];
                if (firstPool[at] == pool) {
                    first[at] = scale[pool];
                } else if (scale[pool] > first[at]) {
                    second[at] = first[at];
                    first[at] = scale[pool];
                    firstPool[at] = pool;
                } else if (scale[pool] > second[at]) {
                    second[at] = scale[pool];
                }
            }
        }
    }

    /**
     * Golden-section search of a concave function on [low, high]; {@code best} holds a point and its value, and
     * takes any point seen that beats it.
     */
    private static void golden(java.util.function.DoubleUnaryOperator f, double low, double high, double[] best,
                               int steps) {
        double a = low;
        double b = high;
        double x1 = b - GOLDEN * (b - a);
        double x2 = a + GOLDEN * (b - a);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        for (int i = 0; i < steps; i++) {
            if (f1 > best[1]) {
                best[0] = x1;
                best[1] = f1;
            }
            if (f2 > best[1]) {
                best[0] = x2;
                best[1] = f2;
            }
            if (f1 >= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - GOLDEN * (b - a);
                f1 = f.applyAsDouble(x1);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + GOLDEN * (b - a);
                f2 = f.applyAsDouble(x2);
            }
        }
    }

    /** The Lagrangian dual over the band prices, concave: every price vector gives a valid bound. */
    private static final class Dual {
        private final Bands bands;
        private final List<HostShape> shapes;
        private final double[] price;
        private final double[] ceiling;
        private double best;

        Dual(Bands bands, List<HostShape> shapes) {
            this.bands = bands;
            this.shapes = shapes;
            this.price = new double[bands.size()];
            this.ceiling = new double[bands.size()];
            // Past this price every member takes all it holds of the band: the dual only falls beyond it.
            for (int q = 0; q < ceiling.length; q++) {
                for (HostShape s : shapes) {
                    ceiling[q] = Math.max(ceiling[q],
                            s.charge / bands.width[q] + s.curvature * (2.0 * s.most[q] + 1));
                }
            }
        }

        double value(double[] prices) {
            double total = 0;
            for (int q = 0; q < prices.length; q++) {
                total += bands.width[q] * prices[q] * bands.replicas[q];
            }
            for (HostShape s : shapes) {
                double host = s.charge;
                for (int q = 0; q < prices.length; q++) {
                    host += bands.width[q] * s.least(q, prices[q]);
                }
                if (host < 0) {
                    total += s.members * host;
                }
            }
            return total;
        }

        /** The best common price per unit of request: what the component pays per unit of load. */
        double start() {
            double top = Arrays.stream(ceiling).max().orElse(0);
            double[] unit = new double[price.length];
            Arrays.fill(unit, 1);
            best = value(price);
            scale(unit, top);
            return Math.max(0, best);
        }

        /** Then band by band from the smallest request up, quickly. */
        double bands() {
            for (int q = 0; q < price.length; q++) {
                band(q, QUICK_STEPS);
            }
            return Math.max(0, best);
        }

        /** Then band by band from the largest request down, and the common scale again. */
        double refine() {
            for (int q = price.length - 1; q >= 0; q--) {
                band(q, STEPS);
            }
            scale(price.clone(), 2);
            return Math.max(0, best);
        }

        /** Searches t in [0, top] for prices t × direction. */
        private void scale(double[] direction, double top) {
            double[] trial = new double[price.length];
            searchLine(t -> {
                for (int q = 0; q < trial.length; q++) {
                    trial[q] = t * direction[q];
                }
                return value(trial);
            }, 0, top, t -> {
                for (int q = 0; q < price.length; q++) {
                    price[q] = t * direction[q];
                }
            }, STEPS);
        }

        /**
         * Searches band q's price, the others kept: what the other bands add is summed once per member shape, so
         * each price tried costs one band per shape rather than all of them.
         */
        private void band(int q, int steps) {
            double others = 0;
            for (int r = 0; r < price.length; r++) {
                if (r != q) {
                    others += bands.width[r] * price[r] * bands.replicas[r];
                }
            }
            double[] rest = new double[shapes.size()];
            for (int i = 0; i < rest.length; i++) {
                HostShape s = shapes.get(i);
                double host = s.charge;
                for (int r = 0; r < price.length; r++) {
                    if (r != q) {
                        host += bands.width[r] * s.least(r, price[r]);
                    }
                }
                rest[i] = host;
            }
            double fixed = others;
            double width = bands.width[q];
            long replicas = bands.replicas[q];
            searchLine(p -> {
                double total = fixed + width * p * replicas;
                for (int i = 0; i < rest.length; i++) {
                    HostShape s = shapes.get(i);
                    double host = rest[i] + width * s.least(q, p);
                    if (host < 0) {
                        total += s.members * host;
                    }
                }
                return total;
            }, 0, ceiling[q], p -> price[q] = p, steps);
        }

        /** Keeps the best point of a line if it beats the best value so far. */
        private void searchLine(java.util.function.DoubleUnaryOperator f, double low, double high,
                                java.util.function.DoubleConsumer keep, int steps) {
            double[] point = {Double.NaN, best};
            golden(f, low, high, point, steps);
            if (!Double.isNaN(point[0])) {
                best = point[1];
                keep.accept(point[0]);
            }
        }
    }
}
