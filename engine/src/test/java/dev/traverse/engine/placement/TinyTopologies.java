package dev.traverse.engine.placement;

import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Topology;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Tiny but tricky topologies for comparing the engine with exhaustive search: at most {@link TinyEstate#MAX_HOSTS}
 * hosts and {@link TinyWorkloads#MAX_REPLICAS} replicas, so every assignment of replicas to hosts (or to none) can be
 * tried, with capacities tight enough that greedy packing can fail. Built as model records from a list of choices
 * jqwik shrinks towards simpler topologies.
 */
final class TinyTopologies {

    /** Enough choices for the largest topology (about 200 decisions); missing ones would read as 0. */
    private static final int CHOICES = 200;

    private TinyTopologies() {
    }

    static Arbitrary<Topology> all() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofSize(CHOICES)
                .map(values -> build(new Choices(values)));
    }

    static Topology build(Choices c) {
        TinyEstate estate = TinyEstate.draw(c);
        var workloads = TinyWorkloads.draw(c, estate);
        Objectives objectives = new Objectives(c.pick(2), c.pick(2), c.pick(2), c.pick(2), c.pick(2), c.pick(2));
        return new Topology(new Metadata("tiny", null, Map.of()), objectives, estate.sites(), estate.links(),
                workloads, Layout.EMPTY);
    }
}
