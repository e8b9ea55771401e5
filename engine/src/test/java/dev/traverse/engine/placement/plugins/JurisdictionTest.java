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

class JurisdictionTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: fr
                  kind: cloud-region
                  provider: gcp
                  jurisdiction: FR
                  clusters:
                    - name: fr-gke
                      nodes:
                        - name: general
                          count: 3
                - name: ch
                  kind: on-prem-dc
                  provider: on-prem
                  jurisdiction: CH
                  clusters:
                    - name: ch-dc
                      nodes:
                        - name: general
                - name: no
                  kind: cloud-region
                  provider: azure
                  jurisdiction: "NO"
                  clusters:
                    - name: no-aks
                      nodes:
                        - name: general
                - name: us
                  kind: cloud-region
                  provider: aws
                  jurisdiction: US
                  clusters:
                    - name: us-eks
                      nodes:
                        - name: general
                - name: lab
                  kind: office
                  provider: on-prem
                  clusters:
                    - name: lab-k3s
                      nodes:
                        - name: pi
                          arch: arm64
                  devices:
                    - name: sensor
                      count: 2
                      kind: sensor
                      arch: cortex-m4
              workloads:
                - name: any
                  kind: service
                  image: example.com/any:1
                - name: eu
                  kind: service
                  image: example.com/eu:1
                  jurisdictions: [EU]
                - name: eu-ch
                  kind: service
                  image: example.com/eu-ch:1
                  jurisdictions: [EU, CH]
                - name: eea
                  kind: service
                  image: example.com/eea:1
                  jurisdictions: [EEA]
                - name: us
                  kind: service
                  image: example.com/us:1
                  jurisdictions: [US]
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("any", "lab-k3s/pi"),
                passes("eu", "fr-gke/general"),
                rejects("eu", "ch-dc/general", "outside allowed jurisdictions EU", "allow jurisdiction CH", 0.8),
                rejects("eu", "no-aks/general", "outside allowed jurisdictions EU", "allow jurisdiction NO", 0.8),
                passes("eu-ch", "ch-dc/general"),
                rejects("eu-ch", "us-eks/general",
                        "outside allowed jurisdictions EU, CH", "allow jurisdiction US", 0.8),
                passes("eea", "no-aks/general"),
                passes("eea", "fr-gke/general"),
                rejects("us", "fr-gke/general", "outside allowed jurisdictions US", "allow jurisdiction FR", 0.8),
                rejects("eu", "lab-k3s/pi",
                        "outside allowed jurisdictions EU (site jurisdiction not stated)",
                        "state the jurisdiction of site lab", 0.1),
                rejects("eu", "lab/sensor",
                        "outside allowed jurisdictions EU (site jurisdiction not stated)",
                        "state the jurisdiction of site lab", 0.1));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void siteMustBeInAnAllowedJurisdiction(String workload, String group, String reason, String fix, Double magnitude) {
        assertVerdict(groupVerdict(new Jurisdiction(), PROBLEM, workload, group), Jurisdiction.NAME, reason, fix,
                magnitude);
    }
}
