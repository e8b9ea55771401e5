package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;

/**
 * A workload that needs a GPU model runs only on node pools of that model (a GPU product node label selector, as
 * {@code nvidia.com/gpu.product}). Devices have no GPU model. Reason: {@code node(s) didn't have GPU model
 * nvidia-a100-80gb}; the fix depends on what the pool has: another model, GPUs of no stated model, or no GPUs.
 */
public final class GpuModel implements GroupFilter {

    public static final String NAME = "GpuModel";

    /** Writing down the model of GPUs the pool already has. */
    static final double STATE_MODEL = 0.1;
    /** Accepting another GPU model: retuning and revalidating the workload on it. */
    static final double USE_MODEL = 0.5;
    /** Buying GPUs. */
    static final double ADD_GPUS = 0.9;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return java.util.Optional.ofNullable(demand.workload().gpuModel());
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        String wanted = demand.workload().gpuModel();
        return wanted == null || wanted.equals(group.gpuModel());
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        String wanted = demand.workload().gpuModel();
        String reason = "node(s) didn't have GPU model " + wanted;
        if (group.isDevice()) {
            return Rejection.of(NAME, reason);
        }
        if (group.gpuModel() != null) {
            return Rejection.withFix(NAME, reason, "set the workload's gpuModel to " + group.gpuModel(), USE_MODEL);
        }
        String pool = StaticFilterPhrases.group(group);
        boolean hasGpus = group.node().capacity().get(Resources.GPU).filter(q -> q.compareTo(Quantity.ZERO) > 0)
                .isPresent();
        return hasGpus
                ? Rejection.withFix(NAME, reason, "state gpuModel " + wanted + " on " + pool, STATE_MODEL)
                : Rejection.withFix(NAME, reason, "add " + wanted + " GPUs to " + pool, ADD_GPUS);
    }
}
