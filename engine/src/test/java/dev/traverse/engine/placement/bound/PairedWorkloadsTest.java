package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.DomainCharge;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PairedWorkloadsTest {

    /**
     * Three replicas over two domains at 1 and 1.5 each, 1 per pair sharing a domain: (3, 0) pays 3 + 3 pairs = 6,
     * (2, 1) pays 3.5 + 1 pair = 4.5, (1, 2) pays 4 + 1 = 5, (0, 3) pays 4.5 + 3 = 7.5. The least is 4.5.
     */
    @Test
    void sendsEachReplicaWhereItAddsLeast() {
        PairedWorkloads paired = new PairedWorkloads(new int[] {7}, new double[] {3}, pairs(1),
                new int[][] {{0, 1}}, new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[1]);
        paired.offer(0, 0, 1.0);
        paired.offer(0, 1, 1.5);

        assertThat(paired.least()).isCloseTo(4.5, within(1e-12));
    }

    /**
     * Between whole numbers the pairs count as the line joining them: 2.5 replicas as 1.5 in the first domain (1.5
     * plus half a pair) and 1 in the second (1.5) pay 3.5, below (2, 0.5) at 2 + 0.75 + 1 pair = 3.75.
     */
    @Test
    void countsPairsOfFractionsOnTheLineBetweenWholeNumbers() {
        PairedWorkloads paired = new PairedWorkloads(new int[] {7}, new double[] {2.5}, pairs(1),
                new int[][] {{0, 1}}, new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[1]);
        paired.offer(0, 0, 1.0);
        paired.offer(0, 1, 1.5);

        assertThat(paired.least()).isCloseTo(3.5, within(1e-12));
    }

    /**
     * Classes of one workload share its domains and pairs, each domain at the cheapest price any class offers there;
     * workloads add up apart, and classes without a charge are not counted here.
     */
    @Test
    void poolsTheClassesOfAWorkloadAndAddsWorkloadsUp() {
        PairedWorkloads paired = new PairedWorkloads(new int[] {7, 7, 9, 4}, new double[] {2, 1, 2, 5},
                pairs(1, 1, 0.25, 0), new int[][] {{0}, {0, 1}, {0}, null}, new SpreadLimits.Limits[4],
                new PairedWorkloads.Credit[4], new PairedWorkloads.Wider[4]);
        paired.offer(0, 0, 2.0);
        paired.offer(1, 0, 1.0); // the second class of workload 7 is cheaper in domain 0
        paired.offer(1, 1, 1.5);
        paired.offer(2, 0, 0.5);

        // Workload 7 as in the first case: 4.5. Workload 9: both in its only domain, 1 + a pair at 0.25.
        assertThat(paired.least()).isCloseTo(4.5 + 1.25, within(1e-12));
        assertThat(paired.pairs(3)).isFalse();
    }

    /**
     * Five replicas under a hard spread with maxSkew 1 over three domains at 1, 2 and 10, 0.5 per pair: every domain
     * holds one or two. The dear domain takes its one (10), the others two each (1 + 1.5 and 2 + 2.5): 17. Free, the
     * five would take 1, 1.5, 2, 2 and 2.5: 9.
     */
    @Test
    void keepsEachDomainWithinTheHardSpreadsLimits() {
        BitSet all = new BitSet();
        all.set(0, 3);
        PairedWorkloads limited = new PairedWorkloads(new int[] {7}, new double[] {5}, pairs(0.5),
                new int[][] {{0, 1, 2}}, new SpreadLimits.Limits[] {new SpreadLimits.Limits(all, 1, 2)},
                new PairedWorkloads.Credit[1], new PairedWorkloads.Wider[1]);
        PairedWorkloads free = new PairedWorkloads(new int[] {7}, new double[] {5}, pairs(0.5),
                new int[][] {{0, 1, 2}}, new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[1]);
        for (PairedWorkloads paired : new PairedWorkloads[] {limited, free}) {
            paired.offer(0, 0, 1.0);
            paired.offer(0, 1, 2.0);
            paired.offer(0, 2, 10.0);
        }

        assertThat(limited.least()).isCloseTo(17, within(1e-12));
        assertThat(free.least()).isCloseTo(9, within(1e-12));
    }

    /**
     * A credit earned in one domain at most: four replicas, 1 per pair, 0.1 each on the three groups with the credit
     * where it applies (domains 0 and 1, credit 1) and 0.1 on domain 2 without it. The real domains cost 1.1, 1.1 and
     * 0.1; a domain of its own offers the credit at 0.1. Filled: 0.1 (domain 2), 0.1 (the credited one), then 1.1
     * twice: 2.4. Earned in two domains, 0.1 three times and 1.1: 1.4.
     */
    @Test
    void countsALimitedCreditInAsManyDomainsOfItsOwnAsItIsEarnedIn() {
        double[] credit = {1, 1, 0};
        PairedWorkloads once = new PairedWorkloads(new int[] {7}, new double[] {4}, pairs(1),
                new int[][] {{0, 1, 2}}, new SpreadLimits.Limits[1],
                new PairedWorkloads.Credit[] {new PairedWorkloads.Credit(credit, 1)}, new PairedWorkloads.Wider[1]);
        PairedWorkloads twice = new PairedWorkloads(new int[] {7}, new double[] {4}, pairs(1),
                new int[][] {{0, 1, 2}}, new SpreadLimits.Limits[1],
                new PairedWorkloads.Credit[] {new PairedWorkloads.Credit(credit, 2)}, new PairedWorkloads.Wider[1]);
        for (PairedWorkloads paired : new PairedWorkloads[] {once, twice}) {
            for (int j = 0; j < 3; j++) {
                paired.offer(0, j, 0.1);
            }
        }

        assertThat(once.least()).isCloseTo(2.4, within(1e-12));
        assertThat(twice.least()).isCloseTo(1.4, within(1e-12));
    }

    /**
     * A hard spread holding each of four domains to one replica at most, and a credit earned in one of them: three
     * replicas, 0.1 a pair. With the credit, domains 0 and 1 cost 0.1, domains 2 and 3 cost 0.5 without it. The domain
     * of its own that earns the credit holds one replica like the real one it stands for: 0.1, 0.5 and 0.5, where
     * without that limit all three would earn it there for 0.1, 0.2 and 0.3.
     */
    @Test
    void aDomainEarningACreditHoldsNoMoreThanTheHardSpreadAllows() {
        BitSet all = new BitSet();
        all.set(0, 4);
        PairedWorkloads paired = new PairedWorkloads(new int[] {7}, new double[] {3}, pairs(0.1),
                new int[][] {{0, 1, 2, 3}}, new SpreadLimits.Limits[] {new SpreadLimits.Limits(all, 0, 1)},
                new PairedWorkloads.Credit[] {new PairedWorkloads.Credit(new double[] {1, 1, 0, 0}, 1)},
                new PairedWorkloads.Wider[1]);
        paired.offer(0, 0, 0.1);
        paired.offer(0, 1, 0.1);
        paired.offer(0, 2, 0.5);
        paired.offer(0, 3, 0.5);

        assertThat(paired.least()).isCloseTo(1.1, within(1e-12));
    }

    /**
     * A ScheduleAnyway spread's excess, 1 for each replica finding one or more of its workload in its domain: three
     * replicas over two domains at 0 and 0.5 pay 0 and 1 in the first, 0.5 in the second: 1.5.
     */
    @Test
    void chargesTheExcessBeyondASpreadsAllowance() {
        PairedWorkloads paired = new PairedWorkloads(new int[] {7}, new double[] {3},
                new DomainCharge[] {new DomainCharge(TopologyKey.ZONE, 0, 1, 1)}, new int[][] {{0, 1}},
                new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[1]);
        paired.offer(0, 0, 0.0);
        paired.offer(0, 1, 0.5);

        assertThat(paired.least()).isCloseTo(1.5, within(1e-12));
    }

    /**
     * A wider charge over sites (1 for each replica finding one of its workload in its site) on top of 0.1 a pair
     * sharing a zone: zones 0 and 1 lie in site 0, zone 2 in site 1, every price 0. Four replicas pay 0 (zone 0),
     * 0 (zone 2), 1 (zone 1, site 0 taken) and 1.1: 2.1. Where zone 1 lies in both sites, the four are also counted
     * over cells (zone and site): four cells, two per site, each replica in a cell of its own and two per site pay 2,
     * which beats the 0.1 of pairs plus the site charge's own bound 0.5; the best placement pays 2.1.
     */
    @Test
    void chargesAWiderDomainOnTopWhereTheDomainsNestInIt() {
        DomainCharge sites = new DomainCharge(TopologyKey.SITE, 0, 1, 1);
        PairedWorkloads nested = new PairedWorkloads(new int[] {7}, new double[] {4}, pairs(0.1),
                new int[][] {{0, 1, 2}}, new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[] {new PairedWorkloads.Wider(sites, new int[] {0, 0, 1}, 0.5)});
        PairedWorkloads crossing = new PairedWorkloads(new int[] {7, 7}, new double[] {2, 2}, pairs(0.1, 0.1),
                new int[][] {{0, 1}, {1, 2}}, new SpreadLimits.Limits[2], new PairedWorkloads.Credit[2],
                new PairedWorkloads.Wider[] {new PairedWorkloads.Wider(sites, new int[] {0, 0}, 0.5),
                        new PairedWorkloads.Wider(sites, new int[] {1, 1}, 0.5)});
        for (int j = 0; j < 3; j++) {
            nested.offer(0, j, 0);
        }
        crossing.offer(0, 0, 0);
        crossing.offer(0, 1, 0);
        crossing.offer(1, 0, 0);
        crossing.offer(1, 1, 0);

        assertThat(nested.least()).isCloseTo(2.1, within(1e-12));
        assertThat(nested.widerCounted()).isEqualTo(0.5);
        assertThat(crossing.least()).isCloseTo(2, within(1e-12));
        assertThat(crossing.widerCounted()).isEqualTo(0.5);
    }

    /**
     * Replicas held to two clusters whose zones do not meet: three in the first cluster's one zone, one over the
     * second's two zones, every price 0, 1 per pair. Pooled, the four would spread over the three zones (2, 1, 1) for
     * 1 pair; held apart, the three share their zone for 3. Where the clusters' zones lie in one site with a charge
     * over sites, the replicas meet there and stay pooled.
     */
    @Test
    void fillsClassesWhoseDomainsDoNotMeetApart() {
        PairedWorkloads apart = new PairedWorkloads(new int[] {7, 7}, new double[] {3, 1}, pairs(1, 1),
                new int[][] {{0}, {1, 2}}, new SpreadLimits.Limits[2], new PairedWorkloads.Credit[2],
                new PairedWorkloads.Wider[2]);
        PairedWorkloads meeting = new PairedWorkloads(new int[] {7, 7}, new double[] {3, 1}, pairs(1, 1),
                new int[][] {{0}, {1, 2}}, new SpreadLimits.Limits[2], new PairedWorkloads.Credit[2],
                new PairedWorkloads.Wider[] {new PairedWorkloads.Wider(new DomainCharge(TopologyKey.SITE, 0, 0, 1),
                        new int[] {0}, 0), new PairedWorkloads.Wider(new DomainCharge(TopologyKey.SITE, 0, 0, 1),
                        new int[] {0, 0}, 0)});
        for (PairedWorkloads paired : new PairedWorkloads[] {apart, meeting}) {
            paired.offer(0, 0, 0);
            paired.offer(1, 0, 0);
            paired.offer(1, 1, 0);
        }

        assertThat(apart.least()).isCloseTo(3, within(1e-12));
        assertThat(meeting.least()).isCloseTo(1, within(1e-12));
    }

    /**
     * A credit per cluster earned in one cluster of two zones (0 and 1; zones 2 and 3 in the other cluster), under a
     * spread over clusters (1 for each replica finding two or more in its cluster) and 0.1 a pair in a zone: every
     * price is 0 with the credit and 1 without. Four replicas: two earn it, one per zone of its cluster, and two pay 1
     * in the other, 2 in all; a third in the credited cluster would pay 1 more for the spread. With each zone earning
     * the credit in a cluster of its own, the four would share those two zones for 0.2.
     */
    @Test
    void keepsTheZonesEarningACreditPerClusterInOneCluster() {
        DomainCharge clusters = new DomainCharge(TopologyKey.CLUSTER, 0, 1, 2);
        double[] credit = {1, 1, 0, 0};
        PairedWorkloads oneCluster = new PairedWorkloads(new int[] {7}, new double[] {4}, pairs(0.1),
                new int[][] {{0, 1, 2, 3}}, new SpreadLimits.Limits[1],
                new PairedWorkloads.Credit[] {new PairedWorkloads.Credit(credit, 2, 2)},
                new PairedWorkloads.Wider[] {new PairedWorkloads.Wider(clusters, new int[] {0, 0, 1, 1}, 0)});
        PairedWorkloads clusterEach = new PairedWorkloads(new int[] {7}, new double[] {4}, pairs(0.1),
                new int[][] {{0, 1, 2, 3}}, new SpreadLimits.Limits[1],
                new PairedWorkloads.Credit[] {new PairedWorkloads.Credit(credit, 2, 1)},
                new PairedWorkloads.Wider[] {new PairedWorkloads.Wider(clusters, new int[] {0, 0, 1, 1}, 0)});
        for (PairedWorkloads paired : new PairedWorkloads[] {oneCluster, clusterEach}) {
            paired.offer(0, 0, 0);
            paired.offer(0, 1, 0);
            paired.offer(0, 2, 1);
            paired.offer(0, 3, 1);
        }

        assertThat(oneCluster.least()).isCloseTo(2, within(1e-12));
        assertThat(clusterEach.least()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void forgetsThePricesOnceAsked() {
        PairedWorkloads paired = new PairedWorkloads(new int[] {7}, new double[] {1}, pairs(1),
                new int[][] {{0, 1}}, new SpreadLimits.Limits[1], new PairedWorkloads.Credit[1],
                new PairedWorkloads.Wider[1]);
        paired.offer(0, 0, 1.0);
        paired.least();
        paired.offer(0, 1, 3.0);

        assertThat(paired.least()).isCloseTo(3.0, within(1e-12));
    }

    /** Per class, a charge of this much per pair of its workload's replicas sharing a zone. */
    private static DomainCharge[] pairs(double... perPair) {
        DomainCharge[] charges = new DomainCharge[perPair.length];
        for (int c = 0; c < perPair.length; c++) {
            charges[c] = DomainCharge.pairs(TopologyKey.ZONE, perPair[c]);
        }
        return charges;
    }
}
