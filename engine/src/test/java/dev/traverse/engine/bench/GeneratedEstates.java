package dev.traverse.engine.bench;

import dev.traverse.engine.generate.ConstraintMix;
import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;

/** The generated estates the placement benchmarks run on, seed 42. */
final class GeneratedEstates {

    private GeneratedEstates() {
    }

    /**
     * @param spec sites, nodes, devices, workloads, comma-separated
     * @param mix  a {@link ConstraintMix} by its command-line name
     */
    static Topology generate(String spec, String mix) {
        String[] p = spec.split(",");
        return ConstraintMix.fromWireName(mix).apply(TopologyGenerator.generate(new GeneratorSpec(
                Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]), 42)));
    }

    /**
     * The topology with lists of its own, so that nothing compiled of the estate's places by the run before is taken
     * over (the engine keeps the last run's when the sites and links are the same lists), as in a command-line run.
     */
    static Topology freshCopy(Topology topology) {
        return new Topology(topology.metadata(), topology.objectives(), new ArrayList<>(topology.sites()),
                new ArrayList<>(topology.links()), topology.workloads(), topology.layout());
    }
}
