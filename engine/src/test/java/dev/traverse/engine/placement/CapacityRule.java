package dev.traverse.engine.placement;

import dev.traverse.engine.model.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per host, the requests of the replicas placed there, summed per resource, must stay within its capacity. */
final class CapacityRule {

    private CapacityRule() {
    }

    static List<Violation> check(List<Placed> placed) {
        Map<ModelHost, List<Placed>> byHost = new LinkedHashMap<>();
        placed.forEach(p -> byHost.computeIfAbsent(p.host(), h -> new ArrayList<>()).add(p));
        List<Violation> found = new ArrayList<>();
        byHost.forEach((host, replicas) -> {
            Map<String, Long> used = new TreeMap<>();
            for (Placed p : replicas) {
                ResourceAmounts.request(p.workload().resources()).forEach((r, a) -> used.merge(r, a, CapacityRule::add));
            }
            Map<String, Long> capacity = ResourceAmounts.capacity(host);
            used.forEach((resource, amount) -> {
                long offered = capacity.getOrDefault(resource, 0L);
                if (amount > offered) {
                    found.add(Violation.of(Violation.Kind.CAPACITY, null, -1, host.name(),
                            resource + " " + amount + " requested > " + offered + " capacity ("
                                    + (resource.equals(Resources.CPU) ? "millicores" : "units") + ") by "
                                    + replicas.stream().map(Placed::label).toList()));
                }
            });
        });
        return found;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum; // saturate: absurd requests must not wrap into a fit
    }
}
