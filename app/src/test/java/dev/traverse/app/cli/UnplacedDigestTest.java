package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnplacedDigestTest {

    /** Refused by all 3 hosts for one reason, as the engine would say it. */
    private static UnplacedReplica unplaced(String workload, int replica, String reason, String... fixes) {
        return new UnplacedReplica(workload, replica, "0/3 nodes are available: 3 " + reason + ".",
                List.of(new ReasonCount(reason, 3)), List.of(fixes));
    }

    private static String print(List<UnplacedReplica> unplaced) {
        StringWriter text = new StringWriter();
        UnplacedDigest.print(new PrintWriter(text, true), unplaced);
        return text.toString();
    }

    @Test
    void replicaNumbersAreWrittenAsRuns() {
        assertThat(UnplacedDigest.ranges(List.of(7, 0, 1, 2, 3, 9, 10))).isEqualTo("0-3, 7, 9-10");
        assertThat(UnplacedDigest.ranges(List.of(4))).isEqualTo("4");
    }

    @Test
    void replicasRefusedAlikeAreOneEntryWithTheSummaryAndFixes() {
        String text = print(List.of(
                unplaced("web", 3, "Insufficient cpu", "add 1 cpu to a node of pool k/a"),
                unplaced("web", 4, "Insufficient cpu", "add 1 cpu to a node of pool k/a"),
                unplaced("web", 6, "Insufficient memory"),
                unplaced("db", 0, "Insufficient cpu", "add 1 cpu to a node of pool k/a")));

        assertThat(text).isEqualTo("""
                unplaced: 4 replicas of 2 workloads
                  web/3-4: 0/3 nodes are available: 3 Insufficient cpu.
                    fix: add 1 cpu to a node of pool k/a
                  web/6: 0/3 nodes are available: 3 Insufficient memory.
                  db/0: 0/3 nodes are available: 3 Insufficient cpu.
                    fix: add 1 cpu to a node of pool k/a
                """);
    }

    @Test
    void replicasBoundToOneHostEachAreOneEntryWhenRefusedAlike() {
        List<UnplacedReplica> fleet = new ArrayList<>();
        for (int r = 0; r < 500; r++) {
            fleet.add(new UnplacedReplica("plc-fw", r, "pinned to plant/plc-" + (r + 1) + ", which is not available:"
                    + " 1 Insufficient storage.", List.of(new ReasonCount("Insufficient storage", 1)),
                    List.of("add 1Mi storage to a device of device group plant/plc")));
        }

        assertThat(print(fleet)).isEqualTo("""
                unplaced: 500 replicas of 1 workload
                  plc-fw/0-499: each has one possible host, which is not available: 1 Insufficient storage.
                    fix: add 1Mi storage to a device of device group plant/plc
                """);
    }

    @Test
    void longListsAreCutWithACountOfTheRest() {
        List<UnplacedReplica> many = new ArrayList<>();
        for (int w = 0; w < 14; w++) {
            for (int r = 0; r < 3; r++) {
                many.add(unplaced("w" + w, r, "Insufficient cpu"));
            }
        }

        List<String> lines = print(many).lines().toList();

        assertThat(lines).hasSize(1 + UnplacedDigest.MAX_ENTRIES + 1);
        assertThat(lines.get(0)).isEqualTo("unplaced: 42 replicas of 14 workloads");
        assertThat(lines.get(1)).isEqualTo("  w0/0-2: 0/3 nodes are available: 3 Insufficient cpu.");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("  ... and 12 more replicas of 4 workloads (-o FILE writes them all)");
    }

    @Test
    void nothingUnplacedPrintsNothing() {
        assertThat(print(List.of())).isEmpty();
    }
}
