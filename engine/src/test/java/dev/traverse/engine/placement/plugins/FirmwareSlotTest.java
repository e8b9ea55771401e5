package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmwareSlotTest {

    /** Two shelf sensors of one fleet, which two firmware workloads target; a wasm module may share them. */
    static final String SPEC = """
            sites:
              - name: store
                kind: store
                provider: on-prem
                devices:
                  - name: shelf
                    count: 2
                    kind: sensor
                    arch: cortex-m33
                    runtimes: [firmware, wasm]
                    capacity: {memory: 512Ki, storage: 2Mi}
                    fleet: shelves
            workloads:
              - name: shelf-fw
                kind: firmware
                artifact: oci://example.com/shelf:2
                resources: {memory: 96Ki}
                target: {fleet: shelves}
              - name: shelf-fw-beta
                kind: firmware
                artifact: oci://example.com/shelf:3-beta
                resources: {memory: 96Ki}
                target: {fleet: shelves}
              - name: probe
                kind: service
                image: example.com/probe.wasm:1
                runtime: wasm
            """;

    private final FirmwareSlot plugin = new FirmwareSlot();

    /** Firmware replicas are numbered by device: replica 1 of a fleet's firmware is for shelf-2. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                     | placed                 | workload      | replica | candidate     | refuses
            an empty device            |                        | shelf-fw      | 0       | store/shelf-1 | false
            another firmware on it     | shelf-fw:store/shelf-1 | shelf-fw-beta | 0       | store/shelf-1 | true
            another firmware next door | shelf-fw:store/shelf-1 | shelf-fw-beta | 1       | store/shelf-2 | false
            a wasm module beside it    | shelf-fw:store/shelf-1 | probe         | 0       | store/shelf-1 | false
            """)
    void oneFirmwarePerDevice(String name, String placed, String workload, int replica, String candidate,
                              boolean refused) {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeEach(placed);

        Rejection rejection = s.filter(plugin, workload, replica, candidate);

        if (!refused) {
            assertThat(rejection).isNull();
        } else {
            assertThat(rejection.plugin()).isEqualTo("FirmwareSlot");
            assertThat(rejection.reason()).isEqualTo("device(s) already run another firmware");
            assertThat(rejection.fix()).isEqualTo("target fleet shelves with one firmware workload only");
            assertThat(rejection.magnitude()).isEqualTo(0.5);
        }
    }

    @ParameterizedTest
    @CsvSource({"shelf-fw, true", "shelf-fw-beta, true", "probe, false"})
    void appliesToFirmware(String workload, boolean applies) {
        assertThat(DynamicFixtures.allFeasible(SPEC).appliesTo(plugin, workload)).isEqualTo(applies);
    }
}
