package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.Failure;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;

/**
 * What-if: the hosts of a failed site, cluster or node take nothing. A group filter for whole groups, a host filter
 * for a single failed member of a pool. (A failed link is not a host: the engine removes it from the topology.)
 */
public final class FailedHosts implements GroupFilter, HostFilter {

    public static final String NAME = "FailedHosts";

    private final Failure failure;
    private final Rejection refusal;
    private Problem resolvedFor;
    private BitSet groups;
    private int host = -1;

    public FailedHosts(Failure failure) {
        this.failure = failure;
        this.refusal = Rejection.of(NAME, "node(s) failed in the what-if (" + failure + ")");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        resolve(problem);
        return groups.get(group.index()) ? refusal : null;
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        resolve(state.problem());
        return host >= 0;
    }

    @Override
    public Reads reads(PlacementState state, int demand) {
        return Reads.NOTHING_PLACED;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int candidate) {
        resolve(state.problem());
        return candidate == host ? refusal : null;
    }

    /** Whether the failure names anything in the problem; the engine refuses a what-if that names nothing. */
    public boolean matchesAnything(Problem problem) {
        resolve(problem);
        return !groups.isEmpty() || host >= 0;
    }

    private void resolve(Problem problem) {
        if (resolvedFor == problem) {
            return;
        }
        groups = new BitSet();
        host = -1;
        for (HostGroup g : problem.groups()) {
            boolean failed = switch (failure.kind()) {
                case SITE -> g.site().name().equals(failure.target());
                case CLUSTER -> g.cluster() != null && g.cluster().name().equals(failure.target());
                case NODE -> g.name().equals(failure.target());
                case LINK -> false;
            };
            if (failed) {
                groups.set(g.index());
            }
        }
        if (failure.kind() == Failure.Kind.NODE && groups.isEmpty()) {
            String[] names = problem.hostNames();
            for (int h = 0; h < names.length; h++) {
                if (names[h].equals(failure.target())) {
                    host = h;
                }
            }
        }
        resolvedFor = problem;
    }
}
