package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the linearisations of {@link ConvexRelaxation}: the least the workloads charged for replicas sharing a domain
 * pay at a linearisation's prices plus those charges. A workload's replica finding k others in its domain adds its
 * {@link DomainCharge} of k (k times the charge per pair, and the excess of a ScheduleAnyway spread once k reaches its
 * allowance), which never falls as k grows, so sending each replica in turn where it adds least (its cheapest price
 * in that domain, over the groups any of its classes may use, plus the charge there) is the least; between whole
 * numbers of replicas the charges count as the line joining them, which is convex and never above what a placement
 * pays.
 *
 * <p>Each workload also keeps what else holds its replicas in its domains ({@link WorkloadDomains}): a hard spread's
 * fewest and most per domain ({@link SpreadLimits}), so replicas the spread sends where they miss a wish are counted
 * there; a limited credit (a preference for a workload with few replicas) earned in a few domains of their own, as
 * {@link JointSpread} counts it; and a ScheduleAnyway spread over a wider key where its domains nest in the wider
 * ones. A workload's classes whose domains no domain links (replicas held to clusters in different sites) are filled
 * apart, each part with its own replicas; a workload whose domains do not nest in its wider charge's is also counted
 * over cells ({@link Cells}). Built once per relaxation; each linearisation offers its prices, then asks for
 * {@link #least()}.
 */
final class PairedWorkloads {

    /**
     * A credit the per-replica costs give on some groups that the workload earns in only a few domains at once
     * ({@link dev.traverse.engine.placement.framework.LimitedCredit}).
     *
     * @param amountAt per position of the class's groups, what the credit takes off its cost there (0 for none)
     * @param domains  at most how many of the charge's domains the replicas earning it are in
     * @param perWider how many of those lie in one domain of the class's wider charge at most, where each domain the
     *                 credit is counted over lies in one wider domain (a credit per cluster, a spread over clusters or
     *                 sites); 1 otherwise
     */
    record Credit(double[] amountAt, int domains, int perWider) {

        Credit(double[] amountAt, int domains) {
            this(amountAt, domains, 1);
        }
    }

    /**
     * A charge over domains wider than the workload's own charge counts (a ScheduleAnyway spread over sites, where
     * resilience counts zones), and what it would add on its own.
     *
     * @param domainAt per position of the class's groups, the wider domain
     * @param ownBound the charge's own bound, counted instead where the narrower domains do not nest in the wider
     */
    record Wider(DomainCharge charge, int[] domainAt, double ownBound) {
    }

    /**
     * Per relaxation class, the index here of its workload's part (a workload is one part unless its classes' domains
     * fall apart), or -1 for classes of workloads without a charge.
     */
    private final int[] workloadOf;
    /** Per class and position of its groups, the domain's index among its workload's domains. */
    private final int[][] domainOf;
    /** Per class, its limited credit, or null for none. */
    private final Credit[] creditOf;
    private final WorkloadDomains[] workloads;
    /** Per workload and domain, the cheapest price offered since the last {@link #least()}, without the credit. */
    private final double[][] cheapest;
    /** Per workload, the cheapest price with its limited credit offered since the last {@link #least()}. */
    private final double[] credited;
    /** Per class of a workload counted over cells, the cell of each of its groups; null for the others. */
    private final int[][] cellOf;
    /** Per workload (its number here) whose domains cross its wider charge's, the same counted over cells. */
    private final Map<Integer, Cells> cellsOf = new HashMap<>();
    /** The wider charges' own bounds, of the workloads whose domains nest in them. */
    private double widerCounted;

    /**
     * @param demandOf     per class, its demand
     * @param count        per class, its replicas
     * @param charges      per class, what a replica adds by how many of its workload its domain already holds (pairs
     *                     sharing a domain, replicas beyond a spread's allowance), or null for none
     * @param domainAt     per class with a charge, the domain of each of its groups; null for the others
     * @param limitsOf     per class with a charge, the limits of its workload's hard spread over the charge's
     *                     domains, or null where there are none
     * @param creditOf     per class with a charge, its limited credit, or null where it has none
     * @param widerOfClass per class with a charge, a charge over a wider key, or null where it has none
     */
    PairedWorkloads(int[] demandOf, double[] count, DomainCharge[] charges, int[][] domainAt,
                    SpreadLimits.Limits[] limitsOf, Credit[] creditOf, Wider[] widerOfClass) {
        int classes = demandOf.length;
        this.creditOf = creditOf;
        workloadOf = new int[classes];
        domainOf = new int[classes][];
        cellOf = new int[classes][];
        Map<Integer, Integer> workloadIndex = new HashMap<>();
        List<List<Integer>> classesOf = new ArrayList<>();
        int widest = 0;
        for (int c = 0; c < classes; c++) {
            workloadOf[c] = -1;
            if (charges[c] != null && !charges[c].isNone()) {
                int w = workloadIndex.computeIfAbsent(demandOf[c], d -> workloadIndex.size());
                if (w == classesOf.size()) {
                    classesOf.add(new ArrayList<>());
                }
                classesOf.get(w).add(c);
                for (int domain : domainAt[c]) {
                    widest = Math.max(widest, domain + 1);
                }
            }
        }
        // A domain's index among its workload's domains, valid where seen[domain] is the workload's number plus 1.
        int[] local = new int[widest];
        int[] seen = new int[widest];
        List<WorkloadDomains> parts = new ArrayList<>();
        for (int w = 0; w < classesOf.size(); w++) {
            List<Integer> own = classesOf.get(w);
            int domains = 0;
            for (int c : own) {
                domainOf[c] = new int[domainAt[c].length];
                for (int j = 0; j < domainAt[c].length; j++) {
                    int domain = domainAt[c][j];
                    if (seen[domain] != w + 1) {
                        seen[domain] = w + 1;
                        local[domain] = domains++;
                    }
                    domainOf[c][j] = local[domain];
                }
            }
            SpreadLimits.Limits limits = limitsOf[own.get(0)];
            Wider wider = widerOfClass[own.get(0)];
            int[] widerOf = wider == null ? null : nestedIn(own, domains, widerOfClass);
            if (widerOf != null) {
                widerCounted += wider.ownBound();
            }
            boolean crossing = wider != null && widerOf == null
                    && own.stream().allMatch(c -> widerOfClass[c] != null);
            int[] partOf = limits != null || crossing ? new int[domains] : apart(own, domains, widerOf);
            int partCount = Arrays.stream(partOf).max().orElse(-1) + 1;
            for (int part = 0; part < partCount; part++) {
                if (crossing) {
                    cellsOf.put(parts.size(), cells(own, count, charges[own.get(0)], widerOfClass));
                    widerCounted += wider.ownBound();
                }
                parts.add(part(own, part, partOf, count, charges, limits, limits == null ? null
                        : domainsOf(domainAt, own, domains), creditOf, widerOf, wider, parts.size()));
            }
        }
        workloads = parts.toArray(new WorkloadDomains[0]);
        cheapest = new double[workloads.length][];
        for (int w = 0; w < workloads.length; w++) {
            cheapest[w] = new double[workloads[w].domains()];
            Arrays.fill(cheapest[w], Double.POSITIVE_INFINITY);
        }
        credited = new double[workloads.length];
        Arrays.fill(credited, Double.POSITIVE_INFINITY);
    }

    /**
     * A workload whose domains do not nest in its wider charge's (zones a cloud region's clusters share, under a
     * spread over clusters) counted a second way: over cells, a domain within one wider domain each. Pairs within a
     * cell are some of those within its domain, so counting only those undercounts them, and cells nest in the wider
     * domains, so the wider charge is counted with them. The better of this and the domains with the wider charge's
     * own bound counts.
     *
     * @param cheapest per cell, the cheapest price offered since the last {@link #least()}
     * @param ownBound the wider charge's own bound
     */
    private record Cells(WorkloadDomains domains, double[] cheapest, double ownBound) {
    }

    private Cells cells(List<Integer> classes, double[] count, DomainCharge charge, Wider[] widerOfClass) {
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> outer = new HashMap<>();
        List<Integer> outerOfCell = new ArrayList<>();
        double replicas = 0;
        Credit credit = null;
        for (int c : classes) {
            cellOf[c] = new int[domainOf[c].length];
            for (int j = 0; j < domainOf[c].length; j++) {
                int o = outer.computeIfAbsent(widerOfClass[c].domainAt()[j], k -> outer.size());
                long key = ((long) domainOf[c][j] << 32) | o;
                Integer known = cells.putIfAbsent(key, cells.size());
                if (known == null) {
                    outerOfCell.add(o);
                }
                cellOf[c][j] = cells.get(key);
            }
            replicas += count[c];
            credit = earnedInMore(credit, creditOf[c]);
        }
        double[] cheapestInCell = new double[cells.size()];
        Arrays.fill(cheapestInCell, Double.POSITIVE_INFINITY);
        WorkloadDomains domains = new WorkloadDomains(replicas, charge, cells.size(), null, null, 0, copiesOf(credit),
                perWiderOf(credit), outerOfCell.stream().mapToInt(Integer::intValue).toArray(), outer.size(),
                widerOfClass[classes.get(0)].charge());
        return new Cells(domains, cheapestInCell, widerOfClass[classes.get(0)].ownBound());
    }

    /**
     * Numbers the parts of one workload's domains that no class, and no wider domain, links: replicas in one part
     * never share a domain with those of another, so each part is filled with its own classes' replicas alone.
     * Replicas held to clusters in different sites are counted per cluster this way, not pooled.
     */
    private int[] apart(List<Integer> classes, int domains, int[] widerOf) {
        int[] parent = new int[domains];
        for (int d = 0; d < domains; d++) {
            parent[d] = d;
        }
        for (int c : classes) {
            for (int j = 1; j < domainOf[c].length; j++) {
                union(parent, domainOf[c][0], domainOf[c][j]);
            }
        }
        if (widerOf != null) {
            Map<Integer, Integer> firstIn = new HashMap<>();
            for (int d = 0; d < domains; d++) {
                Integer first = firstIn.putIfAbsent(widerOf[d], d);
                if (first != null) {
                    union(parent, first, d);
                }
            }
        }
        int[] partOf = new int[domains];
        Map<Integer, Integer> numbered = new HashMap<>();
        for (int d = 0; d < domains; d++) {
            partOf[d] = numbered.computeIfAbsent(root(parent, d), r -> numbered.size());
        }
        return partOf;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int d) {
        while (parent[d] != d) {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }

    /**
     * One part of a workload: its classes' replicas over its domains, renumbered from 0. The classes' domain indices
     * become the part's, and the classes are mapped to the part's number.
     */
    private WorkloadDomains part(List<Integer> classes, int part, int[] partOf, double[] count,
                                 DomainCharge[] charges, SpreadLimits.Limits limits, int[] globalOfLocal,
                                 Credit[] creditOf, int[] widerOf, Wider wider, int number) {
        int[] renumbered = new int[partOf.length];
        int domains = 0;
        for (int d = 0; d < partOf.length; d++) {
            renumbered[d] = partOf[d] == part ? domains++ : -1;
        }
        double replicas = 0;
        Credit credit = null;
        DomainCharge charge = null;
        for (int c : classes) {
            if (workloadOf[c] >= 0 || domainOf[c].length == 0 || partOf[domainOf[c][0]] != part) {
                continue;
            }
            workloadOf[c] = number;
            for (int j = 0; j < domainOf[c].length; j++) {
                domainOf[c][j] = renumbered[domainOf[c][j]];
            }
            replicas += count[c];
            credit = earnedInMore(credit, creditOf[c]);
            charge = charges[c];
        }
        int[] fewest = null;
        int[] most = null;
        if (limits != null) {
            fewest = new int[domains];
            most = new int[domains];
            Arrays.fill(most, Integer.MAX_VALUE);
            for (int d = 0; d < partOf.length; d++) {
                if (limits.eligible().get(globalOfLocal[d])) {
                    fewest[renumbered[d]] = limits.fewest();
                    most[renumbered[d]] = limits.most();
                }
            }
        }
        int[] outer = null;
        int outerCount = 0;
        if (widerOf != null) {
            outer = new int[domains];
            Map<Integer, Integer> numbered = new HashMap<>();
            for (int d = 0; d < partOf.length; d++) {
                if (renumbered[d] >= 0) {
                    outer[renumbered[d]] = numbered.computeIfAbsent(widerOf[d], k -> numbered.size());
                }
            }
            outerCount = numbered.size();
        }
        return new WorkloadDomains(replicas, charge, domains, fewest, most, limits == null ? 0 : limits.most(),
                copiesOf(credit), perWiderOf(credit), outer, outerCount, outer == null ? null : wider.charge());
    }

    /** Of two classes' credits (either may be null), the one earned in more domains; the later on a tie. */
    private static Credit earnedInMore(Credit held, Credit other) {
        return other != null && (held == null || other.domains() >= held.domains()) ? other : held;
    }

    private static int copiesOf(Credit credit) {
        return credit == null ? 0 : credit.domains();
    }

    private static int perWiderOf(Credit credit) {
        return credit == null ? 1 : credit.perWider();
    }

    /** Per domain of the workload, numbered among its own (before any part renumbers them), the domain it is. */
    private int[] domainsOf(int[][] domainAt, List<Integer> classes, int domains) {
        int[] global = new int[domains];
        for (int c : classes) {
            for (int j = 0; j < domainAt[c].length; j++) {
                global[domainOf[c][j]] = domainAt[c][j];
            }
        }
        return global;
    }

    /**
     * Per domain of the workload, the wider domain it lies in, numbered from 0; null when a domain lies in two wider
     * ones (they do not nest) or a class has no wider charge.
     */
    private int[] nestedIn(List<Integer> classes, int domains, Wider[] widerOfClass) {
        int[] outer = new int[domains];
        Arrays.fill(outer, -1);
        Map<Integer, Integer> numbered = new HashMap<>();
        for (int c : classes) {
            if (widerOfClass[c] == null) {
                return null;
            }
            for (int j = 0; j < domainOf[c].length; j++) {
                int o = numbered.computeIfAbsent(widerOfClass[c].domainAt()[j], k -> numbered.size());
                int d = domainOf[c][j];
                if (outer[d] >= 0 && outer[d] != o) {
                    return null;
                }
                outer[d] = o;
            }
        }
        return outer;
    }

    /** The own bounds of the wider charges counted here, with the charges of the workloads they apply to. */
    double widerCounted() {
        return widerCounted;
    }

    /** Whether any workload is charged for pairs. */
    boolean any() {
        return workloads.length > 0;
    }

    /** Whether the class's workload is charged for pairs, so its replicas are counted here. */
    boolean pairs(int c) {
        return workloadOf[c] >= 0;
    }

    /** The class may send replicas to its group at position {@code j} at this price. */
    void offer(int c, int j, double price) {
        int w = workloadOf[c];
        double[] prices = cheapest[w];
        int domain = domainOf[c][j];
        double credit = workloads[w].copies() > 0 && creditOf[c] != null ? creditOf[c].amountAt()[j] : 0;
        if (price + credit < prices[domain]) {
            prices[domain] = price + credit;
        }
        if (credit > 0 && price < credited[w]) {
            credited[w] = price;
        }
        Cells cells = cellsOf.isEmpty() ? null : cellsOf.get(w);
        if (cells != null) {
            int cell = cellOf[c][j];
            cells.cheapest()[cell] = Math.min(cells.cheapest()[cell], price + credit);
        }
    }

    /** Forgets the prices offered, for the next linearisation. */
    void forget() {
        for (double[] prices : cheapest) {
            Arrays.fill(prices, Double.POSITIVE_INFINITY);
        }
        Arrays.fill(credited, Double.POSITIVE_INFINITY);
        for (Cells cells : cellsOf.values()) {
            Arrays.fill(cells.cheapest(), Double.POSITIVE_INFINITY);
        }
    }

    /** The least at the prices offered since the last call; forgets them. */
    double least() {
        double total = 0;
        for (int w = 0; w < workloads.length; w++) {
            double v = workloads[w].least(cheapest[w], credited[w]);
            Cells cells = cellsOf.isEmpty() ? null : cellsOf.get(w);
            if (cells != null) {
                v = Math.max(v + cells.ownBound(), cells.domains().least(cells.cheapest(), credited[w]));
            }
            total += v;
        }
        forget();
        return total;
    }
}
