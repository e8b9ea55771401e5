package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.improve.CanonicalObjective;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the best host for one replica: among the allowed groups, the used members and one empty member of each (the
 * first that passes, when a filter tells empty members apart), the one that passes every host filter with the lowest
 * rank (the lowest host index on a tie, for determinism). A used member ranks by its score; an empty one by its score
 * with the opening charged at its group's rate per unit of load ({@link AmortisedOpening}). Groups are visited from
 * the lowest bound on their rank up, and the search stops once no group left can beat the best host found: the answer
 * is the one a full scan gives. The groups where a workload the replica prefers to join runs now are judged as well
 * ({@link JoinTargets}).
 */
final class CandidateSearch {

    /**
     * Used members of one group judged per replica: members of a group differ only in what they hold and are read
     * least loaded first, so the first few that pass show the group's best; a full scan would make large runs
     * quadratic.
     */
    static final int FEASIBLE_MEMBERS_PER_GROUP = 2;

    /**
     * Groups with a host that passes, judged per replica before the search settles for the best found, as
     * kube-scheduler stops after enough feasible nodes on large clusters: groups come best bound first, so those left
     * out are the least promising, and the improvement pass can still move a replica there. On the generated
     * 100,000-node estate this saves a third of the time for 0.2-0.6 % of objective.
     */
    static final int CANDIDATE_GROUPS = 128;

    private final PlacementState state;
    private final List<HostFilter> filters;
    private final ScoringPlan scoring;
    private final GroupMembers members;
    private final HostFilter[][] filtersByDemand;
    private final Boolean[] emptyMembersDiffer;
    private final GroupOrder[] orderByDemand;
    private final JoinTargets joinTargets;
    /** Orders shared by demands with the same feasible groups and bounds. */
    private final java.util.Map<Object, GroupOrder> sharedOrders = new java.util.HashMap<>();


    CandidateSearch(PlacementState state, List<HostFilter> filters, ScoringPlan scoring, GroupMembers members) {
        this.state = state;
        this.filters = filters;
        this.scoring = scoring;
        this.members = members;
        this.filtersByDemand = new HostFilter[state.problem().demands().size()][];
        this.emptyMembersDiffer = new Boolean[state.problem().demands().size()];
        this.orderByDemand = new GroupOrder[state.problem().demands().size()];
        this.joinTargets = new JoinTargets(state);
    }

    /** The score of the host {@link #best} last returned (its true score, not its rank). */
    private double bestScore;
    /** The best host found so far by {@link #best}: its rank, its true score, and the rank a bound must not pass. */
    private int bestHost;
    private double bestRank;
    private double bestTrue;
    private double rankLimit;

    /** The best host among the groups {@code allowedGroup} accepts, or -1; its score is then {@link #bestScore()}. */
    int best(Replica replica, IntPredicate allowedGroup) {
        if (replica.host() >= 0) {
            // A pinned replica (or firmware for one device) still obeys every rule; only the choice is taken away.
            return ifTakes(replica, replica.host(), allowedGroup);
        }
        GroupOrder order = order(replica.demand());
        long[] request = state.demandOf(replica).request();
        bestHost = -1;
        bestRank = Double.POSITIVE_INFINITY;
        bestTrue = Double.POSITIVE_INFINITY;
        rankLimit = Double.POSITIVE_INFINITY;
        int groupsWithCandidates = 0;
        for (int k = 0; k < order.size() && groupsWithCandidates < CANDIDATE_GROUPS; k++) {
            if (order.bound(k) > rankLimit) {
                break; // no group left can beat or tie the best host
            }
            int g = order.group(k);
            if (members.usedCount(g) == 0 && order.emptyBound(k) > rankLimit) {
                // Most groups a search passes hold nothing yet: settle them before reading anything else of them.
                continue;
            }
            if (!allowedGroup.test(g)) {
                continue;
            }
            int found = judgeUsed(replica, g, request);
            if (found > 0) {
                groupsWithCandidates++;
            }
            if (order.emptyBound(k) > rankLimit) {
                continue; // opening a member here cannot win
            }
            if (judgeEmpty(replica, g) && found == 0) {
                groupsWithCandidates++;
            }
        }
        if (joinTargets.hasTerms(replica.demand())) {
            joinTargets.forEach(replica.demand(), g -> judgeTarget(replica, g, allowedGroup, request),
                    host -> judgeTargetHost(replica, host, allowedGroup));
        }
        bestScore = bestTrue;
        return bestHost;
    }

    /** Judges the least loaded used members of the group that pass; how many passed. */
    private int judgeUsed(Replica replica, int g, long[] request) {
        int usedCount = members.usedCount(g);
        if (usedCount > 0 && !members.usedMayFit(g, request)) {
            usedCount = 0;
        }
        int found = 0;
        int scanned = 0;
        for (int i = 0; i < usedCount && found < FEASIBLE_MEMBERS_PER_GROUP; i++, scanned++) {
            int host = members.used(g, i);
            if (passes(replica, host)) {
                found++;
                offer(host, scoring.score(state, replica, host), 0);
            }
        }
        if (usedCount > 0 && found == 0 && scanned == usedCount) {
            members.tightenMaxFree(g); // nothing used had room: remember how little room there is
        }
        return found;
    }

    /** Judges the group's first empty member that passes, ranked with its opening charged; whether there was one. */
    private boolean judgeEmpty(Replica replica, int g) {
        int empty = firstPassingEmpty(replica, g);
        if (empty < 0) {
            return false;
        }
        offer(empty, scoring.score(state, replica, empty), scoring.openingShift(replica.demand(), g));
        return true;
    }

    /** A group where the replica meets a preferred term to join a workload, beyond those the ranked search judged. */
    private void judgeTarget(Replica replica, int g, IntPredicate allowedGroup, long[] request) {
        if (allowedGroup.test(g) && state.feasibleGroups(replica.demand()).get(g)) {
            judgeUsed(replica, g, request);
            judgeEmpty(replica, g);
        }
    }

    /** A host where the replica meets a preferred term to join a workload over nodes. */
    private void judgeTargetHost(Replica replica, int host, IntPredicate allowedGroup) {
        if (admits(replica, host, allowedGroup)) {
            offer(host, scoring.score(state, replica, host), 0);
        }
    }

    private void offer(int host, double score, double openingShift) {
        double rank = score + openingShift;
        if (rank < bestRank || (rank == bestRank && host < bestHost)) {
            bestHost = host;
            bestRank = rank;
            bestTrue = score;
            rankLimit = bestRank + tolerance(bestRank);
        }
    }

    /** Rounding slack between a bound and a score summed in another order. */
    private static double tolerance(double score) {
        return 1e-9 * Math.max(1, Math.abs(score));
    }

    private GroupOrder order(int demand) {
        GroupOrder order = orderByDemand[demand];
        if (order == null) {
            Object bounds = scoring.minScoreKey(demand);
            // The rank of an empty member reads the request too.
            Object request = java.nio.LongBuffer.wrap(state.problem().demands().get(demand).request());
            order = bounds == null ? ordered(demand)
                    : sharedOrders.computeIfAbsent(List.of(state.feasibleGroups(demand), bounds, request),
                            k -> ordered(demand));
            orderByDemand[demand] = order;
        }
        return order;
    }

    private GroupOrder ordered(int demand) {
        ScoringPlan.GroupBounds bounds = scoring.groupBounds(demand);
        int[] groups = state.feasibleGroups(demand).stream().toArray();
        double[] least = new double[groups.length];
        bounds.least(groups, least);
        // Scores on any member bound an empty member's rank too: the shift takes off only opening and balance, whose
        // bounds on any member are 0.
        return new GroupOrder(groups, least, g -> bounds.leastOnEmpty(g) + scoring.openingShift(demand, g));
    }

    /**
     * The host when it takes the replica now (its group is allowed and passed the group filters, and every host
     * filter admits it), or -1; its score is then {@link #bestScore()}.
     */
    int ifTakes(Replica replica, int host, IntPredicate allowedGroup) {
        if (!admits(replica, host, allowedGroup)) {
            return -1;
        }
        bestScore = scoring.score(state, replica, host);
        return host;
    }

    /**
     * Whether the host takes the replica now, as {@link #ifTakes} judges it, without scoring it: its group is allowed
     * and passed the group filters, and every host filter admits it.
     */
    boolean admits(Replica replica, int host, IntPredicate allowedGroup) {
        int group = state.problem().hostGroup()[host];
        boolean allowed = allowedGroup.test(group) && state.feasibleGroups(replica.demand()).get(group);
        return allowed && passes(replica, host);
    }

    /**
     * The first empty member of the group that passes the host filters, or -1. Empty members are alike, so one is
     * judged for all, unless a filter tells them apart (a term naming single members): then the others are tried too.
     */
    private int firstPassingEmpty(Replica replica, int group) {
        int empty = members.firstEmpty(group);
        if (empty < 0 || passes(replica, empty)) {
            return empty;
        }
        if (!emptyMembersDiffer(replica.demand())) {
            return -1;
        }
        int end = state.problem().groups().get(group).lastHostExclusive();
        for (int h = empty + 1; h < end; h++) {
            if (state.isEmpty(h) && passes(replica, h)) {
                return h;
            }
        }
        return -1;
    }

    private boolean emptyMembersDiffer(int demand) {
        if (emptyMembersDiffer[demand] == null) {
            emptyMembersDiffer[demand] = Arrays.stream(applicable(demand))
                    .anyMatch(f -> f.distinguishesEmptyMembers(state, demand));
        }
        return emptyMembersDiffer[demand];
    }

    double lowerBound() {
        return scoring.lowerBound(state, filters);
    }

    /** The {@link CanonicalObjective} of what the state holds. */
    double objective() {
        return CanonicalObjective.of(state, (replica, host) -> scoring.score(state, replica, host));
    }

    /** The scores this search ranks hosts by. */
    ScoringPlan scoring() {
        return scoring;
    }

    PlacementState state() {
        return state;
    }

    double bestScore() {
        return bestScore;
    }

    boolean passes(Replica replica, int host) {
        for (HostFilter filter : applicable(replica.demand())) {
            if (!filter.admits(state, replica, host)) {
                return false;
            }
        }
        return true;
    }

    HostFilter[] applicable(int demand) {
        HostFilter[] cached = filtersByDemand[demand];
        if (cached == null) {
            List<HostFilter> list = new ArrayList<>();
            for (HostFilter f : filters) {
                if (f.appliesTo(state, demand)) {
                    list.add(f);
                }
            }
            cached = list.toArray(HostFilter[]::new);
            filtersByDemand[demand] = cached;
        }
        return cached;
    }
}
