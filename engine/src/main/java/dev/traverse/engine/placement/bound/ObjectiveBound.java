package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A lower bound on the weighted objective of every placement of the replicas placed in a state, so each result
 * states its gap. The objective is a sum over scorers, so a sum of lower bounds on parts of it is one: scorers that
 * bound their own total ({@link Scorer#lowerBound(PlacedReplicas)}) count that, weighted; the others are bounded
 * together, per replica at the cheapest groups it may use ({@link ReplicaBound}) plus the hosts any placement must
 * open ({@link OpeningBound}), and each adds what it charges beyond its per-replica bounds
 * ({@link Scorer#lowerBoundBeyondReplicas}). The per-replica bounds, the opening charges and the hosts' squared
 * utilisation ({@code balance}) are also bounded together ({@link ConvexRelaxation}), with and without the pairs of
 * replicas sharing a domain ({@code resilience}), and the best counts.
 */
public final class ObjectiveBound {

    private final Problem problem;
    private final List<Scorer> scorers;
    private final double[] factors;

    /** @param factors per scorer, the factor its deltas are multiplied by in the objective (weight over scale) */
    public ObjectiveBound(Problem problem, List<Scorer> scorers, double[] factors) {
        this.problem = problem;
        this.scorers = List.copyOf(scorers);
        this.factors = factors.clone();
    }

    public double of(PlacedReplicas placed) {
        return of(placed, RelaxationPrices.NONE).bound();
    }

    /** The bound, and the prices its relaxation ended with, for a later bound of an edited topology to start from. */
    public record Estimate(double bound, RelaxationPrices prices) {
    }

    /**
     * Up to this many placed replicas, a bound also counts the opening charges' own bound (whole hosts: those pinned
     * replicas, replicas kept apart and replicas asking more than half of a member must open) plus a second
     * relaxation without opening charges. The relaxation counts hosts in fractions, which is close where there are
     * many and far off where a few decide, as on small topologies; the second relaxation costs as much as the first,
     * a few milliseconds at this size.
     */
    static final int SPLIT_MOST_REPLICAS = 4_000;

    /** The bound, its relaxation's search starting from the prices of an earlier one ({@link RelaxationPrices}). */
    public Estimate of(PlacedReplicas placed, RelaxationPrices start) {
        return of(placed, start, 1);
    }

    /**
     * The same, its relaxation's search of the dual from scratch allowed {@code effort} times its usual work: a run
     * that searches placements longer earns a tighter bound.
     */
    public Estimate of(PlacedReplicas placed, RelaxationPrices start, double effort) {
        double total = 0;
        List<Scorer> rest = new ArrayList<>();
        List<Double> restFactors = new ArrayList<>();
        // Scorers whose total is a domain charge are also bounded with the per-replica bounds, instead of their own.
        double charging = 0;
        // How many scorers' totals are a domain charge.
        int chargingScorers = 0;
        DomainCharge[] domainCharges = new DomainCharge[problem.demands().size()];
        boolean anyCharge = false;
        List<Beyond> beyond = new ArrayList<>();
        for (int i = 0; i < scorers.size(); i++) {
            double own = scorers.get(i).lowerBound(placed);
            if (own > Double.NEGATIVE_INFINITY) {
                total += factors[i] * own;
                if (addCharges(placed, scorers.get(i), factors[i], domainCharges)) {
                    charging += factors[i] * own;
                    chargingScorers++;
                    anyCharge = true;
                }
            } else {
                rest.add(scorers.get(i));
                restFactors.add(factors[i]);
                total += beyondReplicas(placed, scorers.get(i), factors[i], beyond);
            }
        }
        // A spread's excess over a wider key than the charge a demand has is offered to the paired relaxation on top.
        WiderCharges wider = new WiderCharges(problem.demands().size());
        for (Beyond b : beyond) {
            DomainCharge known = domainCharges[b.demand()];
            if (known == null || known.key() == b.charge().key()
                    && (known.excess() == 0 || b.charge().excess() == 0)) {
                domainCharges[b.demand()] = known == null ? b.charge() : known.plus(b.charge());
                charging += b.bound();
                anyCharge = true;
            } else {
                wider.offer(b.demand(), b.charge(), b.bound());
            }
        }
        WeightedScorers together = new WeightedScorers(problem, rest,
                restFactors.stream().mapToDouble(Double::doubleValue).toArray());
        ClassCosts costs = new ClassCosts(placed, together);
        List<double[]> charges = openingCharges(placed, together);
        double[] perReplica = ReplicaBound.of(placed, costs, anyCharge ? domainCharges : null);
        // Both are bounds on the per-replica parts and the charging scorers' totals together: the better counts.
        double replicas = anyCharge ? Math.max(perReplica[0], perReplica[1] - charging) : perReplica[0];
        double opening = OpeningBound.of(placed, charges);
        double apart = replicas + opening;
        // With at most one scorer whose total is a domain charge, the relaxation also bounds that total with its parts,
        // and the charges beyond the replicas' bounds (ScheduleAnyway spread) that go with it.
        boolean pairs = chargingScorers <= 1 && anyCharge;
        double balanceFactor = squaredUtilisationFactor(placed, together);
        DomainCharge[] paired = pairs ? domainCharges : null;
        ConvexRelaxation.Bounds relaxed = ConvexRelaxation.of(placed, costs, summed(charges), balanceFactor, paired,
                wider, start, effort);
        double parts = relaxedParts(relaxed, apart, pairs, charging, wider);
        if (placedReplicas(placed) <= SPLIT_MOST_REPLICAS && opening > 0) {
            // The opening charges' own bound, whole hosts and all, plus the relaxation of the rest without them.
            double[] free = new double[problem.groups().size()];
            ConvexRelaxation.Bounds withoutOpening = ConvexRelaxation.of(placed, costs, free, balanceFactor, paired,
                    wider, RelaxationPrices.NONE, effort);
            double unopened = relaxedParts(withoutOpening, Double.NEGATIVE_INFINITY, pairs, charging, wider);
            parts = Math.max(parts, opening + unopened);
        }
        return new Estimate(total + parts, relaxed.prices());
    }

    /**
     * The better of {@code apart} and what the relaxation bounds of the parts the caller has not counted: its own
     * bound, or with pairs, its paired bound less the charging scorers' own totals, which the caller counts.
     */
    private static double relaxedParts(ConvexRelaxation.Bounds relaxed, double apart, boolean pairs, double charging,
                                       WiderCharges wider) {
        double parts = Math.max(apart, relaxed.alone());
        if (pairs) {
            parts = Math.max(parts, relaxed.withPairs() - charging - wider.ownBounds());
        }
        return parts;
    }

    private static long placedReplicas(PlacedReplicas placed) {
        long n = 0;
        for (PlacedReplicas.ReplicaClass c : placed.classes()) {
            n += c.count();
        }
        return n;
    }

    /**
     * The summed factor of the scorers whose total is the squared utilisation of the hosts in use, when they apply
     * to every placed demand; 0 otherwise, since replicas they skip would load hosts free of their charge.
     */
    private static double squaredUtilisationFactor(PlacedReplicas placed, WeightedScorers together) {
        double factor = 0;
        for (int s = 0; s < together.size(); s++) {
            if (together.scorer(s).addsSquaredUtilisation() && together.factor(s) > 0) {
                if (!appliesToAll(placed, together, s)) {
                    return 0;
                }
                factor += together.factor(s);
            }
        }
        return factor;
    }

    /** A demand's weighted bound beyond its per-replica bounds from one scorer, and the charge it may give way to. */
    private record Beyond(int demand, double bound, DomainCharge charge) {
    }

    /**
     * The scorer's weighted bounds beyond its per-replica bounds, over the placed demands it applies to; those that
     * come with a domain charge are noted in {@code beyond}.
     */
    private static double beyondReplicas(PlacedReplicas placed, Scorer scorer, double factor, List<Beyond> beyond) {
        Problem problem = placed.problem();
        double total = 0;
        for (int d = 0; d < problem.demands().size(); d++) {
            if (placed.count(d) > 0 && scorer.appliesTo(problem, d)) {
                double bound = factor * scorer.lowerBoundBeyondReplicas(placed, d);
                total += bound;
                DomainCharge charge = scorer.chargeBeyondReplicas(placed, d);
                if (charge != null && !charge.isNone()) {
                    beyond.add(new Beyond(d, bound, charge.times(factor)));
                }
            }
        }
        return total;
    }

    /**
     * Records the scorer's weighted domain charge for each demand it applies to with one, keeping the larger where
     * another scorer charges over another key (leaving a charge out only lowers the bound). False, recording nothing,
     * when some placed demand it applies to has none: its own bound then stands alone.
     */
    private static boolean addCharges(PlacedReplicas placed, Scorer scorer, double factor, DomainCharge[] charges) {
        Problem problem = placed.problem();
        DomainCharge[] mine = new DomainCharge[charges.length];
        for (int d = 0; d < charges.length; d++) {
            if (placed.count(d) > 0 && scorer.appliesTo(problem, d)) {
                DomainCharge charge = scorer.domainCharge(problem, d);
                if (charge == null) {
                    return false;
                }
                mine[d] = charge.times(factor);
            }
        }
        for (int d = 0; d < charges.length; d++) {
            if (mine[d] == null) {
                continue;
            }
            if (charges[d] == null) {
                charges[d] = mine[d];
            } else if (charges[d].key() == mine[d].key() && (charges[d].excess() == 0 || mine[d].excess() == 0)) {
                charges[d] = charges[d].plus(mine[d]);
            } else if (mine[d].perReplica() > charges[d].perReplica()) {
                charges[d] = mine[d];
            }
        }
        return true;
    }

    /** Per group, the charges of all charging scorers added up: what opening one member costs in the objective. */
    private double[] summed(List<double[]> charges) {
        double[] out = new double[problem.groups().size()];
        for (double[] charge : charges) {
            for (int g = 0; g < out.length; g++) {
                out[g] += charge[g];
            }
        }
        return out;
    }

    /**
     * Per scorer that charges for opening hosts, its weighted charge per group; none at all when some placed demand
     * is one a charging scorer skips, since its replicas could open hosts free of charge for the others.
     */
    private List<double[]> openingCharges(PlacedReplicas placed, WeightedScorers together) {
        List<double[]> charges = new ArrayList<>();
        for (int s = 0; s < together.size(); s++) {
            double[] charge = new double[problem.groups().size()];
            boolean opens = false;
            for (int g = 0; g < charge.length; g++) {
                charge[g] = together.factor(s) * together.scorer(s).openingCharge(problem, g);
                opens |= charge[g] != 0;
            }
            if (opens) {
                if (!appliesToAll(placed, together, s)) {
                    return List.of();
                }
                charges.add(charge);
            }
        }
        return charges;
    }

    private static boolean appliesToAll(PlacedReplicas placed, WeightedScorers together, int scorer) {
        for (int d = 0; d < placed.problem().demands().size(); d++) {
            if (placed.count(d) > 0 && java.util.Arrays.binarySearch(together.applicable(d), scorer) < 0) {
                return false;
            }
        }
        return true;
    }
}
