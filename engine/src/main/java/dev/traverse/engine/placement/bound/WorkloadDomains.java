package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import java.util.Arrays;

/**
 * One workload of {@link PairedWorkloads}: its replicas, the domains its groups lie in, what a replica adds by the
 * replicas already in its domain, and what else holds its replicas there. Sends its replicas over its domains at the
 * prices a linearisation offers, the least they can pay.
 *
 * <ul>
 *   <li>A hard spread gives each eligible domain the fewest and most replicas it may hold ({@link SpreadLimits}).</li>
 *   <li>A limited credit is earned in at most {@code copies} domains: those are domains of their own, after the real
 *       ones, at the credited price, while the real ones are priced without it. A replica in one is also in a real
 *       domain, whose fewest it may be, so with a credit only the most stay.</li>
 *   <li>A wider charge (a ScheduleAnyway spread over sites, where the charge counts zones) adds its charge by the
 *       replicas already in the wider domain; each real domain lies in one. Domains of their own share one of their
 *       own in blocks of {@code perWider}: the zones of one cluster the credit is earned in lie in one cluster, and
 *       in one site; a wider domain of their own only lowers the least.</li>
 * </ul>
 */
final class WorkloadDomains {

    private final double replicas;
    private final DomainCharge charge;
    /** The real domains: those of the workload's groups. */
    private final int real;
    /** Per real domain, the fewest and most a hard spread lets it hold; null without one. */
    private final int[] fewest;
    private final int[] most;
    /** The most any eligible domain holds, for the domains earning a credit. */
    private final int mostOfAll;
    private final int copies;
    private final int perWider;
    /** Per real domain, its wider domain; null without a wider charge. */
    private final int[] widerOf;
    private final int widerDomains;
    private final DomainCharge wider;

    /**
     * @param fewest  per real domain, the fewest it holds, or null
     * @param most    per real domain, the most it holds, or null
     * @param copies  how many domains the workload earns its limited credit in, at most; 0 for none
     * @param perWider how many of those share one wider domain, at most (at least 1)
     * @param widerOf per real domain, its wider domain (numbered from 0), or null without a wider charge
     */
    WorkloadDomains(double replicas, DomainCharge charge, int real, int[] fewest, int[] most, int mostOfAll,
                    int copies, int perWider, int[] widerOf, int widerDomains, DomainCharge wider) {
        this.replicas = replicas;
        this.charge = charge;
        this.real = real;
        this.fewest = fewest;
        this.most = most;
        this.mostOfAll = mostOfAll;
        this.copies = copies;
        this.perWider = Math.max(1, perWider);
        this.widerOf = widerOf;
        this.widerDomains = widerDomains;
        this.wider = wider;
    }

    /** How many real domains it has. */
    int domains() {
        return real;
    }

    int copies() {
        return copies;
    }

    /**
     * The least the replicas pay at these prices: per real domain the cheapest a class offers there without the
     * credit, and {@code credited}, the cheapest with it, for the domains earning it (infinite where none is offered).
     *
     * <p>Each domain first takes the fewest it must hold, then each replica goes where it adds least, its price there
     * plus the charges by the replicas already in its domain and its wider domain, in no domain beyond the most it
     * may hold. The charges never fall as a domain fills, and domains nested in wider ones make the cost a sum of
     * convex functions over a laminar family, for which taking the cheapest next replica each time is the least.
     * Scans every domain per replica: workloads have few replicas, and sorting the domains by price took longer.
     */
    double least(double[] realPrices, double credited) {
        boolean earning = copies > 0 && credited < Double.POSITIVE_INFINITY;
        double[] prices = realPrices;
        int[] atLeast = fewest;
        int[] atMost = most;
        if (earning) {
            prices = Arrays.copyOf(realPrices, real + copies);
            Arrays.fill(prices, real, prices.length, credited);
            atLeast = null;
            if (atMost != null) {
                atMost = Arrays.copyOf(atMost, prices.length);
                Arrays.fill(atMost, real, prices.length, mostOfAll);
            }
        }
        int domains = prices.length;
        int[] placed = new int[domains];
        int[] inWider = widerOf == null ? null : new int[widerDomains + (domains - real + perWider - 1) / perWider];
        double total = 0;
        double left = replicas;
        if (atLeast != null) {
            for (int d = 0; d < real; d++) {
                for (int j = 0; j < atLeast[d] && prices[d] < Double.POSITIVE_INFINITY; j++) {
                    total += marginal(d, prices, placed, inWider);
                    add(d, placed, inWider);
                    left--;
                }
            }
        }
        for (; left > 0; left -= 1) {
            int best = -1;
            double added = Double.POSITIVE_INFINITY;
            for (int d = 0; d < domains; d++) {
                if (prices[d] < added && (atMost == null || placed[d] < atMost[d])) {
                    double next = marginal(d, prices, placed, inWider);
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
            add(best, placed, inWider);
        }
        return total;
    }

    /** What one more replica adds in domain {@code d}, counting the replicas already there. */
    private double marginal(int d, double[] prices, int[] placed, int[] inWider) {
        double added = prices[d] + charge.of(placed[d]);
        return inWider == null ? added : added + wider.of(inWider[widerDomain(d)]);
    }

    private void add(int d, int[] placed, int[] inWider) {
        placed[d]++;
        if (inWider != null) {
            inWider[widerDomain(d)]++;
        }
    }

    /** The wider domain of domain {@code d}: one of their own per block of domains earning a credit. */
    private int widerDomain(int d) {
        return d < real ? widerOf[d] : widerDomains + (d - real) / perWider;
    }
}
