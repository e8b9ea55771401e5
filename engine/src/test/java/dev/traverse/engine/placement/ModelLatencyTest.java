package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator's own latency: shortest paths over links, device groups without links at their site. */
class ModelLatencyTest {

    private final ModelHosts hosts = new ModelHosts(PlacementValidatorTest.TOPOLOGY);
    private final ModelLatency latency = new ModelLatency(PlacementValidatorTest.TOPOLOGY);

    private double ms(String to, String host) {
        return latency.between(to, hosts.find(host).orElseThrow());
    }

    @Test
    void aSiteIsZeroFromItselfAndLinksAddUpAlongTheShortestPath() {
        assertThat(ms("cloud", "aks/b")).isZero();
        assertThat(ms("store", "aks/b")).isEqualTo(20);
        assertThat(ms("far", "k3s/gw")).isEqualTo(50);
    }

    @Test
    void aLinkedDeviceGroupReachesItsSiteOnlyThroughItsLinks() {
        assertThat(ms("store/cam", "k3s/gw")).isEqualTo(1);
        assertThat(ms("store/cam-2", "edge/e")).isEqualTo(51);
        assertThat(ms("store", "store/cam-1")).isEqualTo(1);
        assertThat(ms("store/cam", "store/cam-2")).isZero();
    }

    @Test
    void aDeviceGroupWithoutLinksSitsAtItsSite() {
        assertThat(ms("store/shelf", "k3s/gw")).isZero();
        assertThat(ms("store/shelf-old", "store/shelf-2")).isZero();
        assertThat(ms("store/shelf-1", "store/cam-1")).isEqualTo(1);
        assertThat(ms("cloud", "store/shelf-1")).isEqualTo(20);
    }
}
