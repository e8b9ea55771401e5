package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import dev.traverse.engine.placement.problem.ResourceDimensions;
import java.util.BitSet;

/**
 * Requests must fit free capacity in every resource (cpu, memory, storage, gpus, pods, extended resources; RAM and
 * flash on devices). As a group filter it refuses pools whose empty members are too small; as a host filter it
 * refuses members already too full. Reason as kube-scheduler's: {@code Insufficient memory}.
 */
public final class NodeResourcesFit implements GroupFilter, HostFilter {

    public static final String NAME = "NodeResourcesFit";

    @Override
    public String name() {
        return NAME;
    }

    /** Placing more replicas only takes room away. */
    @Override
    public boolean refusesForGood() {
        return true;
    }

    @Override
    public Reads reads(PlacementState state, int demand) {
        return Reads.ROOM;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        long[] capacity = group.capacity();
        long[] request = demand.request();
        for (int i = 0; i < request.length; i++) {
            if (request[i] > capacity[i]) {
                return shortfall(problem.dimensions(), i, request[i] - capacity[i], request[i], group);
            }
        }
        return null;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return java.nio.LongBuffer.wrap(demand.request()); // equal by content
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        long[] capacity = group.capacity();
        long[] request = demand.request();
        for (int i = 0; i < request.length; i++) {
            if (request[i] > capacity[i]) {
                return false;
            }
        }
        return true;
    }

    /** The groups whose capacity holds the request, judged once per distinct capacity. */
    @Override
    public BitSet admitted(Problem problem, Demand demand, BitSet groups) {
        BitSet bits = GroupIndex.of(problem).holdingRequest(demand.request());
        bits.and(groups);
        return bits;
    }

    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        return state.shortDimension(host, state.demandOf(replica).request()) < 0;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        long[] request = state.demandOf(replica).request();
        int dim = state.shortDimension(host, request);
        if (dim < 0) {
            return null;
        }
        long missing = request[dim] - state.free(host, dim);
        return shortfall(state.problem().dimensions(), dim, missing, request[dim], state.problem().groupOf(host));
    }

    private static Rejection shortfall(ResourceDimensions dims, int dim, long missing, long request, HostGroup group) {
        String resource = dim == ResourceDimensions.PODS ? "pods" : dims.name(dim);
        String fix = "add " + dims.format(dim, missing) + " " + resource + " to a " + (group.isDevice() ? "device" : "node")
                + " of " + group.kindName() + " " + group.name();
        return Rejection.withFix(NAME, "Insufficient " + resource, fix, request == 0 ? 1 : (double) missing / request);
    }
}
