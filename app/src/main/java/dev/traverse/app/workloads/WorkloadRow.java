package dev.traverse.app.workloads;

import dev.traverse.app.inspector.FieldText;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Workload;
import java.math.BigDecimal;
import java.util.Comparator;
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

    /**
     * Orders amounts as written ("500m", "2", "1Gi") by value; empty cells and words ("per site") after numbers,
     * words among themselves alphabetically.
     */
    public static final Comparator<String> BY_AMOUNT = Comparator
            .comparing((String text) -> Quantity.tryParse(text) == null)
            .thenComparing(text -> {
                Quantity q = Quantity.tryParse(text);
                return q == null ? BigDecimal.ZERO : q.value();
            })
            .thenComparing(Comparator.naturalOrder());

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
