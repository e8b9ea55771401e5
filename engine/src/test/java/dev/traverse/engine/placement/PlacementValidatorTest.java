package dev.traverse.engine.placement;

import static dev.traverse.engine.placement.Violation.Kind.AFFINITY;
import static dev.traverse.engine.placement.Violation.Kind.ANTI_AFFINITY;
import static dev.traverse.engine.placement.Violation.Kind.ARCH;
import static dev.traverse.engine.placement.Violation.Kind.CAPACITY;
import static dev.traverse.engine.placement.Violation.Kind.CLUSTER_AFFINITIES;
import static dev.traverse.engine.placement.Violation.Kind.DAEMON_TWICE_AT_SITE;
import static dev.traverse.engine.placement.Violation.Kind.DIVISION;
import static dev.traverse.engine.placement.Violation.Kind.DUPLICATE_REPLICA;
import static dev.traverse.engine.placement.Violation.Kind.FIRMWARE_SLOT;
import static dev.traverse.engine.placement.Violation.Kind.FIRMWARE_TWICE_ON_DEVICE;
import static dev.traverse.engine.placement.Violation.Kind.GPU_MODEL;
import static dev.traverse.engine.placement.Violation.Kind.JURISDICTION;
import static dev.traverse.engine.placement.Violation.Kind.LATENCY;
import static dev.traverse.engine.placement.Violation.Kind.MISSING_REPLICA;
import static dev.traverse.engine.placement.Violation.Kind.NODE_SELECTOR;
import static dev.traverse.engine.placement.Violation.Kind.OS;
import static dev.traverse.engine.placement.Violation.Kind.PIN;
import static dev.traverse.engine.placement.Violation.Kind.REPLICA_OUT_OF_RANGE;
import static dev.traverse.engine.placement.Violation.Kind.RUNTIME;
import static dev.traverse.engine.placement.Violation.Kind.SPREAD;
import static dev.traverse.engine.placement.Violation.Kind.TAINT;
import static dev.traverse.engine.placement.Violation.Kind.TARGET_FLEET;
import static dev.traverse.engine.placement.Violation.Kind.UNKNOWN_NODE;
import static dev.traverse.engine.placement.Violation.Kind.UNKNOWN_WORKLOAD;
import static dev.traverse.engine.placement.Violation.Kind.WORKLOAD_AFFINITY;
import static dev.traverse.engine.placement.Violation.Kind.WORKLOAD_ANTI_AFFINITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator on a hand-made topology: a correct result passes, and each kind of mistake is caught, alone where
 * the topology allows it.
 */
class PlacementValidatorTest {

    static final Topology TOPOLOGY = read("/topologies/validator.yaml");

    static Topology read(String resource) {
        try {
            ReadResult read = TopologyReader.read(Path.of(PlacementValidatorTest.class.getResource(resource).toURI()));
            assertThat(read.problems()).isEmpty();
            return read.document().orElseThrow().topology();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result that breaks nothing; each case below changes it in one way. */
    static HandMadeResult valid() {
        return new HandMadeResult()
                .assign("web", 0, "aks/a-1").assign("web", 1, "aks/b").assign("web", 2, "aks/a-2")
                .assign("cache", 0, "aks/b")
                .assign("trainer", 0, "aks/gpu")
                .assign("agent", 0, "aks2/c").assign("agent", 1, "edge/e").assign("agent", 2, "k3s/gw")
                .assign("vision", 0, "k3s/gw")
                .assign("cam-fw", 0, "store/cam-1").assign("cam-fw", 1, "store/cam-2")
                .unplace("cam-fw-beta", 0).unplace("cam-fw-beta", 1)
                .assign("shelf-fw", 0, "store/shelf-1").assign("shelf-fw", 1, "store/shelf-2").unplace("shelf-fw", 2)
                .assign("batch", 0, "edge/e").assign("batch", 1, "aks2/c")
                // devices take any number of pods: 111 on one camera
                .assignRange("tiny", 0, 110, "store/cam-2")
                .assign("report", 0, "aks2/c")
                // weights 2 : 1 : 0 : 0 over aks, aks2, k3s and edge
                .assign("shards", 0, "aks/misc").assign("shards", 1, "aks/misc").assign("shards", 2, "aks2/c");
    }

    private static Set<Violation.Kind> kinds(PlacementResult result) {
        List<Violation> found = PlacementValidator.validate(TOPOLOGY, result);
        Set<Violation.Kind> kinds = new TreeSet<>();
        found.forEach(v -> kinds.add(v.kind()));
        return kinds;
    }

    @Test
    void aCorrectResultHasNoViolations() {
        assertThat(PlacementValidator.validate(TOPOLOGY, valid().build())).isEmpty();
    }

    static List<Arguments> mistakes() {
        return List.of(
                mistake("a node that does not exist", r -> r.move("web", 2, "aks/a-3"), UNKNOWN_NODE, MISSING_REPLICA),
                mistake("a workload that does not exist", r -> r.assign("nope", 0, "aks2/c"), UNKNOWN_WORKLOAD),
                mistake("a replica beyond the count", r -> r.assign("cache", 1, "aks/b"), REPLICA_OUT_OF_RANGE),
                mistake("a firmware replica beyond the fleet", r -> r.unplace("cam-fw", 2), REPLICA_OUT_OF_RANGE),
                mistake("a replica both assigned and unplaced", r -> r.unplace("cache", 0), DUPLICATE_REPLICA),
                mistake("a replica assigned twice", r -> r.assign("report", 0, "aks2/c"), DUPLICATE_REPLICA),
                mistake("a replica forgotten", r -> r.drop("cache", 0), MISSING_REPLICA),
                mistake("a firmware replica forgotten", r -> r.drop("cam-fw", 1), MISSING_REPLICA),
                mistake("a daemon twice at one site", r -> r.move("agent", 1, "aks/misc"), DAEMON_TWICE_AT_SITE),
                mistake("one firmware twice on a device", r -> r.move("cam-fw", 1, "store/cam-1"),
                        FIRMWARE_TWICE_ON_DEVICE),
                mistake("two firmware images on a device", r -> r.place("cam-fw-beta", 0, "store/cam-1"),
                        FIRMWARE_SLOT),
                mistake("firmware on a device outside its fleet", r -> r.move("cam-fw", 1, "store/shelf-old"),
                        TARGET_FLEET),
                mistake("firmware on a node", r -> r.move("cam-fw", 1, "aks/misc"), RUNTIME, TARGET_FLEET, CAPACITY),
                mistake("a container on a microcontroller", r -> r.move("agent", 2, "store/shelf-1"), RUNTIME, CAPACITY),
                mistake("cpu over capacity", r -> r.move("batch", 1, "edge/e"), CAPACITY),
                mistake("pods over a stated limit", r -> r.move("tiny", 0, "aks/a-2").move("tiny", 1, "aks/a-2")
                        .move("tiny", 2, "aks/a-2"), CAPACITY),
                mistake("pods over the default 110", r -> {
                    for (int i = 0; i <= 110; i++) {
                        r.move("tiny", i, "aks2/c");
                    }
                    return r;
                }, CAPACITY),
                mistake("the wrong arch", r -> r.move("vision", 0, "aks/misc"), ARCH, LATENCY),
                mistake("the wrong os", r -> r.place("shelf-fw", 2, "store/shelf-old"), OS),
                mistake("labels without the node selector", r -> r.move("web", 2, "aks/misc"), NODE_SELECTOR),
                mistake("an untolerated taint", r -> r.move("cache", 0, "aks/gpu"), TAINT),
                mistake("the wrong gpu model", r -> r.move("trainer", 0, "aks/gpu2"), GPU_MODEL),
                mistake("outside the jurisdictions", r -> r.move("batch", 1, "k3s/gw"), JURISDICTION),
                mistake("outside required affinity", r -> r.move("cache", 0, "aks2/c"), AFFINITY, WORKLOAD_AFFINITY),
                mistake("inside required anti-affinity", r -> r.move("tiny", 0, "k3s/gw"), ANTI_AFFINITY),
                mistake("away from the workload it needs", r -> r.move("cache", 0, "aks/misc"), WORKLOAD_AFFINITY),
                mistake("beside the workload it avoids", r -> r.move("web", 2, "aks/a-1"), WORKLOAD_ANTI_AFFINITY),
                mistake("skew over maxSkew", r -> r.unassign("web", 2).move("web", 1, "aks/a-2")
                        .move("cache", 0, "aks/a-1"), SPREAD),
                mistake("beyond the latency bound", r -> r.move("vision", 0, "edge/e"), LATENCY),
                mistake("a pin ignored", r -> r.move("web", 0, "aks/a-2").move("web", 2, "aks/a-1"), PIN),
                mistake("outside every cluster group", r -> r.move("report", 0, "k3s/gw"), CLUSTER_AFFINITIES),
                mistake("more than a cluster's share by weight", r -> r.move("shards", 2, "aks/misc"), DIVISION),
                mistake("a share in a cluster weighing nothing", r -> r.move("shards", 2, "edge/e"), DIVISION));
    }

    private static Arguments mistake(String what, UnaryOperator<HandMadeResult> change, Violation.Kind... expected) {
        return Arguments.of(what, change, Set.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsCaught(String what, UnaryOperator<HandMadeResult> change, Set<Violation.Kind> expected) {
        assertThat(kinds(change.apply(valid()).build())).as(what).isEqualTo(new TreeSet<>(expected));
    }

    @Test
    void aViolationNamesTheReplicaTheHostAndWhy() {
        List<Violation> found = PlacementValidator.validate(TOPOLOGY, valid().move("cache", 0, "aks/gpu").build());

        assertThat(found).singleElement().hasToString(
                "TAINT cache/0 on aks/gpu: taint nvidia.com/gpu:NoSchedule is not tolerated");
    }

    @Test
    void capacityNamesTheHostAndEveryReplicaOnIt() {
        List<Violation> found = PlacementValidator.validate(TOPOLOGY, valid().move("batch", 1, "edge/e").build());

        assertThat(found).singleElement().hasToString(
                "CAPACITY on edge/e: cpu 6100 requested > 4000 capacity (millicores) by [agent/1, batch/0, batch/1]");
    }
}
