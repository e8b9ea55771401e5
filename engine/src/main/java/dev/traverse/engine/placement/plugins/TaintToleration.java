package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;

/**
 * A workload stays off nodes with a NoSchedule or NoExecute taint it does not tolerate (PreferNoSchedule only costs
 * score). Reason as kube-scheduler's: {@code node(s) had untolerated taint {nvidia.com/gpu: true}}.
 */
public final class TaintToleration implements GroupFilter {

    public static final String NAME = "TaintToleration";

    @Override
    public String name() {
        return NAME;
    }

    /** The same test as {@link #filter} without its words: it runs for every workload and node pool. */
    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().tolerations();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        for (Taint taint : group.taints()) {
            if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE && !tolerated(demand, taint)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tolerated(Demand demand, Taint taint) {
        for (var toleration : demand.workload().tolerations()) {
            if (toleration.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        for (Taint taint : group.taints()) {
            if (taint.effect() == TaintEffect.PREFER_NO_SCHEDULE) {
                continue;
            }
            if (!tolerated(demand, taint)) {
                String shown = "{" + taint.key() + ": " + taint.value() + "}";
                return Rejection.withFix(NAME, "node(s) had untolerated taint " + shown,
                        "tolerate taint " + taint, 0.2);
            }
        }
        return null;
    }
}
