package dev.traverse.engine.placement.plugins;

import static dev.traverse.engine.placement.plugins.StaticFixtures.assertVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.demand;
import static dev.traverse.engine.placement.plugins.StaticFixtures.groupVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.passes;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejects;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejectsWithoutFix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NodeAffinityTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks-weu
                      nodes:
                        - name: general
                          count: 3
                          labels: {tier: web}
                        - name: gpu
                          labels: {accel: gpu, tier: batch}
                - name: neu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks-neu
                      nodes:
                        - name: general
                          count: 2
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: store-k3s
                      nodes:
                        - name: gw
                          arch: arm64
                  devices:
                    - name: cam
                      count: 2
                      kind: camera
                      arch: arm64
                      runtimes: [container]
              workloads:
                - name: free
                  kind: service
                  image: example.com/free:1
                - name: in-weu
                  kind: service
                  image: example.com/in-weu:1
                  affinity: [{sites: [weu]}]
                - name: in-clusters
                  kind: service
                  image: example.com/in-clusters:1
                  affinity: [{clusters: [aks-weu, store-k3s]}]
                - name: on-pool
                  kind: service
                  image: example.com/on-pool:1
                  affinity: [{nodes: [aks-weu/gpu]}]
                - name: on-members
                  kind: service
                  image: example.com/on-members:1
                  affinity: [{nodes: [aks-weu/general-1, store/cam-2]}]
                - name: on-labels
                  kind: service
                  image: example.com/on-labels:1
                  affinity: [{nodeLabels: {tier: web}}]
                - name: preferred
                  kind: service
                  image: example.com/preferred:1
                  affinity: [{nodes: [aks-weu/general-1], preferred: 50}, {sites: [store], preferred: 10}]
                - name: near-free
                  kind: service
                  image: example.com/near-free:1
                  affinity: [{workload: free, over: site}]
                  antiAffinity: [{workload: free}]
                - name: not-weu
                  kind: service
                  image: example.com/not-weu:1
                  antiAffinity: [{sites: [weu]}]
                - name: not-aks
                  kind: service
                  image: example.com/not-aks:1
                  antiAffinity: [{clusters: [aks-weu]}]
                - name: not-pool
                  kind: service
                  image: example.com/not-pool:1
                  antiAffinity: [{nodes: [aks-weu/gpu]}]
                - name: not-member
                  kind: service
                  image: example.com/not-member:1
                  antiAffinity: [{nodes: [aks-weu/general-2]}]
                - name: not-all
                  kind: service
                  image: example.com/not-all:1
                  antiAffinity: [{nodes: [aks-neu/general-1, aks-neu/general-2]}]
                - name: not-labels
                  kind: service
                  image: example.com/not-labels:1
                  antiAffinity: [{nodeLabels: {tier: batch}}]
                - name: two-terms
                  kind: service
                  image: example.com/two-terms:1
                  affinity: [{sites: [neu]}, {nodeLabels: {tier: edge}}]
                - name: unfixable
                  kind: service
                  image: example.com/unfixable:1
                  affinity: [{clusters: [aks-weu]}, {sites: [weu]}]
            """);

    static Stream<Arguments> groupVerdicts() {
        return Stream.of(
                passes("free", "aks-weu/general"),
                passes("in-weu", "aks-weu/general"),
                rejects("in-weu", "aks-neu/general",
                        "node(s) didn't match affinity to sites weu",
                        "add site neu to the workload's required affinity", 0.4),
                rejects("in-weu", "store/cam",
                        "node(s) didn't match affinity to sites weu",
                        "add site store to the workload's required affinity", 0.4),
                passes("in-clusters", "store-k3s/gw"),
                rejects("in-clusters", "aks-neu/general",
                        "node(s) didn't match affinity to clusters aks-weu, store-k3s",
                        "add cluster aks-neu to the workload's required affinity", 0.4),
                rejectsWithoutFix("in-clusters", "store/cam",
                        "node(s) didn't match affinity to clusters aks-weu, store-k3s"),
                passes("on-pool", "aks-weu/gpu"),
                rejects("on-pool", "aks-weu/general",
                        "node(s) didn't match affinity to nodes aks-weu/gpu",
                        "add node pool aks-weu/general to the workload's required affinity", 0.4),
                passes("on-members", "aks-weu/general"),
                passes("on-members", "store/cam"),
                rejects("on-members", "aks-weu/gpu",
                        "node(s) didn't match affinity to nodes aks-weu/general-1, store/cam-2",
                        "add node pool aks-weu/gpu to the workload's required affinity", 0.4),
                passes("on-labels", "aks-weu/general"),
                rejects("on-labels", "aks-weu/gpu",
                        "node(s) didn't match affinity to node labels {tier: web}",
                        "label the nodes of pool aks-weu/gpu with tier=web", 0.2),
                rejects("on-labels", "store/cam",
                        "node(s) didn't match affinity to node labels {tier: web}",
                        "label the devices of group store/cam with tier=web", 0.2),
                passes("preferred", "aks-neu/general"),
                passes("near-free", "aks-weu/general"),
                passes("not-weu", "aks-neu/general"),
                rejects("not-weu", "aks-weu/gpu",
                        "node(s) excluded by anti-affinity to sites weu",
                        "remove site weu from the workload's required anti-affinity", 0.4),
                passes("not-aks", "store/cam"),
                rejects("not-aks", "aks-weu/general",
                        "node(s) excluded by anti-affinity to clusters aks-weu",
                        "remove cluster aks-weu from the workload's required anti-affinity", 0.4),
                passes("not-pool", "aks-weu/general"),
                rejects("not-pool", "aks-weu/gpu",
                        "node(s) excluded by anti-affinity to nodes aks-weu/gpu",
                        "remove node pool aks-weu/gpu from the workload's required anti-affinity", 0.4),
                passes("not-member", "aks-weu/general"),
                passes("not-all", "aks-weu/general"),
                rejects("not-all", "aks-neu/general",
                        "node(s) excluded by anti-affinity to nodes aks-neu/general-1, aks-neu/general-2",
                        "remove node aks-neu/general-1 from the workload's required anti-affinity", 0.4),
                passes("not-labels", "aks-weu/general"),
                rejects("not-labels", "aks-weu/gpu",
                        "node(s) excluded by anti-affinity to node labels {tier: batch}",
                        "remove label tier from the nodes of pool aks-weu/gpu", 0.3),
                rejects("two-terms", "aks-weu/general",
                        "node(s) didn't match affinity to sites neu",
                        "add site weu to the workload's required affinity"
                                + " and label the nodes of pool aks-weu/general with tier=edge",
                        0.6),
                rejectsWithoutFix("unfixable", "store/cam", "node(s) didn't match affinity to clusters aks-weu"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("groupVerdicts")
    void groupMustMeetEveryRequiredPlaceTerm(String workload, String group, String reason, String fix,
                                             Double magnitude) {
        assertVerdict(groupVerdict(new NodeAffinity(), PROBLEM, workload, group), NodeAffinity.NAME, reason, fix,
                magnitude);
    }

    static Stream<Arguments> hostVerdicts() {
        return Stream.of(
                passes("on-members", "aks-weu/general-1"),
                rejects("on-members", "aks-weu/general-2",
                        "node(s) didn't match affinity to nodes aks-weu/general-1, store/cam-2",
                        "add node aks-weu/general-2 to the workload's required affinity", 0.4),
                rejects("on-members", "store/cam-1",
                        "node(s) didn't match affinity to nodes aks-weu/general-1, store/cam-2",
                        "add device store/cam-1 to the workload's required affinity", 0.4),
                passes("on-members", "store/cam-2"),
                passes("on-pool", "aks-weu/gpu"),
                passes("not-member", "aks-weu/general-1"),
                rejects("not-member", "aks-weu/general-2",
                        "node(s) excluded by anti-affinity to nodes aks-weu/general-2",
                        "remove node aks-weu/general-2 from the workload's required anti-affinity", 0.4),
                passes("not-member", "aks-weu/general-3"));
    }

    /** Terms naming single members let their group through; the host filter then keeps the other members out. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("hostVerdicts")
    void memberMustBeNamedWhereTermsNameMembers(String workload, String host, String reason, String fix,
                                                Double magnitude) {
        PlacementState state = StaticFixtures.emptyState(PROBLEM);
        assertVerdict(new NodeAffinity().filter(state, StaticFixtures.freeReplica(PROBLEM, workload),
                StaticFixtures.host(PROBLEM, host)), NodeAffinity.NAME, reason, fix, magnitude);
    }

    /** The host filter runs for demands with required nodes terms; members differ only where terms name members. */
    @ParameterizedTest(name = "{0}: applies {1}, members differ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            free       | false | false
            in-weu     | false | false
            on-labels  | false | false
            preferred  | false | false
            near-free  | false | false
            on-pool    | true  | false
            not-pool   | true  | false
            on-members | true  | true
            not-member | true  | true
            not-all    | true  | true
            """)
    void hostFilterAppliesOnlyToRequiredNodesTerms(String workload, boolean applies, boolean membersDiffer) {
        PlacementState state = StaticFixtures.emptyState(PROBLEM);
        int demand = demand(PROBLEM, workload).index();
        assertThat(new NodeAffinity().appliesTo(state, demand)).isEqualTo(applies);
        assertThat(new NodeAffinity().distinguishesEmptyMembers(state, demand)).isEqualTo(membersDiffer);
    }
}
