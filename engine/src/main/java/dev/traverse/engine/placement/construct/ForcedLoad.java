package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The load every placement of the placed replicas puts on a host: the replicas pinned to it, and those held to a site
 * or cluster where it is the only host they may use (a daemon of a store with one gateway node). A replica may use a
 * group only where some member has room for it beside that load; the bound need not let it use the others. A large
 * replica next to a store's data source, with the store's daemons on its one gateway, is the case that matters: the
 * relaxation would otherwise place most of it there.
 */
final class ForcedLoad {

    private final Problem problem;
    private final int dimensions;
    /** Per host and resource, the load forced there; null when nothing is forced anywhere. */
    private final long[] load;
    /** The groups every member of which carries forced load: only there can a replica lack room. */
    private final BitSet loadedGroups = new BitSet();
    private final Map<Integer, BitSet> withoutRoom = new HashMap<>();

    /**
     * @param allowed per replica, the groups its rules allow, as the bound's classes take them
     */
    ForcedLoad(PlacementState state, Function<Replica, BitSet> allowed) {
        this.problem = state.problem();
        this.dimensions = problem.dimensions().size();
        long[] perHost = null;
        for (int r = 0; r < state.replicas().size(); r++) {
            Replica replica = state.replica(r);
            if (state.hostOf(r) == PlacementState.UNPLACED) {
                continue;
            }
            int host = replica.host() >= 0 ? replica.host() : onlyHost(replica, allowed);
            if (host < 0) {
                continue;
            }
            if (perHost == null) {
                perHost = new long[problem.hostCount() * dimensions];
            }
            long[] request = problem.demands().get(replica.demand()).request();
            for (int k = 0; k < dimensions; k++) {
                perHost[host * dimensions + k] += request[k];
            }
        }
        this.load = perHost;
        if (load != null) {
            for (HostGroup group : problem.groups()) {
                if (everyMemberLoaded(group)) {
                    loadedGroups.set(group.index());
                }
            }
        }
    }

    /**
     * The groups the replica may use where some member has room for it beside the forced load; all of
     * {@code allowed} when it would leave none (the replica itself is then forced, its own load counted).
     */
    BitSet narrow(Replica replica, BitSet allowed) {
        if (load == null || replica.host() >= 0 || !allowed.intersects(loadedGroups)) {
            return allowed;
        }
        BitSet full = withoutRoom.computeIfAbsent(replica.demand(), this::groupsWithoutRoom);
        if (!allowed.intersects(full)) {
            return allowed;
        }
        BitSet narrowed = (BitSet) allowed.clone();
        narrowed.andNot(full);
        return narrowed.isEmpty() ? allowed : narrowed;
    }

    /** The host a scoped replica may only use, or -1: the single member of the single group it is allowed. */
    private int onlyHost(Replica replica, Function<Replica, BitSet> allowed) {
        if (replica.site() < 0 && replica.cluster() < 0) {
            return -1;
        }
        BitSet groups = allowed.apply(replica);
        if (groups.cardinality() != 1) {
            return -1;
        }
        HostGroup group = problem.groups().get(groups.nextSetBit(0));
        return group.size() == 1 ? group.firstHost() : -1;
    }

    private boolean everyMemberLoaded(HostGroup group) {
        for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
            boolean any = false;
            for (int k = 0; k < dimensions && !any; k++) {
                any = load[h * dimensions + k] > 0;
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Of the loaded groups, those none of whose members has room for a replica of the demand beside its load. */
    private BitSet groupsWithoutRoom(int demand) {
        long[] request = problem.demands().get(demand).request();
        BitSet out = new BitSet();
        for (int g = loadedGroups.nextSetBit(0); g >= 0; g = loadedGroups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            boolean room = false;
            for (int h = group.firstHost(); h < group.lastHostExclusive() && !room; h++) {
                room = fits(h, group.capacity(), request);
            }
            if (!room) {
                out.set(g);
            }
        }
        return out;
    }

    private boolean fits(int host, long[] capacity, long[] request) {
        for (int k = 0; k < dimensions; k++) {
            if (request[k] > 0 && load[host * dimensions + k] + request[k] > capacity[k]) {
                return false;
            }
        }
        return true;
    }
}
