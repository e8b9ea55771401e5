package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.bound.ObjectiveBound;
import dev.traverse.engine.placement.bound.RelaxationPrices;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** The scorers with a weight above zero, each with its factor (weight divided by scale), for one run. */
final class ScoringPlan {

    private final Problem problem;
    private final Scorer[] scorers;
    private final double[] factors;
    /** Per demand, the indices of the scorers that apply to it; built on first use. */
    private final int[][] applicable;
    /** Per part ({@link ScorePart}) and demand, the indices of its scorers that apply to the demand; built on use. */
    private final int[][][] byPart;
    /** Per scorer, its bounds on every group ({@code [0]} any member, {@code [1]} an empty one) by minDeltaKey. */
    private final List<java.util.Map<Object, double[][]>> boundVectors = new ArrayList<>();
    /** The required affinity terms naming another workload, for the bound; worked out on first use. */
    private List<int[]> requiredTerms;
    /** The replicas a keep pass placed before the construction pass, out of the placing order. */
    private BitSet kept = new BitSet();
    /** The order the construction pass places the replicas in, worked out once by the pass. */
    private java.util.function.Supplier<int[]> placingOrder;
    /** The prices the last lower bound ended with, where the next one starts (see {@link RelaxationPrices}). */
    private RelaxationPrices boundPrices = RelaxationPrices.NONE;
    private final AmortisedOpening amortisedOpening;
    /** How many times its usual work the bound's search of the relaxation's dual may do. */
    private double boundEffort = 1;

    ScoringPlan(Problem problem, List<Scorer> all, ObjectiveWeights weights) {
        this.problem = problem;
        this.applicable = new int[problem.demands().size()][];
        this.byPart = new int[ScorePart.values().length][problem.demands().size()][];
        List<Scorer> used = new ArrayList<>();
        List<Double> factorList = new ArrayList<>();
        for (Scorer scorer : all) {
            double weight = weights.of(scorer.objective());
            if (weight > 0) {
                double scale = scorer.scale(problem);
                used.add(scorer);
                factorList.add(weight / (scale > 0 && Double.isFinite(scale) ? scale : 1));
            }
        }
        scorers = used.toArray(Scorer[]::new);
        for (int i = 0; i < scorers.length; i++) {
            boundVectors.add(new java.util.HashMap<>());
        }
        factors = factorList.stream().mapToDouble(Double::doubleValue).toArray();
        amortisedOpening = new AmortisedOpening(problem, scorers, factors);
    }

    /**
     * What the construction adds to a replica's {@link #score} on an empty member of the group when it ranks hosts:
     * see {@link AmortisedOpening}. Never above 0.
     */
    double openingShift(int demand, int group) {
        return amortisedOpening.shift(applicable(demand), demand, group);
    }

    /** Each objective's weighted, normalised share of {@link #score}, for explanations. */
    java.util.Map<String, Double> breakdown(PlacementState state, Replica replica, int host) {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        for (int i = 0; i < scorers.length; i++) {
            out.merge(scorers[i].objective(), factors[i] * scorers[i].delta(state, replica, host), Double::sum);
        }
        return out;
    }

    /**
     * A lower bound on the objective of any placement of the replicas placed in {@code state}, each on a host its
     * rules allow, in any order: see {@link ObjectiveBound}.
     */
    double lowerBound(PlacementState state, List<HostFilter> filters) {
        BitSet[] inSomeTier = new BitSet[problem.demands().size()];
        Map<String, BitSet> groupsOfCluster = GroupScope.groupsOfCluster(problem);
        java.util.function.IntFunction<BitSet> anyTier = d -> {
            if (inSomeTier[d] == null) {
                inSomeTier[d] = GroupScope.inSomeTier(problem, state.feasibleGroups(d), d, groupsOfCluster);
            }
            return inSomeTier[d];
        };
        // Workloads whose first fallback tier always has room stay in it.
        BitSet[] firstTier = FirstTierRoom.of(state, filters, anyTier, placingOrder, kept);
        java.util.function.IntFunction<BitSet> tiers = d -> firstTier[d] != null ? firstTier[d] : anyTier.apply(d);
        if (requiredTerms == null) {
            requiredTerms = CompanionReach.requiredTerms(problem);
        }
        CompanionReach companions = new CompanionReach(state, requiredTerms, tiers);
        ForcedLoad forced = new ForcedLoad(state,
                replica -> GroupScope.allowed(problem, tiers.apply(replica.demand()), replica));
        PlacedReplicas placed = new PlacedReplicas(state, replica -> {
            BitSet allowed = forced.narrow(replica,
                    GroupScope.allowed(problem, tiers.apply(replica.demand()), replica));
            // A pinned replica's host is its own business: it is placed there or not at all.
            return replica.host() >= 0 ? allowed : companions.narrow(replica.demand(), allowed);
        });
        ObjectiveBound.Estimate estimate = new ObjectiveBound(problem, List.of(scorers), factors).of(placed,
                boundPrices, boundEffort);
        boundPrices = estimate.prices();
        return estimate.bound();
    }

    /** The prices the last lower bound ended with, or those it will start from when there was none yet. */
    RelaxationPrices boundPrices() {
        return boundPrices;
    }

    /** Lets the bound's search of the relaxation's dual do {@code effort} times its usual work (at least 1). */
    void boundEffort(double effort) {
        boundEffort = Math.max(1, effort);
    }

    /** The construction pass's order of the replicas, which the bound reads where fallback tiers need it. */
    void placesIn(java.util.function.Supplier<int[]> order) {
        placingOrder = order;
    }

    /** The replicas a keep pass placed, all before the construction pass placed any other. */
    void noteKept(BitSet replicas) {
        kept = (BitSet) replicas.clone();
    }

    /** Starts the next lower bound from the prices an earlier run's bound ended with. */
    void startBoundFrom(RelaxationPrices prices) {
        boundPrices = java.util.Objects.requireNonNull(prices, "prices");
    }

    /**
     * A value equal for demands whose {@link #groupBounds} are equal on every group, or null when some scorer cannot
     * say.
     */
    Object minScoreKey(int demand) {
        int[] indices = applicable(demand);
        List<Object> key = new ArrayList<>(indices.length + 1);
        key.add(java.nio.IntBuffer.wrap(indices)); // equal by content
        for (int i : indices) {
            Object part = scorers[i].minDeltaKey(problem, demand);
            if (part == null) {
                return null;
            }
            key.add(part);
        }
        return key;
    }

    /**
     * Lower bounds on {@link #score} for any replica of the demand, on any member of a group and on an empty one,
     * whatever is placed: the weighted sums of the scorers' {@link Scorer#minDelta} and
     * {@link Scorer#minDeltaOnEmpty}. Each scorer's bounds are kept by its {@link Scorer#minDeltaKey}, as
     * thousands of workloads share a few request sizes and data sources, and worked out per group when a demand with
     * that key first asks for it; scorers without a key are asked each time.
     */
    GroupBounds groupBounds(int demand) {
        int[] indices = applicable(demand);
        double[][] least = new double[indices.length][];
        double[][] leastOnEmpty = new double[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            Object key = scorers[i].minDeltaKey(problem, demand);
            if (key != null) {
                double[][] vectors = boundVectors.get(i).computeIfAbsent(key, x -> unknownVectors());
                least[k] = vectors[0];
                leastOnEmpty[k] = vectors[1];
            }
        }
        return new GroupBounds() {
            @Override
            public double least(int group) {
                double total = 0;
                for (int k = 0; k < indices.length; k++) {
                    total += factors[indices[k]] * leastPart(k, group);
                }
                return total;
            }

            @Override
            public void least(int[] groups, double[] into) {
                // Scorer by scorer, so each reads one vector through; every group's sum adds its parts in the order
                // least(group) adds them, to the same value.
                java.util.Arrays.fill(into, 0, groups.length, 0);
                for (int k = 0; k < indices.length; k++) {
                    double factor = factors[indices[k]];
                    for (int n = 0; n < groups.length; n++) {
                        into[n] += factor * leastPart(k, groups[n]);
                    }
                }
            }

            @Override
            public double leastOnEmpty(int group) {
                double total = 0;
                for (int k = 0; k < indices.length; k++) {
                    total += factors[indices[k]] * leastOnEmptyPart(k, group);
                }
                return total;
            }

            /** The k-th applicable scorer's minDelta on the group, kept in its vector when it has one. */
            private double leastPart(int k, int group) {
                double[] vector = least[k];
                double part = vector == null ? Double.NaN : vector[group];
                if (Double.isNaN(part)) {
                    part = scorers[indices[k]].minDelta(problem, demand, group);
                    if (vector != null) {
                        vector[group] = part;
                    }
                }
                return part;
            }

            /** The same for minDeltaOnEmpty. */
            private double leastOnEmptyPart(int k, int group) {
                double[] vector = leastOnEmpty[k];
                double part = vector == null ? Double.NaN : vector[group];
                if (Double.isNaN(part)) {
                    part = scorers[indices[k]].minDeltaOnEmpty(problem, demand, group);
                    if (vector != null) {
                        vector[group] = part;
                    }
                }
                return part;
            }
        };
    }

    /** A demand's lower bounds on its score per group, on any member and on an empty one. */
    interface GroupBounds {
        double least(int group);

        /** {@link #least(int)} of each of the groups, into the same positions of {@code into}. */
        void least(int[] groups, double[] into);

        double leastOnEmpty(int group);
    }

    /**
     * One scorer's bounds for one key, on any member and on an empty one, per group: NaN until a demand with the key
     * asks for the group. Workloads held to a few sites ask for a few of thousands of groups.
     */
    private double[][] unknownVectors() {
        int groups = problem.groups().size();
        double[][] out = new double[2][groups];
        java.util.Arrays.fill(out[0], Double.NaN);
        java.util.Arrays.fill(out[1], Double.NaN);
        return out;
    }

    /** The weighted, normalised sum of what placing the replica on the host adds; lower is better. */
    double score(PlacementState state, Replica replica, int host) {
        double total = 0;
        for (int i : applicable(replica.demand())) {
            total += factors[i] * scorers[i].delta(state, replica, host);
        }
        return total;
    }

    /** A part of {@link #score}; the two parts add up to it. */
    enum ScorePart {
        /** Scorers whose delta is the change of one function of the state ({@link Scorer#isMarginal}). */
        MARGINAL,
        /** Every other scorer. */
        REST;

        boolean holds(Scorer scorer) {
            return scorer.isMarginal() == (this == MARGINAL);
        }
    }

    /** The part of {@link #score} from the scorers of one part; the parts add up to the score. */
    double score(PlacementState state, Replica replica, int host, ScorePart part) {
        double total = 0;
        for (int i : indices(replica.demand(), part)) {
            total += factors[i] * scorers[i].delta(state, replica, host);
        }
        return total;
    }

    private int[] indices(int demand, ScorePart part) {
        int[] indices = byPart[part.ordinal()][demand];
        if (indices == null) {
            int[] all = applicable(demand);
            int n = 0;
            for (int i : all) {
                n += part.holds(scorers[i]) ? 1 : 0;
            }
            indices = new int[n];
            n = 0;
            for (int i : all) {
                if (part.holds(scorers[i])) {
                    indices[n++] = i;
                }
            }
            byPart[part.ordinal()][demand] = indices;
        }
        return indices;
    }

    /**
     * Whether some weighted scorer whose delta is not marginal ({@link Scorer#isMarginal}) applies to some demand: then
     * the total over a placement depends on the order its replicas are scored in.
     */
    boolean dependsOnOrder() {
        for (int d = 0; d < problem.demands().size(); d++) {
            for (int i : applicable(d)) {
                if (!scorers[i].isMarginal()) {
                    return true;
                }
            }
        }
        return false;
    }

    private int[] applicable(int demand) {
        int[] list = applicable[demand];
        if (list == null) {
            list = java.util.stream.IntStream.range(0, scorers.length)
                    .filter(i -> scorers[i].appliesTo(problem, demand)).toArray();
            applicable[demand] = list;
        }
        return list;
    }
}
