package dev.traverse.app.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintSummaryTest {

    private static final Resources REQUESTS = new Resources(Map.of(Resources.CPU, Quantity.parse("500m")));

    @Test
    void aPlainServiceHasNoConstraints() {
        assertThat(ConstraintSummary.of(Workload.service("web", "example.com/web:1", 2, REQUESTS))).isEmpty();
    }

    @Test
    void theMostTellingConstraintsComeFirst() {
        Workload w = workload(List.of(), List.of(AffinityTerm.toWorkload("checkout", TopologyKey.NODE)),
                List.of(new SpreadConstraint(TopologyKey.ZONE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE)),
                new LatencyBound("store-017/cam", 10), List.of("EU"), List.of(), List.of(), null, List.of());

        assertThat(ConstraintSummary.of(w))
                .isEqualTo("spread zone · anti-affinity · ≤10 ms to store-017/cam · EU");
    }

    @Test
    void affinitiesArchFleetTolerationsAndPinsFollow() {
        AffinityTerm required = new AffinityTerm(List.of(), List.of("aks-weu"), List.of(), Map.of(), null, null,
                null);
        AffinityTerm preferred = new AffinityTerm(List.of("store-017"), List.of(), List.of(), Map.of(), null, null,
                50);
        Workload w = workload(List.of(required, preferred), List.of(), List.of(), null, List.of(),
                List.of(Arch.ARM64),
                List.of(new Toleration("nvidia.com/gpu", TolerationOperator.EXISTS, "", TaintEffect.NO_SCHEDULE)),
                new DeviceTarget("cams"), List.of(new Pin(0, "gw")));

        assertThat(ConstraintSummary.of(w)).isEqualTo("on aks-weu · prefers store-017 · arm64 · fleet cams"
                + " · tolerates nvidia.com/gpu · 1 pinned");
    }

    @Test
    void rowsShowRequestsAsWrittenAndHowDaemonsAndFirmwareCount() {
        WorkloadRow row = WorkloadRow.of(Workload.service("web", "example.com/web:1", 3, REQUESTS));
        assertThat(row).isEqualTo(new WorkloadRow("web", "service", "3", "500m", "", "", ""));
        Workload daemon = new Workload("agent", WorkloadKind.DAEMON, "example.com/agent:1", null, 1, 0, REQUESTS,
                Resources.NONE, List.of(), List.of(), null, null, Map.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), null, List.of(), null, List.of(), Map.of());
        assertThat(WorkloadRow.of(daemon).replicas()).isEqualTo("per site");
    }

    private static Workload workload(List<AffinityTerm> affinity, List<AffinityTerm> antiAffinity,
                                     List<SpreadConstraint> spread, LatencyBound latency, List<String> jurisdictions,
                                     List<Arch> arch, List<Toleration> tolerations, DeviceTarget target,
                                     List<Pin> pins) {
        return new Workload("w", WorkloadKind.SERVICE, "example.com/w:1", null, 2, 0, REQUESTS, Resources.NONE,
                arch, List.of(), null, null, Map.of(), tolerations, affinity, antiAffinity, spread, latency,
                jurisdictions, target, List.of(), null, pins, Map.of());
    }

    @Test
    void amountsSortByValueWithWordsAndBlanksLast() {
        List<String> cells = new ArrayList<>(List.of("2Gi", "", "500m", "per site", "16", "1", "512Mi"));
        cells.sort(WorkloadRow.BY_AMOUNT);
        assertThat(cells).containsExactly("500m", "1", "16", "512Mi", "2Gi", "", "per site");
    }
}
