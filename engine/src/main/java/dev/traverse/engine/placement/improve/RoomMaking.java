package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Makes room for a replica on a host where room is all it lacks, by planning moves of the host's other replicas
 * elsewhere, those asking most of the resource the host is short of first, until the replica fits. Where a few small
 * replicas fill the one host a replica wants, no single move gains by itself; the moves and the replica's own, priced
 * as one change, may.
 */
final class RoomMaking {

    /** Replicas moved off a host, at most, to make room on it. */
    static final int MOST_MOVED_OFF = 6;
    /** Hosts a replica moved off is tried on (those that admit it, and all looked at). */
    private static final int MOVED_OFF_WANTED = 2;
    private static final int MOVED_OFF_SCAN_LIMIT = 16;

    private final PlacementState state;
    private final MoveRules rules;
    private final Occupancy occupancy;

    RoomMaking(PlacementState state, MoveRules rules, Occupancy occupancy) {
        this.state = state;
        this.rules = rules;
        this.occupancy = occupancy;
    }

    /**
     * Plans moves of the host's replicas (but those {@code stays} keeps) elsewhere until the replica, off
     * {@code from} now, may go to {@code on}. Returns whether it may, the moves planned; otherwise it has taken them
     * back.
     */
    boolean make(MovePlan plan, int replica, int from, int on, int tier, int keep, IntPredicate stays,
                 SplittableRandom random) {
        if (!rules.admitsWithRoom(replica, from, on, tier, keep)) {
            return false;
        }
        MovePlan.Checkpoint before = plan.checkpoint();
        int[] there = largestFirst(occupancy.replicasOnCopy(on), state.shortDimension(on, request(replica)), random);
        int movedOff = 0;
        for (int i = 0; i < there.length && movedOff < MOST_MOVED_OFF; i++) {
            int other = there[i];
            if (stays.test(other) || !rules.movable(other)) {
                continue;
            }
            if (plan.moveOff(other, on, on, false, MOVED_OFF_WANTED, MOVED_OFF_SCAN_LIMIT, random)) {
                movedOff++;
                if (rules.admits(replica, from, on, tier, keep)) {
                    return true;
                }
            }
        }
        plan.rollBack(before);
        return false;
    }

    /**
     * The replicas, those asking most of the resource the host is short of first (fewest moves make the room), ties
     * in an order drawn at random.
     */
    private int[] largestFirst(int[] replicas, int dimension, SplittableRandom random) {
        for (int i = replicas.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = replicas[i];
            replicas[i] = replicas[j];
            replicas[j] = swap;
        }
        if (dimension < 0) {
            return replicas;
        }
        Integer[] boxed = Arrays.stream(replicas).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Long.compare(request(b)[dimension], request(a)[dimension]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private long[] request(int replica) {
        return state.demandOf(state.replica(replica)).request();
    }
}
