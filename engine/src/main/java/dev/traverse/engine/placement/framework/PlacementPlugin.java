package dev.traverse.engine.placement.framework;

/**
 * A named step of the placement pipeline, in the spirit of the Kubernetes scheduling framework: filters say where a
 * replica may not go and why; scorers say how good an allowed place is. Plugins are registered in
 * {@link PluginRegistry}; third-party ones are found with {@link java.util.ServiceLoader}.
 */
public interface PlacementPlugin {

    /** A short stable name, as kube-scheduler names its plugins: {@code NodeResourcesFit}, {@code TaintToleration}. */
    String name();

    /**
     * Asks for the per-domain replica counts this plugin will read through {@link PlacementState#count}: counting is
     * only done where some rule needs it. Called once per run before anything is placed.
     */
    default void requestCounts(dev.traverse.engine.placement.problem.Problem problem, CountRequests requests) {
    }
}
