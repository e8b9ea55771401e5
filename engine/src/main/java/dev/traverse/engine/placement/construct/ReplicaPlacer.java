package dev.traverse.engine.placement.construct;

import java.util.OptionalDouble;

/** Places one replica where the construction pass would place it now. */
@FunctionalInterface
interface ReplicaPlacer {

    /** What placing the replica (by index) added to the objective; empty when no host takes it. */
    OptionalDouble place(int replicaIndex);
}
