package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.Arrays;

/**
 * Makes every change of the improvement pass to the state, records it so that it can be taken back, and tells what
 * each change does to the objective: placing adds the replica's score on its host; removing takes away its score on
 * the host it leaves, as if placed last. For scorers whose delta is the change of a function of the state, the sum
 * over a sequence of changes is exactly the change of the objective; for the others it is an estimate.
 */
final class Journal {

    private final PlacementState state;
    private final ReplicaScore score;
    private final PlacementListener[] listeners;
    /** Per entry: the replica, and its host, negated and less one for a removal (so host 0 stays distinct). */
    private int[] replicas = new int[1024];
    private int[] hosts = new int[1024];
    private int size;
    private int placed;

    Journal(PlacementState state, ReplicaScore score, PlacementListener... listeners) {
        this.state = state;
        this.score = score;
        this.listeners = listeners;
        for (int r = 0; r < state.replicas().size(); r++) {
            if (state.hostOf(r) != PlacementState.UNPLACED) {
                placed++;
            }
        }
    }

    /** Replicas placed now. */
    int placed() {
        return placed;
    }

    /** Takes the replica off its host; returns the change of the objective (minus its score there). */
    double remove(int replica) {
        return remove(replica, score);
    }

    /** Puts an unplaced replica on the host, whatever the rules say; returns the change of the objective. */
    double place(int replica, int host) {
        return place(replica, host, score);
    }

    /** As {@link #remove(int)}, scored by {@code by}: a part of the objective's score. */
    double remove(int replica, ReplicaScore by) {
        int host = lift(replica);
        return -by.of(state.replica(replica), host);
    }

    /** As {@link #place(int, int)}, scored by {@code by}: a part of the objective's score. */
    double place(int replica, int host, ReplicaScore by) {
        double delta = by.of(state.replica(replica), host);
        drop(replica, host);
        return delta;
    }

    /** Takes the replica off its host without scoring, to try something; returns the host. */
    int lift(int replica) {
        int host = state.hostOf(replica);
        removeQuietly(replica, host);
        record(replica, -host - 1);
        return host;
    }

    /** Puts an unplaced replica on the host without scoring, to try something. */
    void drop(int replica, int host) {
        placeQuietly(replica, host);
        record(replica, host);
    }

    /** A point to come back to with {@link #undoTo}. */
    int mark() {
        return size;
    }

    /** Takes back every change since the mark, newest first. */
    void undoTo(int mark) {
        while (size > mark) {
            size--;
            int replica = replicas[size];
            int entry = hosts[size];
            if (entry >= 0) {
                removeQuietly(replica, entry);
            } else {
                placeQuietly(replica, -entry - 1);
            }
        }
    }

    /** Forgets the recorded changes, which then can no longer be taken back. */
    void forget() {
        size = 0;
    }

    /** How many changes could be taken back. */
    int size() {
        return size;
    }

    private void removeQuietly(int replica, int host) {
        state.remove(replica);
        placed--;
        for (PlacementListener l : listeners) {
            l.removed(replica, host);
        }
    }

    private void placeQuietly(int replica, int host) {
        state.place(replica, host);
        placed++;
        for (PlacementListener l : listeners) {
            l.added(replica, host);
        }
    }

    private void record(int replica, int entry) {
        if (size == replicas.length) {
            replicas = Arrays.copyOf(replicas, size * 2);
            hosts = Arrays.copyOf(hosts, size * 2);
        }
        replicas[size] = replica;
        hosts[size] = entry;
        size++;
    }
}
