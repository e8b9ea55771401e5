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
 * pays. A ScheduleAnyway spread over a wider key (sites, where resilience counts zones) adds its charge by the
 * replicas in the wider domain, where each of the workload's domains lies in one wider domain.
 *
 * <p>A workload held by a hard spread over the same domains keeps each within the fewest and most replicas it may
 * hold ({@link SpreadLimits}): replicas the spread sends to a zone where they miss a wish are counted there. A
 * workload with a limited credit (a preference for a workload with few replicas) earns it in a few domains of their
 * own, each offering the groups that give it at the credited price, while its real domains offer their groups
 * without it, as {@link JointSpread} counts it: the replicas earning it in one real domain are in one of those, their
 * pairs counted there. Built once per relaxation; each linearisation offers its prices, then asks for
 * {@link #least()}.
 */
final class PairedWorkloads {

    /** Per relaxation class, its workload's index here, or -1 for classes of workloads without a charge. */
    private final int[] workloadOf;
    /** Per class and position of its groups, the domain's index among its workload's domains. */
    private final int[][] domainOf;
    private final double[] replicas;
    /** Per workload, what a replica adds by how many of its workload its domain already holds. */
    private final DomainCharge[] chargeOf;
    /** Per workload and domain, the cheapest price offered since the last {@link #least()}. */
    private final double[][] cheapest;
    private final int[][] placedIn;
    /**
     * Per workload held by a hard spread over the domains charged ({@link SpreadLimits}), the fewest and most
     * replicas each of its domains takes; null for the others.
     */
    private final int[][] fewest;
    private final int[][] most;
    /** Per workload with limits, the most any of its eligible domains holds. */
    private final int[] mostOfAll;
    /**
     * A credit the per-replica costs give on some groups that the workload earns in only a few domains at once
     * ({@link dev.traverse.engine.placement.framework.LimitedCredit}).
     *
     * @param amountAt per position of the class's groups, what the credit takes off its cost there (0 for none)
     * @param domains  at most how many of the charge's domains the replicas earning it are in
     */
    record Credit(double[] amountAt, int domains) {
    }

    /** Per class, its limited credit, or null for none. */
    private final Credit[] creditOf;

    /**
     * A charge over domains wider than the workload's own charge counts (a ScheduleAnyway spread over sites, where
     * resilience counts zones), and what it would add on its own.
     *
     * @param domainAt per position of the class's groups, the wider domain
     * @param ownBound the charge's own bound, counted instead where the narrower domains do not nest in the wider
     */
    record Wider(DomainCharge charge, int[] domainAt, double ownBound) {
    }

    /** Per workload whose domains nest in those of a wider charge, that charge; null for the others. */
    private final DomainCharge[] widerCharge;
    /** Per workload with a wider charge, the wider domain of each of its domains, numbered from 0. */
    private final int[][] widerOf;
    private final int[] widerDomains;
    /** The wider charges' own bounds, of the workloads whose domains nest in them. */
    private double widerCounted;
    /** Per workload, the domains it earns its limited credit in, at most; 0 for none. */
    private final int[] copies;
    /** Per workload, the cheapest price with the credit offered since the last {@link #least()}. */
    private final double[] credited;

    /**
     * @param demandOf   per class, its demand
     * @param count      per class, its replicas
     * @param charges    per class, what a replica adds by how many of its workload its domain already holds (pairs
     *                   sharing a domain, replicas beyond a spread's allowance), or null for none
     * @param domainAt   per class with a charge, the domain of each of its groups; null for the others
     * @param limitsOf   per class with a charge, the limits of its workload's hard spread over the charge's
     *                   domains, or null where there are none
     * @param creditOf   per class with a charge, its limited credit, or null where it has none
     * @param widerOfClass per class with a charge, a charge over a wider key, or null where it has none
     */
    PairedWorkloads(int[] demandOf, double[] count, DomainCharge[] charges, int[][] domainAt,
                    SpreadLimits.Limits[] limitsOf, Credit[] creditOf, Wider[] widerOfClass) {
        int classes = demandOf.length;
        workloadOf = new int[classes];
        domainOf = new int[classes][];
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
                workloadOf[c] = w;
                for (int domain : domainAt[c]) {
                    widest = Math.max(widest, domain + 1);
                }
            }
        }
        int workloads = classesOf.size();
        replicas = new double[workloads];
        chargeOf = new DomainCharge[workloads];
        cheapest = new double[workloads][];
        placedIn = new int[workloads][];
        fewest = new int[workloads][];
        most = new int[workloads][];
        mostOfAll = new int[workloads];
        widerCharge = new DomainCharge[workloads];
        widerOf = new int[workloads][];
        widerDomains = new int[workloads];
        this.creditOf = creditOf;
        copies = new int[workloads];
        credited = new double[workloads];
        Arrays.fill(credited, Double.POSITIVE_INFINITY);
        // A domain's index among its workload's domains, valid where seen[domain] is the workload's number plus 1.
        int[] local = new int[widest];
        int[] seen = new int[widest];
        for (int w = 0; w < workloads; w++) {
            int domains = 0;
            for (int c : classesOf.get(w)) {
                domainOf[c] = new int[domainAt[c].length];
                for (int j = 0; j < domainAt[c].length; j++) {
                    int domain = domainAt[c][j];
                    if (seen[domain] != w + 1) {
                        seen[domain] = w + 1;
                        local[domain] = domains++;
                    }
                    domainOf[c][j] = local[domain];
                }
                replicas[w] += count[c];
                chargeOf[w] = charges[c];
            }
            cheapest[w] = new double[domains];
            placedIn[w] = new int[domains];
            Arrays.fill(cheapest[w], Double.POSITIVE_INFINITY);
            int first = classesOf.get(w).get(0);
            for (int c : classesOf.get(w)) {
                copies[w] = Math.max(copies[w], creditOf[c] == null ? 0 : creditOf[c].domains());
            }
            nestInWider(w, classesOf.get(w), domains, widerOfClass);
            SpreadLimits.Limits limits = limitsOf[first];
            if (limits != null) {
                mostOfAll[w] = limits.most();
                fewest[w] = new int[domains];
                most[w] = new int[domains];
                Arrays.fill(most[w], Integer.MAX_VALUE);
                for (int domain = 0; domain < widest; domain++) {
                    if (seen[domain] == w + 1 && limits.eligible().get(domain)) {
                        fewest[w][local[domain]] = limits.fewest();
                        most[w][local[domain]] = limits.most();
                    }
                }
            }
        }
    }

    /**
     * Takes the workload's wider charge when each of its domains lies in one wider domain, numbering those; leaves it
     * out otherwise.
     */
    private void nestInWider(int w, List<Integer> classes, int domains, Wider[] widerOfClass) {
        Wider wider = widerOfClass[classes.get(0)];
        if (wider == null) {
            return;
        }
        int[] outer = new int[domains];
        Arrays.fill(outer, -1);
        Map<Integer, Integer> numbered = new HashMap<>();
        for (int c : classes) {
            if (widerOfClass[c] == null) {
                return;
            }
            for (int j = 0; j < domainOf[c].length; j++) {
                int o = numbered.computeIfAbsent(widerOfClass[c].domainAt()[j], k -> numbered.size());
                int d = domainOf[c][j];
                if (outer[d] >= 0 && outer[d] != o) {
                    return; // a domain in two wider ones: they do not nest
                }
                outer[d] = o;
            }
        }
        widerCharge[w] = wider.charge();
        widerOf[w] = outer;
        widerDomains[w] = numbered.size();
        widerCounted += wider.ownBound();
    }

    /** The own bounds of the wider charges counted here, with the charges of the workloads they apply to. */
    double widerCounted() {
        return widerCounted;
    }

    /** Whether any workload is charged for pairs. */
    boolean any() {
        return replicas.length > 0;
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
        double credit = copies[w] > 0 && creditOf[c] != null ? creditOf[c].amountAt()[j] : 0;
        if (price + credit < prices[domain]) {
            prices[domain] = price + credit;
        }
        if (credit > 0 && price < credited[w]) {
            credited[w] = price;
        }
    }

    /** Forgets the prices offered, for the next linearisation. */
    void forget() {
        for (double[] prices : cheapest) {
            Arrays.fill(prices, Double.POSITIVE_INFINITY);
        }
        Arrays.fill(credited, Double.POSITIVE_INFINITY);
    }

    /** The least at the prices offered since the last call; forgets them. */
    double least() {
        double total = 0;
        for (int w = 0; w < replicas.length; w++) {
            double[] prices = cheapest[w];
            int[] placed = placedIn[w];
            int[] least = fewest[w];
            int[] atMost = most[w];
            if (copies[w] > 0 && credited[w] < Double.POSITIVE_INFINITY) {
                int real = prices.length;
                prices = Arrays.copyOf(prices, real + copies[w]);
                Arrays.fill(prices, real, prices.length, credited[w]);
                placed = new int[prices.length];
                // A replica in a domain of its own is also in a real one, whose fewest it may be: only the most
                // stay, each domain of its own holding no more than the real one it stands for.
                least = null;
                if (atMost != null) {
                    atMost = Arrays.copyOf(atMost, prices.length);
                    Arrays.fill(atMost, real, prices.length, mostOfAll[w]);
                }
            }
            total += least(w, prices, placed, least, atMost);
            Arrays.fill(cheapest[w], Double.POSITIVE_INFINITY);
            credited[w] = Double.POSITIVE_INFINITY;
        }
        return total;
    }

    /**
     * Fills the domains in turn: each domain first takes the fewest a hard spread says it holds, then each replica
     * goes where it adds least, its price there plus its charge by the replicas already in the domain (and the wider
     * charge by those in the wider domain), in no domain beyond the most it may hold. The charges never fall as a
     * domain fills, and domains nested in wider ones make the cost a sum of convex functions over a laminar family,
     * for which taking the cheapest next replica each time is the least. A domain of its own earning a credit lies in
     * a wider domain of its own, which only lowers it. Scans every domain per replica: workloads have few replicas,
     * and sorting the domains by price took longer.
     */
    private double least(int w, double[] prices, int[] placed, int[] fewest, int[] most) {
        int domains = prices.length;
        int real = widerOf[w] == null ? domains : widerOf[w].length;
        int[] inWider = widerOf[w] == null ? null : new int[widerDomains[w] + domains - real];
        double total = 0;
        double left = replicas[w];
        if (fewest != null) {
            for (int d = 0; d < real; d++) {
                for (int j = 0; j < fewest[d] && prices[d] < Double.POSITIVE_INFINITY; j++) {
                    total += marginal(w, d, prices, placed, inWider);
                    add(w, d, placed, inWider);
                    left--;
                }
            }
        }
        for (; left > 0; left -= 1) {
            int best = -1;
            double added = Double.POSITIVE_INFINITY;
            for (int d = 0; d < domains; d++) {
                if (prices[d] < added && (most == null || placed[d] < most[d])) {
                    double next = marginal(w, d, prices, placed, inWider);
                    if (next < added) {
                        added = next;
                        best = d;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            total += Math.min(1, left) * added;
            add(w, best, placed, inWider);
        }
        Arrays.fill(placed, 0);
        return total;
    }

    /** What one more replica of the workload adds in domain {@code d}, counting the replicas already there. */
    private double marginal(int w, int d, double[] prices, int[] placed, int[] inWider) {
        double added = prices[d] + chargeOf[w].of(placed[d]);
        return inWider == null ? added : added + widerCharge[w].of(inWider[widerDomain(w, d)]);
    }

    private void add(int w, int d, int[] placed, int[] inWider) {
        placed[d]++;
        if (inWider != null) {
            inWider[widerDomain(w, d)]++;
        }
    }

    /** The wider domain of domain {@code d}: its own for a domain of its own earning a credit. */
    private int widerDomain(int w, int d) {
        int real = widerOf[w].length;
        return d < real ? widerOf[w][d] : widerDomains[w] + d - real;
    }
}
