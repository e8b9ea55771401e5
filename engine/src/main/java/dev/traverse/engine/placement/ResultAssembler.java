package dev.traverse.engine.placement;

import dev.traverse.engine.model.Billing;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.improve.ImprovementPass;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.PlaceMemo;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import dev.traverse.engine.placement.problem.ResourceDimensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/** Turns the final state into a {@link PlacementResult}: names instead of indices, usage, objectives in their units. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    /** @param elapsed the engine's time so far, read once the result is complete */
    static PlacementResult assemble(ImprovementPass.Outcome outcome, java.util.function.LongSupplier elapsed) {
        PlacementState state = outcome.state();
        Problem problem = state.problem();
        List<Assignment> assignments = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < state.replicas().size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            Replica x = state.replica(a);
            Replica y = state.replica(b);
            return x.demand() != y.demand() ? Integer.compare(x.demand(), y.demand())
                    : Integer.compare(x.ordinal(), y.ordinal());
        });
        for (int i : order) {
            int host = state.hostOf(i);
            if (host != PlacementState.UNPLACED) {
                Replica r = state.replica(i);
                assignments.add(new Assignment(problem.demands().get(r.demand()).name(), r.ordinal(),
                        problem.hostNames()[host]));
            }
        }
        Map<String, Integer> demandIndex = new java.util.HashMap<>();
        problem.demands().forEach(d -> demandIndex.put(d.name(), d.index()));
        var unplaced = new ArrayList<>(outcome.unplaced());
        unplaced.sort(java.util.Comparator.comparingInt((PlacementResult.UnplacedReplica u) -> demandIndex.get(u.workload()))
                .thenComparingInt(PlacementResult.UnplacedReplica::replica));
        List<HostUsage> usage = usage(state);
        ObjectiveSummary objectives = objectives(state, outcome.objective());
        double bound = outcome.lowerBound();
        // A bound that reaches the objective does so up to the rounding of sums added in another order: it is equal.
        if (bound > outcome.objective() && bound - outcome.objective() <= 1e-9 * Math.max(1, Math.abs(bound))) {
            bound = outcome.objective();
        }
        double gap = Math.abs(outcome.objective() - bound) < 1e-12 ? 0
                : (outcome.objective() - bound) / Math.max(Math.abs(outcome.objective()), 1e-9);
        return new PlacementResult(assignments, unplaced, usage, objectives, bound, gap, elapsed.getAsLong(),
                outcome.steps());
    }

    /**
     * Every host's usage. Members of a group share one capacity map, and empty members one map of zeros: an estate
     * of 100,000 nodes would otherwise build two maps per node.
     */
    private static List<HostUsage> usage(PlacementState state) {
        Problem problem = state.problem();
        List<HostUsage> out = new ArrayList<>(problem.hostCount());
        GroupAmounts amounts = GroupAmounts.of(problem);
        for (HostGroup group : problem.groups()) {
            Map<String, String> capacity = amounts.capacity().get(group.index());
            Map<String, String> none = amounts.none().get(group.index());
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                int host = h;
                Map<String, String> used = state.isEmpty(h) ? none : amounts(problem, group, d -> state.used(host, d));
                out.add(new HostUsage(problem.hostNames()[h], state.replicasOn(h), used, capacity));
            }
        }
        return out;
    }

    /**
     * Each group's capacity and an empty member's usage, written out. They depend on the places alone, so results
     * for problems on the same places (the previews after edits of workloads) share them ({@link PlaceMemo}): on a
     * 10,000-element estate writing them out was over a third of what a preview allocated.
     */
    private record GroupAmounts(List<Map<String, String>> capacity, List<Map<String, String>> none) {

        private static final PlaceMemo.Key<GroupAmounts> KEY = new PlaceMemo.Key<>();

        static GroupAmounts of(Problem problem) {
            return problem.fromPlaces(KEY, GroupAmounts::writtenOut);
        }

        private static GroupAmounts writtenOut(Problem problem) {
            List<Map<String, String>> capacity = new ArrayList<>(problem.groups().size());
            List<Map<String, String>> none = new ArrayList<>(problem.groups().size());
            for (HostGroup group : problem.groups()) {
                capacity.add(amounts(problem, group, d -> group.capacity()[d]));
                none.add(amounts(problem, group, d -> 0));
            }
            return new GroupAmounts(capacity, none);
        }
    }

    /** The amounts of the resources the group's members have, by name (devices count no pods). */
    private static Map<String, String> amounts(Problem problem, HostGroup group, IntToLongFunction of) {
        ResourceDimensions dims = problem.dimensions();
        Map<String, String> out = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            boolean devicePods = d == ResourceDimensions.PODS && group.isDevice();
            if (group.capacity()[d] > 0 && !devicePods) {
                out.put(dims.name(d), dims.format(d, of.applyAsLong(d)));
            }
        }
        return Map.copyOf(out);
    }

    private static ObjectiveSummary objectives(PlacementState state, double total) {
        Problem problem = state.problem();
        double cost = 0;
        double carbon = 0;
        for (int h = 0; h < problem.hostCount(); h++) {
            HostGroup g = problem.groupOf(h);
            boolean used = !state.isEmpty(h);
            if (used || g.billing() == Billing.ALWAYS) {
                cost += g.costPerHour();
            }
            if (used && g.site().carbonIntensity() != null) {
                carbon += g.powerWatts() * share(state, h, g) * g.site().carbonIntensity() / 1000;
            }
        }
        double latencySum = 0;
        double worst = 0;
        int bound = 0;
        for (int i = 0; i < state.replicas().size(); i++) {
            int host = state.hostOf(i);
            Demand demand = state.demandOf(state.replica(i));
            if (host != PlacementState.UNPLACED && demand.latencySource() >= 0) {
                double latency = problem.latencyToHost(demand, host);
                latencySum += latency;
                worst = Math.max(worst, latency);
                bound++;
            }
        }
        return new ObjectiveSummary(cost, bound == 0 ? 0 : latencySum / bound, worst, carbon, total);
    }

    /** The share of a host in use, by cpu, or by memory for hosts without cpu capacity (microcontrollers). */
    private static double share(PlacementState state, int host, HostGroup g) {
        int dim = g.capacity()[ResourceDimensions.CPU] > 0 ? ResourceDimensions.CPU : ResourceDimensions.MEMORY;
        long capacity = g.capacity()[dim];
        return capacity == 0 ? 0 : Math.min(1, (double) state.used(host, dim) / capacity);
    }
}
