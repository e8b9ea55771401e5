package dev.traverse.engine.placement.improve;

import java.util.SplittableRandom;

/**
 * A change of several moves planned through the journal before any is made: each replica is lifted and dropped where
 * it goes, so that later steps of the plan see the hosts as they will be. The plan is then taken back and its moves
 * made through the relocation, which prices them as one change. An ejection makes room for a replica on a host by
 * moving one of the host's replicas elsewhere first (a chain of two links).
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

    /**
     * Moves {@code ejected} off {@code on} to the best host of its reach that admits it ({@code excluded} left out,
     * only hosts in use when {@code usedOnly}), when {@code replica}, off {@code from} now, may then go to
     * {@code on}. Returns whether it did; otherwise it has taken back what it tried.
     */
    boolean ejectFor(int replica, int from, int on, int tier, int keep, int ejected, int excluded, boolean usedOnly,
                     int wanted, int scanLimit, SplittableRandom random) {
        int before = journal.mark();
        int ejectedTier = rules.tierOf(ejected, on);
        journal.lift(ejected);
        int ejectedKeep = rules.domainsToKeep(ejected, on);
        int to = targets.best(ejected, on, ejectedTier, ejectedKeep, excluded, usedOnly, wanted, scanLimit, random);
        if (to >= 0) {
            drop(ejected, to);
            if (rules.admits(replica, from, on, tier, keep)) {
                return true;
            }
            planned--;
        }
        journal.undoTo(before);
        return false;
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
