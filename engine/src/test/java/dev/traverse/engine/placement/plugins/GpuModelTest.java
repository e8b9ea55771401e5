package dev.traverse.engine.placement.plugins;

import static dev.traverse.engine.placement.plugins.StaticFixtures.assertVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.groupVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.passes;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejects;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejectsWithoutFix;

import dev.traverse.engine.placement.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GpuModelTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: a100
                          count: 2
                          capacity: {cpu: 32, memory: 256Gi, gpu: 4}
                          gpuModel: nvidia-a100-80gb
                        - name: l4
                          capacity: {cpu: 8, memory: 32Gi, gpu: 1}
                          gpuModel: nvidia-l4
                        - name: unnamed
                          capacity: {cpu: 8, memory: 32Gi, gpu: 2}
                        - name: cpu
                          count: 3
                          capacity: {cpu: 8, memory: 32Gi}
                - name: store
                  kind: store
                  provider: on-prem
                  devices:
                    - name: cam
                      kind: camera
                      arch: amd64
                      runtimes: [container]
              workloads:
                - name: any
                  kind: service
                  image: example.com/any:1
                - name: train
                  kind: job
                  image: example.com/train:1
                  resources: {gpu: 1}
                  gpuModel: nvidia-a100-80gb
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("any", "aks/cpu"),
                passes("any", "aks/l4"),
                passes("train", "aks/a100"),
                rejects("train", "aks/l4",
                        "node(s) didn't have GPU model nvidia-a100-80gb",
                        "set the workload's gpuModel to nvidia-l4", 0.5),
                rejects("train", "aks/unnamed",
                        "node(s) didn't have GPU model nvidia-a100-80gb",
                        "state gpuModel nvidia-a100-80gb on node pool aks/unnamed", 0.1),
                rejects("train", "aks/cpu",
                        "node(s) didn't have GPU model nvidia-a100-80gb",
                        "add nvidia-a100-80gb GPUs to node pool aks/cpu", 0.9),
                rejectsWithoutFix("train", "store/cam", "node(s) didn't have GPU model nvidia-a100-80gb"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void gpuModelMustBeTheOneNeeded(String workload, String group, String reason, String fix, Double magnitude) {
        assertVerdict(groupVerdict(new GpuModel(), PROBLEM, workload, group), GpuModel.NAME, reason, fix, magnitude);
    }
}
