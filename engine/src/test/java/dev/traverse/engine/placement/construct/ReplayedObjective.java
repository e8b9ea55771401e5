package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objective of any assignment of a topology's replicas, as the engine defines it: the placed replicas replayed in
 * replica index order into an empty state, each adding its run's weighted score ({@link ScoringPlan}) for its host at
 * that moment. Here so that tests outside this package can value assignments the engine did not make.
 */
public final class ReplayedObjective {

    private final Problem problem;
    private final PlacementState state;
    private final ScoringPlan scoring;
    private final Map<String, Integer> replicaIndex = new HashMap<>();
    private final Map<String, Integer> hostIndex = new HashMap<>();

    private ReplayedObjective(Topology topology, PlacementOptions options) {
        problem = ProblemCompiler.compile(topology);
        PassFactory.Wiring wiring = PassFactory.wire(problem, BuiltInPlugins.registry(),
                new ObjectiveWeights(topology.objectives(), options.weights()));
        state = wiring.pass().state();
        scoring = wiring.scoring();
        String[] hostNames = problem.hostNames();
        for (int h = 0; h < hostNames.length; h++) {
            hostIndex.putIfAbsent(hostNames[h], h);
        }
        List<Replica> replicas = state.replicas();
        for (int i = 0; i < replicas.size(); i++) {
            Replica r = replicas.get(i);
            replicaIndex.put(key(problem.demands().get(r.demand()).name(), r.ordinal()), i);
        }
    }

    public static ReplayedObjective of(Topology topology, PlacementOptions options) {
        return new ReplayedObjective(topology, options);
    }

    /** The key of a replica in {@link #total(Map)}'s argument. */
    public static String key(String workload, int replica) {
        return workload + "/" + replica;
    }

    /**
     * @param nodeByReplica the host of each placed replica by {@link #key}; replicas not in it are unplaced
     * @throws IllegalArgumentException when a key or host names nothing in the topology
     */
    public double total(Map<String, String> nodeByReplica) {
        int[] host = new int[state.replicas().size()];
        Arrays.fill(host, PlacementState.UNPLACED);
        nodeByReplica.forEach((replica, node) -> {
            Integer index = replicaIndex.get(replica);
            Integer h = hostIndex.get(node);
            if (index == null || h == null) {
                throw new IllegalArgumentException("no replica " + replica + " or no host " + node);
            }
            host[index] = h;
        });
        double total = 0;
        for (int i = 0; i < host.length; i++) {
            if (host[i] != PlacementState.UNPLACED) {
                total += scoring.score(state, state.replica(i), host[i]);
                state.place(i, host[i]);
            }
        }
        for (int i = 0; i < host.length; i++) {
            if (host[i] != PlacementState.UNPLACED) {
                state.remove(i);
            }
        }
        return total;
    }
}
