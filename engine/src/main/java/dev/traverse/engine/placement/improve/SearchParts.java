package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;

/**
 * The parts of one improvement search over a run's state, wired together: every change goes through the journal,
 * which keeps the lists the neighbourhoods draw from current.
 *
 * @param neighbourhoods moving a replica to pack or to spread, swapping two, emptying a host, moving a replica to
 *                       a zone holding fewer of its workload, moving one to meet a preferred term, filling the
 *                       emptiest domains of a ScheduleAnyway spread, moving one nearer its data source; drawn at
 *                       first as often as {@link #WEIGHTS} say
 */
record SearchParts(Journal journal, Admission admission, Neighbourhood[] neighbourhoods) {

    /**
     * How often each neighbourhood is drawn at first, in parts: packing moves, spreading moves, swaps, emptying, zone
     * spreading, preferred terms, spread filling, nearer hosts. The first revision of the shares comes after {@link NeighbourhoodChoice#WINDOW}
     * tries, which is all a cold 200 ms pass may take, so moves, which pay most early on every estate measured, start
     * with most of the draws.
     */
    static final int[] WEIGHTS = {30, 30, 15, 15, 10, 10, 5, 5};
    /**
     * What a try of each costs, in tries of a move, in the same order. Emptying a host moves every replica on it and
     * took 22-60 µs a try on the generated estates, against 6-11 µs for a move; counted at its cost, its share on the
     * 5,000-node `plain` estate no longer takes a fifth of the pass for a twentieth of the gain, and a 1 s pass there
     * takes 120,000-190,000 steps instead of 65,000-130,000 and ends 3-4 lower (1,130.4-1,135.4 against
     * 1,133.9-1,140.1). Filling a spread's emptiest domains moves up to three replicas and ejects up to three, and
     * moving a replica nearer its data source may move up to six off the host first; the other neighbourhoods cost
     * about what a move does.
     */
    static final int[] COSTS = {1, 1, 1, 5, 1, 1, 3, 3};

    static SearchParts wire(RunRules rules) {
        PlacementState state = rules.state();
        Occupancy occupancy = new Occupancy(state);
        AggregatedClusters aggregated = new AggregatedClusters(state);
        ReplicaReach reach = new ReplicaReach(rules);
        WorkloadIndex names = new WorkloadIndex(state.problem());
        MoveRules moves = new MoveRules(rules, reach, new DepartureRules(state, names), aggregated);
        ScoreParts split = rules.scoreParts();
        Journal journal = new Journal(state, rules, occupancy, aggregated);
        Targets targets = new Targets(rules, occupancy, reach, moves);
        PlacedReplicas placed = new PlacedReplicas(state, moves);
        WorkloadReplicas replicas = new WorkloadReplicas(state);
        Relocation relocation = new Relocation(state, journal, occupancy, rules, split, names, replicas);
        Neighbourhood[] neighbourhoods = {
                new ReplicaMove(state, journal, moves, targets, placed, relocation, rules, Targets.MOSTLY_USED),
                new ReplicaMove(state, journal, moves, targets, placed, relocation, rules, ReplicaMove.SPREADING),
                new ReplicaSwap(state, journal, moves, targets, placed, occupancy, relocation),
                new HostEmptying(state, journal, moves, targets, occupancy, relocation),
                new ZoneSpreading(state, journal, moves, targets, placed, occupancy, relocation, rules),
                new PreferenceMove(state, journal, moves, targets, relocation, rules, names, replicas, occupancy),
                new SpreadFilling(state, journal, moves, targets, occupancy, relocation, replicas),
                new NearerHost(state, journal, moves, targets, occupancy, relocation)};
        Admission admission = new Admission(state, journal, moves, targets, reach, occupancy, relocation);
        return new SearchParts(journal, admission, neighbourhoods);
    }
}
