package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.problem.Replica;

/** The weighted, normalised score of placing a replica on a host in a run's current state; lower is better. */
@FunctionalInterface
public interface ReplicaScore {

    double of(Replica replica, int host);
}
