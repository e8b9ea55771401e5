package dev.traverse.engine.placement.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacementResultJsonTest {

    private static final PlacementResult RESULT = new PlacementResult(
            List.of(new Assignment("web", 0, "aks/general-1"), new Assignment("web", 1, "store/cam-2")),
            List.of(new UnplacedReplica("big", 0, "0/3 nodes are available: 3 Insufficient memory.",
                    List.of(new ReasonCount("Insufficient memory", 3)),
                    List.of("add 2Gi memory to a node of node pool aks/general"))),
            List.of(new HostUsage("aks/general-1", 1,
                    Map.of("pods", "1", "example.com/fpga", "0", "memory", "1Gi", "cpu", "500m"),
                    Map.of("pods", "110", "example.com/fpga", "2", "memory", "8Gi", "cpu", "4"))),
            new ObjectiveSummary(0.46, 12.5, 20, 0, 1.25),
            1.0,
            0.2,
            17,
            4_200);

    @Test
    void writesEveryFieldInTheDocumentedOrder() {
        assertThat(PlacementResultJson.toJson(RESULT)).isEqualTo("""
                {
                  "apiVersion": "traverse.dev/v1alpha1",
                  "kind": "PlacementResult",
                  "assignments": [
                    {
                      "workload": "web",
                      "replica": 0,
                      "node": "aks/general-1"
                    },
                    {
                      "workload": "web",
                      "replica": 1,
                      "node": "store/cam-2"
                    }
                  ],
                  "unplaced": [
                    {
                      "workload": "big",
                      "replica": 0,
                      "summary": "0/3 nodes are available: 3 Insufficient memory.",
                      "reasons": [
                        {
                          "reason": "Insufficient memory",
                          "hosts": 3
                        }
                      ],
                      "fixes": [
                        "add 2Gi memory to a node of node pool aks/general"
                      ]
                    }
                  ],
                  "objectives": {
                    "costPerHour": 0.46,
                    "meanLatencyMs": 12.5,
                    "worstLatencyMs": 20.0,
                    "carbonGramsPerHour": 0.0,
                    "total": 1.25
                  },
                  "hosts": [
                    {
                      "node": "aks/general-1",
                      "replicas": 1,
                      "used": {
                        "cpu": "500m",
                        "memory": "1Gi",
                        "pods": "1",
                        "example.com/fpga": "0"
                      },
                      "capacity": {
                        "cpu": "4",
                        "memory": "8Gi",
                        "pods": "110",
                        "example.com/fpga": "2"
                      }
                    }
                  ],
                  "lowerBound": 1.0,
                  "gap": 0.2,
                  "improvementSteps": 4200,
                  "elapsedMs": 17
                }
                """);
    }

    @Test
    void anEmptyResultHasEmptyListsNotMissingFields() {
        String json = PlacementResultJson.toJson(new PlacementResult(List.of(), List.of(), List.of(),
                new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 0));

        assertThat(json).contains("\"assignments\": []", "\"unplaced\": []", "\"hosts\": []");
    }

    @Test
    void aLatencyWithoutAnyPathIsNullBecauseJsonHasNoInfinity() {
        String json = PlacementResultJson.toJson(new PlacementResult(List.of(), List.of(), List.of(),
                new ObjectiveSummary(1, Double.NaN, Double.POSITIVE_INFINITY, 0, 1), 0, 1, 0));

        assertThat(json).contains("\"meanLatencyMs\": null", "\"worstLatencyMs\": null");
    }

    @Test
    void savesTheSameTextToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");

        PlacementResultJson.save(RESULT, file);

        assertThat(Files.readString(file)).isEqualTo(PlacementResultJson.toJson(RESULT));
    }
}
