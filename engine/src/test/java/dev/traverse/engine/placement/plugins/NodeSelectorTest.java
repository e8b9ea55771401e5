package dev.traverse.engine.placement.plugins;

import static dev.traverse.engine.placement.plugins.StaticFixtures.assertVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.groupVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.passes;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejects;

import dev.traverse.engine.placement.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeSelectorTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: general
                          count: 3
                          labels: {tier: web}
                        - name: gw
                          labels: {tier: edge, traverse.dev/role: gateway}
                - name: store
                  kind: store
                  provider: on-prem
                  devices:
                    - name: cam
                      count: 2
                      kind: camera
                      arch: arm64
                      runtimes: [container]
                      labels: {traverse.dev/role: camera}
              workloads:
                - name: any
                  kind: service
                  image: example.com/any:1
                - name: gw
                  kind: service
                  image: example.com/gw:1
                  nodeSelector: {traverse.dev/role: gateway}
                - name: edge-gw
                  kind: service
                  image: example.com/edge-gw:1
                  nodeSelector: {tier: edge, traverse.dev/role: gateway}
                - name: dedicated
                  kind: service
                  image: example.com/dedicated:1
                  nodeSelector: {dedicated: ""}
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("any", "aks/general"),
                passes("gw", "aks/gw"),
                rejects("gw", "aks/general",
                        "node(s) didn't match Pod's node affinity/selector",
                        "label the nodes of pool aks/general with traverse.dev/role=gateway", 0.2),
                rejects("gw", "store/cam",
                        "node(s) didn't match Pod's node affinity/selector",
                        "label the devices of group store/cam with traverse.dev/role=gateway", 0.2),
                passes("edge-gw", "aks/gw"),
                rejects("edge-gw", "aks/general",
                        "node(s) didn't match Pod's node affinity/selector",
                        "label the nodes of pool aks/general with tier=edge, traverse.dev/role=gateway", 0.2),
                rejects("dedicated", "aks/general",
                        "node(s) didn't match Pod's node affinity/selector",
                        "label the nodes of pool aks/general with dedicated=\"\"", 0.2));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void groupMustCarryEverySelectedLabel(String workload, String group, String reason, String fix, Double magnitude) {
        assertVerdict(groupVerdict(new NodeSelector(), PROBLEM, workload, group), NodeSelector.NAME, reason, fix,
                magnitude);
    }
}
