package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moves a replica whose preferred term naming a workload the placement does not meet: next to a replica of the
 * workload it prefers to join (that replica's host, or another member of its group, which shares its zone, cluster
 * and site), or away from the one it prefers to avoid (hosts of its reach drawn at random). Of those hosts, the one
 * its own score says is best. The construction places a replica before the workloads after it, so a term it could
 * meet is often left unmet; a move drawing replicas and hosts at random rarely finds the one host that meets it. Half
 * the time a term to join is met the other way round: a replica of the named workload moves into the preferring
 * replica's domain, meeting it for every replica of the preferring workload there at once (a workload preferring a
 * cluster of a workload placed where it cannot run). Where no host next to the named workload has room, the replicas
 * of one are moved elsewhere first ({@link RoomMaking}). The objective adds replicas up in replica order, so only
 * terms naming the workload itself or one before it can count.
 */
final class PreferenceMove implements Neighbourhood {

    /** A preferred term naming a workload: join it or keep away from it, counted over a key. */
    private record Term(int named, TopologyKey over, boolean join) {
    }

    /** Hosts tried per move. */
    static final int CANDIDATES = 8;
    /** Groups of the named replica's reach looked at for hosts in the domain it is brought into. */
    private static final int SCAN_LIMIT = 256;
    /** Draws of a replica and one of its terms before giving up when the terms drawn are all met. */
    private static final int UNMET_DRAWS = 8;
    /** Draws of a placed replica of the workload to join before giving up. */
    private static final int DRAWS = 4;
    private static final Term[] NONE = {};
    /** Hosts next to the named workload tried for making room, when none has any. */
    private static final int ROOM_TRIES = 2;

    private final PlacementState state;
    private final Problem problem;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final Relocation relocation;
    private final CheapestHost cheapest;
    /** Per demand, its preferred terms naming itself or a workload before it. */
    private final Term[][] terms;
    /** The movable replicas of workloads with such terms. */
    private final int[] withTerms;
    private final WorkloadReplicas replicas;
    private final RoomMaking room;

    PreferenceMove(PlacementState state, Journal journal, MoveRules rules, Targets targets, Relocation relocation,
                   ReplicaScore score, WorkloadIndex names, WorkloadReplicas replicas, Occupancy occupancy) {
        this.state = state;
        this.problem = state.problem();
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.relocation = relocation;
        this.cheapest = new CheapestHost(state, rules, score);
        this.replicas = replicas;
        this.room = new RoomMaking(state, rules, occupancy);
        int demands = problem.demands().size();
        terms = new Term[demands][];
        Arrays.fill(terms, NONE);
        for (Demand d : problem.demands()) {
            List<Term> own = new ArrayList<>(0);
            collect(d, d.workload().affinity(), true, names, own);
            collect(d, d.workload().antiAffinity(), false, names, own);
            if (!own.isEmpty()) {
                terms[d.index()] = own.toArray(Term[]::new);
            }
        }
        int[] movable = new int[state.replicas().size()];
        int n = 0;
        for (int r = 0; r < movable.length; r++) {
            int d = state.replica(r).demand();
            if (terms[d].length > 0 && rules.movable(r)) {
                movable[n++] = r;
            }
        }
        withTerms = Arrays.copyOf(movable, n);
    }

    private void collect(Demand demand, List<AffinityTerm> list, boolean join, WorkloadIndex names, List<Term> into) {
        for (AffinityTerm t : list) {
            if (t.workload() == null || t.isRequired()) {
                continue;
            }
            Integer named = names.demandNamed(t.workload());
            if (named != null && named <= demand.index() && state.isTracked(named, t.overOrDefault())) {
                into.add(new Term(named, t.overOrDefault(), join));
            }
        }
    }

    @Override
    public double tryOne(SplittableRandom random) {
        if (withTerms.length == 0) {
            return Double.NaN;
        }
        int replica = -1;
        Term term = null;
        for (int i = 0; i < UNMET_DRAWS && replica < 0; i++) {
            int r = withTerms[random.nextInt(withTerms.length)];
            int host = state.hostOf(r);
            if (host == PlacementState.UNPLACED) {
                continue;
            }
            int demand = state.replica(r).demand();
            Term t = terms[demand][random.nextInt(terms[demand].length)];
            int others = state.count(t.named(), t.over(), problem.domain(t.over(), host))
                    - (t.named() == demand ? 1 : 0);
            if (t.join() != others > 0) { // a term it does not meet
                replica = r;
                term = t;
            }
        }
        if (replica < 0) {
            return Double.NaN;
        }
        if (term.join() && term.named() != state.replica(replica).demand() && random.nextBoolean()) {
            return bringNamed(replica, term, random);
        }
        int from = state.hostOf(replica);
        int[] candidates = term.join() ? nextTo(replica, term.named(), random) : null;
        if (term.join() && candidates.length == 0) {
            return Double.NaN;
        }
        int tier = rules.tierOf(replica, from);
        int mark = journal.mark();
        journal.lift(replica);
        cheapest.start(replica, from, tier, rules.domainsToKeep(replica, from));
        ReplicaReach.Reach reach = targets.reachOf(replica);
        for (int i = 0; i < CANDIDATES; i++) {
            int to;
            if (candidates != null) {
                if (i >= candidates.length) {
                    break;
                }
                to = candidates[i];
            } else {
                to = targets.random(reach, tier, ReplicaMove.SPREADING, random);
            }
            cheapest.offer(to);
        }
        journal.undoTo(mark);
        int best = cheapest.best();
        if (best < 0 && candidates != null) {
            return joinMakingRoom(replica, from, tier, term.named(), candidates, random);
        }
        return best < 0 ? Double.NaN : relocation.move(replica, best);
    }

    /**
     * Where no host next to the named workload has room, makes room on one of the first {@link #ROOM_TRIES} by
     * moving its other replicas elsewhere (neither the preferring workload's nor the named one's), and moves the
     * replica there, all priced as one change.
     */
    private double joinMakingRoom(int replica, int from, int tier, int named, int[] candidates,
                                  SplittableRandom random) {
        int demand = state.replica(replica).demand();
        MovePlan plan = new MovePlan(journal, rules, targets, relocation, 1 + RoomMaking.MOST_MOVED_OFF);
        journal.lift(replica);
        int keep = rules.domainsToKeep(replica, from);
        for (int i = 0; i < candidates.length && i < ROOM_TRIES; i++) {
            if (room.make(plan, replica, from, candidates[i], tier, keep, other -> {
                int d = state.replica(other).demand();
                return d == demand || d == named;
            }, random)) {
                plan.drop(replica, candidates[i]);
                return plan.make();
            }
        }
        return plan.abandon();
    }

    /**
     * Moves a replica of the named workload into the domain of the replica that prefers to join it: one move meets
     * the term for every replica of the preferring workload there, which a move of the named replica priced by its
     * own score never sees. Of a few hosts of that domain within the named replica's reach, the one its own score
     * says is best; the change is priced whole, the terms it meets and breaks included.
     */
    private double bringNamed(int replica, Term term, SplittableRandom random) {
        int named = term.named();
        int count = replicas.count(named);
        int moving = -1;
        for (int i = 0; i < DRAWS && moving < 0 && count > 0; i++) {
            int r = replicas.first(named) + random.nextInt(count);
            if (state.hostOf(r) != PlacementState.UNPLACED && rules.movable(r)) {
                moving = r;
            }
        }
        if (moving < 0) {
            return Double.NaN;
        }
        int domain = problem.domain(term.over(), state.hostOf(replica));
        int from = state.hostOf(moving);
        if (problem.domain(term.over(), from) == domain) {
            return Double.NaN;
        }
        int tier = rules.tierOf(moving, from);
        int mark = journal.mark();
        journal.lift(moving);
        cheapest.start(moving, from, tier, rules.domainsToKeep(moving, from));
        ReplicaReach.Reach reach = targets.reachOf(moving);
        int groups = reach.groupsUpTo(tier);
        int start = groups == 0 ? 0 : random.nextInt(groups);
        for (int i = 0, tried = 0; i < groups && i < SCAN_LIMIT && tried < CANDIDATES; i++) {
            HostGroup group = problem.groups().get(reach.groups()[(start + i) % groups]);
            if (term.over() == TopologyKey.NODE) {
                if (group.index() == problem.hostGroup()[state.hostOf(replica)]) {
                    cheapest.offer(state.hostOf(replica));
                    tried++;
                }
                continue;
            }
            if (problem.domain(term.over(), group.firstHost()) != domain) {
                continue;
            }
            cheapest.offer(group.firstHost() + random.nextInt(group.size()));
            tried++;
        }
        journal.undoTo(mark);
        int best = cheapest.best();
        return best < 0 ? Double.NaN : relocation.move(moving, best);
    }

    /**
     * Hosts that share a domain with a placed replica of the named workload other than this one: its host first,
     * then members of its group drawn at random; empty when the draws found none.
     */
    private int[] nextTo(int replica, int named, SplittableRandom random) {
        int count = replicas.count(named);
        for (int i = 0; i < DRAWS && count > 0; i++) {
            int other = replicas.first(named) + random.nextInt(count);
            int host = state.hostOf(other);
            if (other == replica || host == PlacementState.UNPLACED) {
                continue;
            }
            HostGroup group = problem.groupOf(host);
            int[] hosts = new int[Math.min(CANDIDATES, group.size())];
            hosts[0] = host;
            for (int k = 1; k < hosts.length; k++) {
                hosts[k] = group.firstHost() + random.nextInt(group.size());
            }
            return hosts;
        }
        return new int[0];
    }
}
