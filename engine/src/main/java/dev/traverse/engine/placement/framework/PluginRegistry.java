package dev.traverse.engine.placement.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The plugins of a run, in the order they are evaluated: the built-in ones first, then any found on the class path
 * through {@link ServiceLoader} (register implementations of {@link PlacementPlugin} in
 * {@code META-INF/services/dev.traverse.engine.placement.framework.PlacementPlugin}).
 */
public record PluginRegistry(List<GroupFilter> groupFilters, List<HostFilter> hostFilters, List<Scorer> scorers) {

    public PluginRegistry {
        groupFilters = List.copyOf(groupFilters);
        hostFilters = List.copyOf(hostFilters);
        scorers = List.copyOf(scorers);
    }

    /** A registry of the given plugins, each sorted into its kind (a plugin may be of several kinds). */
    public static PluginRegistry of(List<? extends PlacementPlugin> plugins) {
        List<GroupFilter> groups = new ArrayList<>();
        List<HostFilter> hosts = new ArrayList<>();
        List<Scorer> scorers = new ArrayList<>();
        for (PlacementPlugin p : plugins) {
            if (p instanceof GroupFilter g) {
                groups.add(g);
            }
            if (p instanceof HostFilter h) {
                hosts.add(h);
            }
            if (p instanceof Scorer s) {
                scorers.add(s);
            }
        }
        return new PluginRegistry(groups, hosts, scorers);
    }

    /** The given plugins followed by those the class path provides. */
    public static PluginRegistry withServiceLoader(List<? extends PlacementPlugin> builtIn) {
        List<PlacementPlugin> all = new ArrayList<>(builtIn);
        ServiceLoader.load(PlacementPlugin.class).forEach(all::add);
        return of(all);
    }
}
