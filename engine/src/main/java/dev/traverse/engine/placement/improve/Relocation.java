package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * Moves a few replicas to new hosts and tells what that does to the {@link CanonicalObjective}. Scores read the
 * state, and the canonical objective scores each replica in the state its predecessors (in replica order) make; so a
 * moved replica changes the scores of replicas after it that can see it. Those are taken off in reverse replica
 * order and put back in replica order with the moved ones at their new hosts, and the scores of both add up to the
 * change.
 *
 * <p>When the rules split the score ({@link ScoreParts}), each part is priced the cheapest exact way: the marginal part
 * (cost, consolidation, latency, carbon, balance, resilience, ScheduleAnyway spread) from the moved replicas alone,
 * and the rest (preferred affinity) by scoring again the later replicas that see a move: those of workloads its
 * preferred terms name or that name it (itself included) in the domains it leaves and joins (terms over nodes
 * included). For the built-in scorers this is the exact change; for a scorer
 * that looks further, an estimate. When only the moved replicas are scored again, the whole score is scored as they
 * move. Without a split, the later replicas on the hosts left and joined are scored again
 * too, with the whole score; when every score is marginal ({@link RunRules#scoresDependOnOrder}), nothing else is.
 */
final class Relocation {

    /** A workload whose preferred term names another, or is named by one, over a key. */
    private record Link(int demand, TopologyKey over) {
    }

    private static final Link[] NO_LINKS = {};

    private final PlacementState state;
    private final RunRules rules;
    private final Problem problem;
    private final Journal journal;
    private final Occupancy occupancy;
    private final WorkloadReplicas replicas;
    private final Link[][] links;
    /** False when every score is marginal: then the moved replicas' own deltas are the whole change. */
    private final boolean replay;
    /** The score's parts, or null when the rules do not split it: then the replay scores the whole score. */
    private final ScoreParts parts;
    private final ReplicaScore whole;
    /** Replicas in the current relocation, marked with the relocation's number, to take each once. */
    private final int[] taken;
    /** The moved replicas of the current relocation, marked with its number. */
    private final int[] moving;
    private final int[] target;
    private int relocation;
    private int[] order = new int[64];
    private int size;

    /** @param parts the rules' split of the score, or null when they do not split it */
    Relocation(PlacementState state, Journal journal, Occupancy occupancy, RunRules rules, ScoreParts parts,
               WorkloadIndex names, WorkloadReplicas replicas) {
        this.state = state;
        this.rules = rules;
        this.parts = parts;
        this.whole = parts == null ? null : parts::whole;
        this.problem = state.problem();
        this.journal = journal;
        this.occupancy = occupancy;
        this.replay = rules.scoresDependOnOrder();
        this.replicas = replicas;
        links = this.replay ? links(problem, names) : null;
        taken = new int[state.replicas().size()];
        moving = new int[state.replicas().size()];
        target = new int[state.replicas().size()];
    }

    /** Moves one replica (placed or not) to the host; returns the change of the canonical objective. */
    double move(int replica, int host) {
        return move(new int[] {replica}, new int[] {host});
    }

    /**
     * Moves the replicas (placed or not) to the hosts, which must break no hard rule; returns the change of the
     * canonical objective. The changes go through the journal, so they can be taken back.
     */
    double move(int[] replicas, int[] hosts) {
        relocation++;
        size = 0;
        int earliest = Integer.MAX_VALUE;
        for (int r : replicas) {
            earliest = Math.min(earliest, r);
        }
        for (int i = 0; i < replicas.length; i++) {
            add(replicas[i]);
            moving[replicas[i]] = relocation;
            target[replicas[i]] = hosts[i];
        }
        for (int i = 0; replay && i < replicas.length; i++) {
            addSeeing(replicas[i], hosts[i], earliest);
        }
        Arrays.sort(order, 0, size);
        if (parts == null) {
            return rescore(rules);
        }
        if (size == replicas.length) {
            return rescore(whole);
        }
        return marginalChange(replicas, hosts) + rescore(parts.rest());
    }

    /**
     * Takes the replicas of the current relocation off in reverse replica order and puts them back in replica order,
     * the moved ones on their targets; returns what the score adds up to over those changes.
     */
    private double rescore(ReplicaScore by) {
        double delta = 0;
        for (int i = size - 1; i >= 0; i--) {
            int r = order[i];
            if (state.hostOf(r) != PlacementState.UNPLACED) {
                if (moving[r] != relocation) {
                    target[r] = state.hostOf(r);
                }
                delta += journal.remove(r, by);
            }
        }
        for (int i = 0; i < size; i++) {
            int r = order[i];
            delta += journal.place(r, target[r], by);
        }
        return delta;
    }

    /**
     * The change of the marginal part of the score: the moved replicas taken off their hosts one after the other,
     * then put on their new ones, which adds up to its exact change; the state is then as it was.
     */
    private double marginalChange(int[] replicas, int[] hosts) {
        int mark = journal.mark();
        double delta = 0;
        for (int r : replicas) {
            if (state.hostOf(r) != PlacementState.UNPLACED) {
                delta += journal.remove(r, parts.marginal());
            }
        }
        for (int i = 0; i < replicas.length; i++) {
            delta += journal.place(replicas[i], hosts[i], parts.marginal());
        }
        journal.undoTo(mark);
        return delta;
    }

    /** Adds the replicas after {@code earliest} whose scores can see the replica leave its host and join {@code to}. */
    private void addSeeing(int replica, int to, int earliest) {
        int from = state.hostOf(replica);
        if (parts == null) {
            addLaterOn(to, earliest);
            if (from != PlacementState.UNPLACED) {
                addLaterOn(from, earliest);
            }
        }
        for (Link link : links[state.replica(replica).demand()]) {
            int left = from == PlacementState.UNPLACED ? -1 : problem.domain(link.over(), from);
            int joined = problem.domain(link.over(), to);
            int end = replicas.end(link.demand());
            for (int r = Math.max(replicas.first(link.demand()), earliest + 1); r < end; r++) {
                int host = state.hostOf(r);
                if (host != PlacementState.UNPLACED) {
                    int domain = problem.domain(link.over(), host);
                    if (domain == left || domain == joined) {
                        add(r);
                    }
                }
            }
        }
    }

    private void addLaterOn(int host, int earliest) {
        for (int i = 0; i < occupancy.replicasOn(host); i++) {
            int r = occupancy.replicaOn(host, i);
            if (r > earliest) {
                add(r);
            }
        }
    }

    private void add(int replica) {
        if (taken[replica] != relocation) {
            taken[replica] = relocation;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = replica;
        }
    }

    /** Per demand, the workloads linked to it by preferred terms naming workloads, in either direction. */
    private static Link[][] links(Problem problem, WorkloadIndex names) {
        int demands = problem.demands().size();
        Link[][] links = new Link[demands][];
        Arrays.fill(links, NO_LINKS);
        for (Demand d : problem.demands()) {
            for (int side = 0; side < 2; side++) {
                for (AffinityTerm t : side == 0 ? d.workload().affinity() : d.workload().antiAffinity()) {
                    if (t.workload() == null || t.isRequired()) {
                        continue;
                    }
                    Integer named = names.demandNamed(t.workload());
                    if (named != null) {
                        link(links, d.index(), new Link(named, t.overOrDefault()));
                        link(links, named, new Link(d.index(), t.overOrDefault()));
                    }
                }
            }
        }
        return links;
    }

    /** Adds the link to the demand's unless it is there: a workload names few others. */
    private static void link(Link[][] links, int demand, Link link) {
        for (Link l : links[demand]) {
            if (l.equals(link)) {
                return;
            }
        }
        links[demand] = Arrays.copyOf(links[demand], links[demand].length + 1);
        links[demand][links[demand].length - 1] = link;
    }
}
