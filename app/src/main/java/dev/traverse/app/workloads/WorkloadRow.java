package dev.traverse.app.workloads;

import dev.traverse.app.inspector.FieldText;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Workload;
import java.util.Objects;

/**
 * One workload as the table lists it: requests as written in the file, replicas ("per site" for a daemon, "per
 * device" for firmware) and a one-line summary of its constraints.
 */
public record WorkloadRow(String name, String kind, String replicas, String cpu, String memory, String gpu,
                          String constraints) {

    public WorkloadRow {
        Objects.requireNonNull(name, "name");
    }

    public static WorkloadRow of(Workload w) {
        String replicas = switch (w.kind()) {
            case DAEMON -> "per site";
            case FIRMWARE -> "per device";
            default -> Integer.toString(w.replicas());
        };
        return new WorkloadRow(w.name(), w.kind().wireName(), replicas,
                FieldText.quantity(w.resources(), Resources.CPU), FieldText.quantity(w.resources(), Resources.MEMORY),
                FieldText.quantity(w.resources(), Resources.GPU), ConstraintSummary.of(w));
    }
}
