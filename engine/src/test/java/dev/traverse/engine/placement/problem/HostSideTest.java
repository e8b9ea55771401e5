package dev.traverse.engine.placement.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs on the same places share what was compiled of them; anything else compiles them again. */
class HostSideTest {

    private static final String YAML = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: t
            spec:
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: pool
                          count: 3
                          capacity: {cpu: 4, memory: 8Gi}
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: k3s
                      nodes:
                        - name: gw
                          capacity: {cpu: 2, memory: 4Gi}
                  devices:
                    - name: cam
                      kind: camera
                      arch: arm64
                      count: 2
                      capacity: {memory: 256Mi}
              links:
                - between: [weu, store]
                  latencyMs: 12
              workloads:
                - name: web
                  kind: service
                  image: web:1
                  replicas: 2
                  resources: {cpu: 1, memory: 1Gi}
                  latency: {to: store, maxMs: 20}
            """;

    private static Topology topology() {
        return TopologyReader.read("t.yaml", YAML, FileFormat.YAML).document().orElseThrow().topology();
    }

    @Test
    void anEditOfWorkloadsKeepsThePlacesCompiledBefore() {
        Topology before = topology();
        Problem first = ProblemCompiler.compile(before);
        Problem second = ProblemCompiler.compile(
                dev.traverse.engine.placement.incremental.TopologyEdits.withReplicas(before,
                        before.workloads().get(0).name(), 3));
        assertThat(second.groups()).isSameAs(first.groups());
        assertThat(second.hostNames()).isSameAs(first.hostNames());
        assertThat(second.latency()).isSameAs(first.latency());
        assertThat(second.placeMemo()).isSameAs(first.placeMemo());
        assertThat(second.replicas()).hasSize(3);
        assertThat(second.demands().get(0).latencySource()).isEqualTo(first.demands().get(0).latencySource());
    }

    @Test
    void anEditOfLinksOrANewResourceCompilesThePlacesAgain() {
        Topology before = topology();
        Problem first = ProblemCompiler.compile(before);

        Link link = before.links().get(0);
        Topology slower = TopologyEdits.replaceLink(before, TopologyEdits.linkId(link),
                new Link(link.between(), 30, link.bandwidthMbps(), link.costPerGB()));
        Problem relinked = ProblemCompiler.compile(slower);
        assertThat(relinked.latency()).isNotSameAs(first.latency());
        int store = relinked.demands().get(0).latencySource();
        int weuHost = 0; // aks/pool-1
        assertThat(relinked.latency().latency(store, relinked.hostLatency()[weuHost])).isEqualTo(30);

        Workload w = before.workloads().get(0);
        Topology gpu = TopologyEdits.replaceWorkload(before, w.name(), new Workload(w.name(), w.kind(), w.image(),
                w.artifact(), w.replicas(), w.priority(), new Resources(
                        Map.of("cpu", Quantity.parse("1"), "example.com/fpga", Quantity.parse("1"))), w.limits(), w.arch(), w.os(),
                w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(), w.affinity(), w.antiAffinity(),
                w.spread(), w.latency(), w.jurisdictions(), w.target(), w.clusterAffinities(),
                w.replicaScheduling(), w.pins(), w.labels()));
        Problem widened = ProblemCompiler.compile(gpu);
        assertThat(widened.groups()).isNotSameAs(first.groups());
        assertThat(widened.dimensions().size()).isEqualTo(first.dimensions().size() + 1);
        assertThat(widened.groups().get(0).capacity()).hasSize(widened.dimensions().size());
    }

    @Test
    void latenciesWorkedOutByManyThreadsAtOnceAreThoseOfOne() throws Exception {
        Problem problem = ProblemCompiler.compile(topology());
        LatencyMatrix shared = problem.latency();
        int endpoints = shared.size();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<double[][]> all = () -> {
                    double[][] out = new double[endpoints][endpoints];
                    for (int a = 0; a < endpoints; a++) {
                        for (int b = 0; b < endpoints; b++) {
                            out[a][b] = shared.latency(a, b);
                        }
                    }
                    return out;
                };
                answers.add(pool.submit(all));
            }
            double[][] expected = answers.get(0).get();
            for (Future<double[][]> answer : answers) {
                assertThat(answer.get()).isDeepEqualTo(expected);
            }
            int weu = 0;
            int store = 1;
            assertThat(expected[weu][store]).isEqualTo(12);
        } finally {
            pool.shutdownNow();
        }
    }
}
