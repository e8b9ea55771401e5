package dev.traverse.engine.placement.bound;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For the linearisations of {@link ConvexRelaxation}: the least the workloads charged for replicas sharing a domain
 * pay at a linearisation's prices plus those charges. A workload's k-th replica in a domain (from 0) adds k times the
 * charge per pair, so sending each replica in turn where it adds least (its cheapest price in that domain, over the
 * groups any of its classes may use, plus the replicas already there) is the least; between whole numbers of replicas
 * the pairs count as the line joining them, which is convex and never above the pairs a placement has. Built once per
 * relaxation; each linearisation offers its prices, then asks for {@link #least()}.
 */
final class PairedWorkloads {

    /** Per relaxation class, its workload's index here, or -1 for classes of workloads without a charge. */
    private final int[] workloadOf;
    /** Per class and position of its groups, the domain's index among its workload's domains. */
    private final int[][] domainOf;
    private final double[] replicas;
    private final double[] perPair;
    /** Per workload and domain, the cheapest price offered since the last {@link #least()}. */
    private final double[][] cheapest;
    private final int[][] placedIn;

    /**
     * @param demandOf   per class, its demand
     * @param count      per class, its replicas
     * @param pairCharge per class, what each pair of its workload's replicas sharing a domain adds, 0 for none
     * @param domainAt   per class with a charge, the domain of each of its groups; null for the others
     */
    PairedWorkloads(int[] demandOf, double[] count, double[] pairCharge, int[][] domainAt) {
        int classes = demandOf.length;
        workloadOf = new int[classes];
        domainOf = new int[classes][];
        Map<Integer, Integer> workloadIndex = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> domainIndex = new HashMap<>();
        for (int c = 0; c < classes; c++) {
            workloadOf[c] = -1;
            if (pairCharge[c] <= 0) {
                continue;
            }
            int w = workloadIndex.computeIfAbsent(demandOf[c], d -> workloadIndex.size());
            workloadOf[c] = w;
            Map<Integer, Integer> domains = domainIndex.computeIfAbsent(w, x -> new HashMap<>());
            domainOf[c] = new int[domainAt[c].length];
            for (int j = 0; j < domainAt[c].length; j++) {
                domainOf[c][j] = domains.computeIfAbsent(domainAt[c][j], x -> domains.size());
            }
        }
        int workloads = workloadIndex.size();
        replicas = new double[workloads];
        perPair = new double[workloads];
        cheapest = new double[workloads][];
        placedIn = new int[workloads][];
        for (int w = 0; w < workloads; w++) {
            int domains = domainIndex.get(w).size();
            cheapest[w] = new double[domains];
            placedIn[w] = new int[domains];
            Arrays.fill(cheapest[w], Double.POSITIVE_INFINITY);
        }
        for (int c = 0; c < classes; c++) {
            if (workloadOf[c] >= 0) {
                replicas[workloadOf[c]] += count[c];
                perPair[workloadOf[c]] = pairCharge[c];
            }
        }
    }

    /** Whether the class's workload is charged for pairs, so its replicas are counted here. */
    boolean pairs(int c) {
        return workloadOf[c] >= 0;
    }

    /** The class may send replicas to its group at position {@code j} at this price. */
    void offer(int c, int j, double price) {
        double[] prices = cheapest[workloadOf[c]];
        int domain = domainOf[c][j];
        if (price < prices[domain]) {
            prices[domain] = price;
        }
    }

    /** The least at the prices offered since the last call; forgets them. */
    double least() {
        double total = 0;
        for (int w = 0; w < replicas.length; w++) {
            total += least(cheapest[w], placedIn[w], replicas[w], perPair[w]);
            Arrays.fill(cheapest[w], Double.POSITIVE_INFINITY);
        }
        return total;
    }

    private static double least(double[] prices, int[] placed, double replicas, double perPair) {
        Arrays.fill(placed, 0);
        double total = 0;
        for (double left = replicas; left > 0; left -= 1) {
            int best = 0;
            for (int d = 1; d < prices.length; d++) {
                if (prices[d] + perPair * placed[d] < prices[best] + perPair * placed[best]) {
                    best = d;
                }
            }
            total += Math.min(1, left) * (prices[best] + perPair * placed[best]);
            placed[best]++;
        }
        return total;
    }
}
