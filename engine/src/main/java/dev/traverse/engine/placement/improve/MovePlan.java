package dev.traverse.engine.placement.improve;

import java.util.SplittableRandom;

/**
 * A change of several moves planned through the journal before any is made: each replica is lifted and dropped where
 * it goes, so that later steps of the plan see the hosts as they will be. The plan is then taken back and its moves
 * made through the relocation, which prices them as one change. An ejection makes room for a replica on a host by
 * moving one or more of the host's replicas elsewhere first.
 */
final class MovePlan {

    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final Relocation relocation;
    private final int mark;
    private final int[] moved;
    private final int[] hosts;
    private int planned;

    /** Starts a plan of at most {@code most} moves. */
    MovePlan(Journal journal, MoveRules rules, Targets targets, Relocation relocation, int most) {
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.relocation = relocation;
        this.mark = journal.mark();
        this.moved = new int[most];
        this.hosts = new int[most];
    }

    /** The replica, already lifted through the journal, goes to the host. */
    void drop(int replica, int host) {
        journal.drop(replica, host);
        moved[planned] = replica;
        hosts[planned++] = host;
    }

    /** Where the plan stands: the journal's mark and the moves planned, to go back to with {@link #rollBack}. */
    record Checkpoint(int mark, int planned) {
    }

    Checkpoint checkpoint() {
        return new Checkpoint(journal.mark(), planned);
    }

    /** Takes back what was planned since the checkpoint. */
    void rollBack(Checkpoint checkpoint) {
        journal.undoTo(checkpoint.mark());
        planned = checkpoint.planned();
    }

    /**
     * Moves {@code ejected} off {@code on} to the best host of its reach that admits it ({@code excluded} left out,
     * only hosts in use when {@code usedOnly}), when {@code replica}, off {@code from} now, may then go to
     * {@code on}. Returns whether it did; otherwise it has taken back what it tried.
     */
    boolean ejectFor(int replica, int from, int on, int tier, int keep, int ejected, int excluded, boolean usedOnly,
                     int wanted, int scanLimit, SplittableRandom random) {
        Checkpoint before = checkpoint();
        if (moveOff(ejected, on, excluded, usedOnly, wanted, scanLimit, random)
                && rules.admits(replica, from, on, tier, keep)) {
            return true;
        }
        rollBack(before);
        return false;
    }

    /**
     * Moves {@code replica} off {@code on} to the best host of its reach that admits it ({@code excluded} left out,
     * only hosts in use when {@code usedOnly}). Returns whether it found one; otherwise nothing is planned.
     */
    boolean moveOff(int replica, int on, int excluded, boolean usedOnly, int wanted, int scanLimit,
                    SplittableRandom random) {
        int before = journal.mark();
        int tier = rules.tierOf(replica, on);
        journal.lift(replica);
        int keep = rules.domainsToKeep(replica, on);
        int to = targets.best(replica, on, tier, keep, excluded, usedOnly, wanted, scanLimit, random);
        if (to < 0) {
            journal.undoTo(before);
            return false;
        }
        drop(replica, to);
        return true;
    }

    /** Takes the plan back, making no change: NaN, as a neighbourhood that found none returns. */
    double abandon() {
        journal.undoTo(mark);
        return Double.NaN;
    }

    /** Takes the plan back and makes its moves: what they do to the objective. */
    double make() {
        journal.undoTo(mark);
        double delta = 0;
        for (int i = 0; i < planned; i++) {
            delta += relocation.move(moved[i], hosts[i]);
        }
        return delta;
    }
}
