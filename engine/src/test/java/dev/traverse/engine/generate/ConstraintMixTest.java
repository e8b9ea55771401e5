package dev.traverse.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import org.junit.jupiter.api.Test;

class ConstraintMixTest {

    private final Topology generated = TopologyGenerator.generate(new GeneratorSpec(6, 300, 60, 400, 7));

    @Test
    void allLeavesTheTopologyAsGenerated() {
        assertThat(ConstraintMix.ALL.apply(generated)).isSameAs(generated);
    }

    @Test
    void plainKeepsTheEstateRequestsAndStaticRulesButNoPlacementDependentOnes() {
        Topology plain = ConstraintMix.PLAIN.apply(generated);

        assertThat(plain.sites()).isEqualTo(generated.sites());
        assertThat(plain.workloads()).hasSameSizeAs(generated.workloads());
        for (int i = 0; i < plain.workloads().size(); i++) {
            Workload before = generated.workloads().get(i);
            Workload after = plain.workloads().get(i);
            assertThat(after.resources()).isEqualTo(before.resources());
            assertThat(after.replicas()).isEqualTo(before.replicas());
            assertThat(after.nodeSelector()).isEqualTo(before.nodeSelector());
            assertThat(after.tolerations()).isEqualTo(before.tolerations());
            assertThat(after.spread()).isEmpty();
            assertThat(after.antiAffinity()).isEmpty();
            assertThat(after.affinity()).allMatch(t -> t.isRequired() && t.workload() == null);
            assertThat(after.latency()).isNull();
            assertThat(after.pins()).isEmpty();
        }
        assertThat(generated.workloads()).anyMatch(w -> !w.spread().isEmpty() || !w.antiAffinity().isEmpty());
    }

    @Test
    void spreadPutsAZoneSpreadOnEveryWorkloadWithReplicasToSpread() {
        for (Workload w : ConstraintMix.SPREAD.apply(generated).workloads()) {
            if (w.kind() != WorkloadKind.DAEMON && w.replicas() > 1) {
                assertThat(w.spread()).singleElement().satisfies(c -> {
                    assertThat(c.over()).isEqualTo(TopologyKey.ZONE);
                    assertThat(c.maxSkew()).isEqualTo(1);
                });
            } else {
                assertThat(w.spread()).isEmpty();
            }
        }
    }

    @Test
    void antiAffinityKeepsEveryFifthWorkloadsReplicasOnSeparateNodes() {
        var workloads = ConstraintMix.ANTI_AFFINITY.apply(generated).workloads();
        long withTerm = workloads.stream().filter(w -> !w.antiAffinity().isEmpty()).count();
        long spreadable = workloads.stream().filter(w -> w.kind() != WorkloadKind.DAEMON && w.replicas() > 1).count();

        assertThat(withTerm).isPositive().isLessThanOrEqualTo(spreadable);
        assertThat(workloads).filteredOn(w -> !w.antiAffinity().isEmpty()).allSatisfy(w -> assertThat(
                w.antiAffinity()).singleElement().satisfies(t -> {
                    assertThat(t.workload()).isEqualTo(w.name());
                    assertThat(t.over()).isEqualTo(TopologyKey.NODE);
                    assertThat(t.isRequired()).isTrue();
                }));
    }

    @Test
    void wireNamesRoundTrip() {
        for (ConstraintMix mix : ConstraintMix.values()) {
            assertThat(ConstraintMix.fromWireName(mix.wireName())).isEqualTo(mix);
        }
        assertThat(ConstraintMix.fromWireName("spready")).isNull();
    }
}
