package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import java.util.SplittableRandom;

/**
 * Hosts to try a replica on. Used members come first: joining a host in use is what packs, and empty members of a
 * group are alike, so one drawn at random stands for all of them.
 */
final class Targets {

    /** Members drawn at random when looking for an empty one; a group that mostly holds something yields none. */
    private static final int EMPTY_PROBES = 4;
    /** How often a random target is a used member, of every eight draws, when its group has one. */
    static final int MOSTLY_USED = 7;

    private final PlacementState state;
    private final RunRules rules;
    private final Occupancy occupancy;
    private final ReplicaReach reach;
    private final MoveRules moves;

    Targets(RunRules rules, Occupancy occupancy, ReplicaReach reach, MoveRules moves) {
        this.state = rules.state();
        this.rules = rules;
        this.occupancy = occupancy;
        this.reach = reach;
        this.moves = moves;
    }

    /** A host of the replica's reach up to the tier, drawn at random, mostly a used member; -1 when it has none. */
    int random(int replica, int maxTier, SplittableRandom random) {
        return random(reach.of(replica), maxTier, MOSTLY_USED, random);
    }

    /**
     * A host of the reach up to the tier, drawn at random: a used member of a random group {@code usedInEight}
     * times in eight when the group has one, else any member; -1 when the reach has none.
     */
    int random(ReplicaReach.Reach r, int maxTier, int usedInEight, SplittableRandom random) {
        int groups = r.groupsUpTo(maxTier);
        if (groups == 0) {
            return -1;
        }
        int g = r.groups()[random.nextInt(groups)];
        int used = occupancy.usedMembers(g);
        if (used > 0 && random.nextInt(8) < usedInEight) {
            return occupancy.usedMember(g, random.nextInt(used));
        }
        HostGroup group = state.problem().groups().get(g);
        return group.firstHost() + random.nextInt(group.size());
    }

    /**
     * The lowest-scoring host that admits the replica (which is not placed now), among the first {@code wanted} that
     * do, looking at no more than {@code scanLimit} hosts from a random starting point; -1 when none does.
     *
     * @param usedOnly only hosts that hold something: for emptying a host, a move to an empty one gains nothing
     */
    /** Where the replica may go: the improvement pass draws from it again and again. */
    ReplicaReach.Reach reachOf(int replica) {
        return reach.of(replica);
    }

    int best(int replica, int from, int maxTier, int keep, int excluded, boolean usedOnly, int wanted, int scanLimit,
             SplittableRandom random) {
        ReplicaReach.Reach r = reach.of(replica);
        int groups = r.groupsUpTo(maxTier);
        if (groups == 0) {
            return -1;
        }
        Choice choice = new Choice();
        int start = random.nextInt(groups);
        for (int i = 0; i < groups && choice.admitted < wanted && choice.scanned < scanLimit; i++) {
            int g = r.groups()[(start + i) % groups];
            int used = occupancy.usedMembers(g);
            int offset = used == 0 ? 0 : random.nextInt(used);
            for (int j = 0; j < used && choice.admitted < wanted && choice.scanned < scanLimit; j++) {
                int host = occupancy.usedMember(g, (offset + j) % used);
                if (host != excluded) {
                    consider(choice, replica, from, host, maxTier, keep);
                }
            }
            if (!usedOnly && choice.admitted < wanted) {
                int empty = randomEmptyMember(g, random);
                if (empty >= 0 && empty != excluded) {
                    consider(choice, replica, from, empty, maxTier, keep);
                }
            }
        }
        return choice.host;
    }

    /**
     * The lowest-scoring host of one tier that admits a replica never placed, looking at every used member and the
     * first empty member of each group (every empty one when a filter tells them apart); -1 when none does.
     */
    int bestInTier(int replica, int tier) {
        ReplicaReach.Reach r = reach.of(replica);
        int pinned = state.replica(replica).host();
        if (pinned >= 0) {
            return moves.admits(replica, PlacementState.UNPLACED, pinned, tier, 0) ? pinned : -1;
        }
        int demand = state.replica(replica).demand();
        boolean emptiesDiffer = false;
        for (HostFilter f : rules.filters(demand)) {
            emptiesDiffer |= f.distinguishesEmptyMembers(state, demand);
        }
        Choice choice = new Choice();
        int from = tier == 0 ? 0 : r.groupsUpTo(tier - 1);
        for (int i = from; i < r.groupsUpTo(tier); i++) {
            HostGroup group = state.problem().groups().get(r.groups()[i]);
            boolean emptyJudged = false;
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                boolean empty = state.isEmpty(h);
                if (!empty || emptiesDiffer || !emptyJudged) {
                    consider(choice, replica, PlacementState.UNPLACED, h, tier, 0);
                    emptyJudged |= empty;
                }
            }
        }
        return choice.host;
    }

    private void consider(Choice choice, int replica, int from, int host, int maxTier, int keep) {
        choice.scanned++;
        if (moves.admits(replica, from, host, maxTier, keep)) {
            choice.admitted++;
            double score = rules.of(state.replica(replica), host);
            if (score < choice.lowest || (score == choice.lowest && host < choice.host)) {
                choice.lowest = score;
                choice.host = host;
            }
        }
    }

    private int randomEmptyMember(int g, SplittableRandom random) {
        HostGroup group = state.problem().groups().get(g);
        if (occupancy.usedMembers(g) == group.size()) {
            return -1;
        }
        for (int probe = 0; probe < EMPTY_PROBES; probe++) {
            int h = group.firstHost() + random.nextInt(group.size());
            if (state.isEmpty(h)) {
                return h;
            }
        }
        return -1;
    }

    /** The best host so far of one search. */
    private static final class Choice {
        int host = -1;
        double lowest = Double.POSITIVE_INFINITY;
        int admitted;
        int scanned;
    }
}
