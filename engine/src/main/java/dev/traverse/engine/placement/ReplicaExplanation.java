package dev.traverse.engine.placement;

import java.util.List;
import java.util.Map;

/**
 * Why one replica went where it went, judged at its turn in the placement: every host's verdict, with the group
 * filters' and host filters' refusals and, for hosts that could take it, the score by objective (weighted and
 * normalised, lower is better). Empty members of a pool are alike and share one verdict.
 *
 * @param chosen     the host it ends on, or null when it stays unplaced: the host a placement run gives it, which
 *                   may differ from the one it took at its turn when it was placed after the others
 *                   ({@code construct.UnplacedCompletion}), or it moved later to make room for them or in the
 *                   improvement pass
 * @param atItsTurn  the host the construction gave it at its turn, or null when none took it then; it ranks an empty
 *                   host with its share of the opening charge, and on a large estate reads the most promising groups
 *                   only, so this need not be the host with the lowest score
 */
public record ReplicaExplanation(String workload, int replica, String chosen, String atItsTurn,
                                 List<HostVerdict> hosts) {

    public ReplicaExplanation {
        hosts = List.copyOf(hosts);
    }

    /**
     * @param host    a host, or for alike empty members the first of them
     * @param members how many hosts this verdict stands for
     * @param refusals why the host cannot take the replica; empty when it can
     * @param scores  by objective, for hosts that can take it
     */
    public record HostVerdict(String host, int members, List<Refusal> refusals, Map<String, Double> scores,
                              double total) {
        public HostVerdict {
            refusals = List.copyOf(refusals);
            scores = Map.copyOf(scores);
        }

        public boolean feasible() {
            return refusals.isEmpty();
        }
    }

    /** One filter's refusal of a host: the plugin, its reason, and the change that would satisfy it (or null). */
    public record Refusal(String plugin, String reason, String fix) {
    }
}
