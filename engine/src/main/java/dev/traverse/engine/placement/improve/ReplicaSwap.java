package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;

/**
 * Swaps two replicas of different workloads on two hosts: where neither fits beside the other, exchanging them can
 * still lower the objective. The second placement is judged once the first is made.
 */
final class ReplicaSwap implements Neighbourhood {

    private final PlacementState state;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final PlacedReplicas replicas;
    private final Occupancy occupancy;
    private final Relocation relocation;

    ReplicaSwap(PlacementState state, Journal journal, MoveRules rules, Targets targets, PlacedReplicas replicas,
                Occupancy occupancy, Relocation relocation) {
        this.state = state;
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.replicas = replicas;
        this.occupancy = occupancy;
        this.relocation = relocation;
    }

    @Override
    public double tryOne(SplittableRandom random) {
        int first = replicas.draw(random);
        if (first < 0) {
            return Double.NaN;
        }
        int a = state.hostOf(first);
        int firstTier = rules.tierOf(first, a);
        int b = targets.random(first, firstTier, random);
        if (b < 0 || b == a || state.isEmpty(b)) {
            return Double.NaN;
        }
        int second = occupancy.replicaOn(b, random.nextInt(occupancy.replicasOn(b)));
        if (!rules.movable(second) || state.replica(second).demand() == state.replica(first).demand()) {
            return Double.NaN;
        }
        int secondTier = rules.tierOf(second, b);
        int tierThere = rules.tierOf(second, a);
        if (tierThere < 0 || tierThere > secondTier) {
            return Double.NaN;
        }
        int mark = journal.mark();
        journal.lift(first);
        int firstKeeps = rules.domainsToKeep(first, a);
        journal.lift(second);
        int secondKeeps = rules.domainsToKeep(second, b);
        boolean admitted = rules.admits(first, a, b, firstTier, firstKeeps);
        if (admitted) {
            journal.drop(first, b);
            admitted = rules.admits(second, b, a, secondTier, secondKeeps);
        }
        journal.undoTo(mark);
        return admitted ? relocation.move(new int[] {first, second}, new int[] {b, a}) : Double.NaN;
    }
}
