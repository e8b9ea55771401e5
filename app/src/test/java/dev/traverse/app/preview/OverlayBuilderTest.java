package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.app.testing.Topologies;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.overlay.Utilisation;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The overlay of real placements of the samples, of unplaced replicas, and of a large estate. */
class OverlayBuilderTest {

    private static final PlacementOptions CONSTRUCTION_ONLY = new PlacementOptions(1, Duration.ZERO, Map.of());
    private static final Pattern TIMES = Pattern.compile(" ×(\\d+)$");

    @Test
    void everyPlacedReplicaOfTheRetailChainIsOnAChipOfItsHostsElement() {
        Topology topology = SampleTopologies.load("retail-chain");
        PlacementResult result = PlacementEngine.place(topology, CONSTRUCTION_ONLY);
        TopologyIndex index = TopologyIndex.of(topology);

        Overlay overlay = OverlayBuilder.build(result, index);

        Map<String, Integer> expected = new java.util.HashMap<>();
        for (Assignment a : result.assignments()) {
            expected.merge(a.workload() + "@" + index.elementOfHost(a.node()), 1, Integer::sum);
        }
        Map<String, Integer> drawn = new java.util.HashMap<>();
        overlay.chips().forEach((element, chips) -> chips.forEach(chip -> {
            ChipId id = ChipId.parse(chip.id()).orElseThrow();
            assertThat(id.elementId()).isEqualTo(element);
            drawn.merge(id.workload() + "@" + element, replicasOf(chip), Integer::sum);
        }));
        assertThat(drawn).isEqualTo(expected);
        assertThat(result.assignments()).hasSizeGreaterThan(1000);
    }

    @Test
    void firmwareOnAFleetIsOneChipPerDeviceGroupWithItsCount() {
        Topology topology = SampleTopologies.load("retail-chain");
        Overlay overlay = OverlayBuilder.build(PlacementEngine.place(topology, CONSTRUCTION_ONLY),
                TopologyIndex.of(topology));

        assertThat(overlay.chipsOn("store-001/shelf")).singleElement().satisfies(chip -> {
            assertThat(chip.id()).isEqualTo("shelf-sensor-fw@store-001/shelf");
            assertThat(chip.label()).isEqualTo("shelf-sensor-fw ×136");
            assertThat(chip.style()).isEqualTo(ChipStyle.PLACED);
            assertThat(chip.draggable()).isTrue();
        });
    }

    @Test
    void pinnedReplicasHaveChipsOfTheirOwnNamingTheReplica() {
        Topology topology = SampleTopologies.load("retail-chain");
        Overlay overlay = OverlayBuilder.build(PlacementEngine.place(topology, CONSTRUCTION_ONLY),
                TopologyIndex.of(topology));

        assertThat(overlay.chipsOn("dc-lyon-ocp/db")).filteredOn(c -> c.id().startsWith("loyalty-db"))
                .extracting(Chip::id, Chip::label, Chip::style)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("loyalty-db/0@dc-lyon-ocp/db", "loyalty-db/0",
                                ChipStyle.PINNED),
                        org.assertj.core.groups.Tuple.tuple("loyalty-db/1@dc-lyon-ocp/db", "loyalty-db/1",
                                ChipStyle.PINNED),
                        org.assertj.core.groups.Tuple.tuple("loyalty-db/2@dc-lyon-ocp/db", "loyalty-db/2",
                                ChipStyle.PINNED));
    }

    @Test
    void eachWorkloadKeepsOneColourItsPlaceInSortedOrder() {
        Topology topology = SampleTopologies.load("retail-chain");
        Overlay overlay = OverlayBuilder.build(PlacementEngine.place(topology, CONSTRUCTION_ONLY),
                TopologyIndex.of(topology));
        List<String> sorted = topology.workloads().stream().map(Workload::name).sorted().toList();

        overlay.chips().values().stream().flatMap(List::stream).forEach(chip -> assertThat(chip.colourIndex())
                .isEqualTo(sorted.indexOf(ChipId.parse(chip.id()).orElseThrow().workload())));
        assertThat(overlay.legend()).extracting(Overlay.LegendEntry::text).containsExactlyElementsOf(sorted);
        assertThat(overlay.legend()).extracting(Overlay.LegendEntry::colourIndex)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(overlay.marks()).isEmpty();
    }

    @Test
    void utilisationAddsUpTheMembersOfAPoolAndWhatAClusterHolds() {
        Topology topology = SampleTopologies.load("retail-chain");
        PlacementResult result = PlacementEngine.place(topology, CONSTRUCTION_ONLY);
        TopologyIndex index = TopologyIndex.of(topology);
        Overlay overlay = OverlayBuilder.build(result, index);

        double[] pool = sum(result, h -> h.node().startsWith("dc-lyon-ocp/db-"));
        double[] cluster = sum(result, h -> h.node().startsWith("dc-lyon-ocp/"));
        Utilisation db = overlay.utilisation().get("dc-lyon-ocp/db");
        assertThat(db.cpu()).isCloseTo(pool[0] / pool[1], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(db.memory()).isCloseTo(pool[2] / pool[3], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(db.cpu()).isGreaterThan(0);
        assertThat(db.gpu()).isNaN();
        assertThat(overlay.utilisation().get("dc-lyon-ocp").cpu())
                .isCloseTo(cluster[0] / cluster[1], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overlay.utilisation()).containsKeys("dc-lyon", "store-001", "store-001/cam");
    }

    @Test
    void anUnplacedPinnedReplicaWarnsOnItsPinsElementAndOthersOnlyInTheLegend() {
        Topology topology = TopologyChanges.withPins(
                TopologyChanges.adding(Topologies.retailMini(), TopologyChanges.service("huge", 1, "1000")),
                "vision", new Pin(0, "store-017/cam-2"));
        PlacementResult result = PlacementEngine.place(topology, CONSTRUCTION_ONLY);
        assertThat(result.unplaced()).extracting(u -> u.workload()).containsExactlyInAnyOrder("vision", "huge");

        Overlay overlay = OverlayBuilder.build(result, TopologyIndex.of(topology));

        assertThat(overlay.marks()).isEqualTo(Map.of("store-017/cam", ElementMark.WARNING));
        assertThat(overlay.legend()).extracting(Overlay.LegendEntry::text)
                .containsExactly("checkout", "huge · 1 unplaced", "vision · 1 unplaced");
    }

    @Test
    void aSingleReplicaChipNamesTheReplicaSoADragCanPinIt() {
        Topology topology = Topologies.retailMini();
        PlacementResult result = PlacementEngine.place(topology, CONSTRUCTION_ONLY);
        Overlay overlay = OverlayBuilder.build(result, TopologyIndex.of(topology));
        Assignment vision = result.assignments().stream().filter(a -> a.workload().equals("vision")).findFirst()
                .orElseThrow();
        String element = vision.node().substring(0, vision.node().lastIndexOf('-'));

        assertThat(overlay.chipsOn(element)).anySatisfy(chip -> {
            assertThat(chip.id()).isEqualTo("vision/0@" + element);
            assertThat(chip.label()).isEqualTo("vision");
        });
    }

    @Test
    void buildsTheOverlayOfFiftyThousandReplicasOnFiveThousandHostsWithoutQuadraticWork() {
        List<Site> sites = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        List<HostUsage> hosts = new ArrayList<>();
        Map<String, String> capacity = Map.of("cpu", "16", "memory", "64Gi");
        Map<String, String> used = Map.of("cpu", "8", "memory", "16Gi");
        Resources offered = new Resources(Map.of("cpu", Quantity.parse("16"), "memory", Quantity.parse("64Gi")));
        for (int s = 0; s < 50; s++) {
            List<Node> pools = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                pools.add(new Node("pool-" + p, 10, null, Node.DEFAULT_ARCH, Node.DEFAULT_OS, Node.DEFAULT_RUNTIMES,
                        offered, null, Map.of(), List.of(), 0.5, Node.DEFAULT_BILLING, 200));
                for (int m = 1; m <= 10; m++) {
                    hosts.add(new HostUsage("c-" + s + "/pool-" + p + "-" + m, 10, used, capacity));
                }
            }
            sites.add(new Site("site-" + s, SiteKind.CLOUD_REGION, Provider.AWS, null, null, null, Map.of(),
                    List.of(new Cluster("c-" + s, Distribution.EKS, null, Map.of(), pools)), List.of()));
        }
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < 1000; w++) {
            workloads.add(TopologyChanges.service("w-" + w, 50, "100m"));
            for (int r = 0; r < 50; r++) {
                assignments.add(new Assignment("w-" + w, r, hosts.get((w * 50 + r) % hosts.size()).node()));
            }
        }
        Topology topology = new Topology(new Metadata("large", null, Map.of()), Objectives.DEFAULT, sites, List.of(),
                workloads, Layout.EMPTY);
        PlacementResult result = new PlacementResult(assignments, List.of(), hosts,
                new PlacementResult.ObjectiveSummary(1, 0, 0, 1, 1), 0, 0, 1);

        Overlay overlay = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> OverlayBuilder.build(result, TopologyIndex.of(topology)));

        int drawn = overlay.chips().values().stream().flatMap(List::stream).mapToInt(OverlayBuilderTest::replicasOf)
                .sum();
        assertThat(drawn).isEqualTo(50_000);
        assertThat(overlay.utilisation().get("c-7/pool-3").cpu()).isEqualTo(0.5);
        assertThat(overlay.utilisation().get("c-7/pool-3").memory()).isEqualTo(0.25);
    }

    private static int replicasOf(Chip chip) {
        Matcher m = TIMES.matcher(chip.label());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** cpu used, cpu offered, memory used, memory offered over the hosts that pass. */
    private static double[] sum(PlacementResult result, java.util.function.Predicate<HostUsage> which) {
        double[] out = new double[4];
        for (HostUsage h : result.hosts()) {
            if (which.test(h)) {
                out[0] += amount(h.used().get("cpu"));
                out[1] += amount(h.capacity().get("cpu"));
                out[2] += amount(h.used().get("memory"));
                out[3] += amount(h.capacity().get("memory"));
            }
        }
        return out;
    }

    private static double amount(String text) {
        return text == null ? 0 : Quantity.parse(text).value().doubleValue();
    }
}
