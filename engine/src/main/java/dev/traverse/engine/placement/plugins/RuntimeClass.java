package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;

/**
 * A workload runs only where its runtime is ({@code runtimeClassName}): the group must list the workload's effective
 * runtime. Firmware runs on devices only and containers never on microcontrollers; those two get their own reasons
 * because adding the runtime to the group, the usual fix, is impossible there. Reasons:
 * {@code node(s) didn't have runtime wasm}, {@code node(s) are Kubernetes nodes; firmware runs on devices},
 * {@code node(s) are microcontrollers, which don't run containers}.
 */
public final class RuntimeClass implements GroupFilter {

    public static final String NAME = "RuntimeClass";

    /** Installing a runtime (a wasm shim, a container engine, a firmware loader) on every member. */
    static final double ADD_RUNTIME = 0.4;
    /** Rebuilding the workload as a WebAssembly module. */
    static final double USE_WASM = 0.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().effectiveRuntime();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        return group.runtimes().contains(demand.workload().effectiveRuntime());
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        Runtime runtime = demand.workload().effectiveRuntime();
        if (runtime == Runtime.FIRMWARE && !group.isDevice()) {
            return Rejection.of(NAME, "node(s) are Kubernetes nodes; firmware runs on devices");
        }
        if (runtime == Runtime.CONTAINER && group.arch().isMicrocontroller()) {
            String reason = "node(s) are microcontrollers, which don't run containers";
            return group.runtimes().contains(Runtime.WASM)
                    ? Rejection.withFix(NAME, reason, "set the workload's runtime to wasm", USE_WASM)
                    : Rejection.of(NAME, reason);
        }
        return Rejection.withFix(NAME, "node(s) didn't have runtime " + runtime,
                "add runtime " + runtime + " to " + StaticFilterPhrases.group(group), ADD_RUNTIME);
    }
}
