package dev.traverse.engine.generate;

import dev.traverse.engine.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pools of one cluster, collected before they are named: a base used once keeps its name ({@code system}),
 * a base used several times gets letters ({@code general-a}, {@code general-b}). Letters, never digits, so that a
 * pool name can never equal a member name of another pool.
 */
final class PoolList {

    private record Draft(String base, int count, String zone, InstanceType type, NodePools.Options options) {
    }

    private final List<Draft> drafts = new ArrayList<>();

    void add(String base, int count, String zone, InstanceType type, NodePools.Options options) {
        if (count > 0) {
            drafts.add(new Draft(base, count, zone, type, options));
        }
    }

    List<Node> build(NodePools pools) {
        Map<String, Integer> uses = new HashMap<>();
        drafts.forEach(d -> uses.merge(d.base(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<Node> nodes = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            int index = seen.merge(d.base(), 1, Integer::sum) - 1;
            String name = NameRegistry.indexed(d.base(), index, uses.get(d.base()));
            nodes.add(pools.pool(name, d.count(), d.zone(), d.type(), d.options()));
        }
        return nodes;
    }
}
