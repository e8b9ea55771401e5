package dev.traverse.app.preview;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A placement function for preview tests: records every call and answers with what the test decides, by default a
 * small result whose cost is the call's number, so each run's result can be told apart.
 */
final class FakePlacement implements PlacementFunction {

    /** One call, as the preview made it. */
    record Call(int number, Topology topology, RunKind kind, WarmStart start, BooleanSupplier cancelled) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile Function<Call, IncrementalResult> answer = call -> answer(result(call.number()));

    @Override
    public IncrementalResult place(Topology topology, RunKind kind, WarmStart start, BooleanSupplier cancelled) {
        Call call = new Call(calls.size() + 1, topology, kind, start, cancelled);
        calls.add(call);
        return answer.apply(call);
    }

    Call last() {
        return calls.get(calls.size() - 1);
    }

    /** A result of one replica of "checkout" on aks-weu/general-1 costing {@code cost} per hour. */
    static PlacementResult result(double cost) {
        return new PlacementResult(List.of(new Assignment("checkout", 0, "aks-weu/general-1")), List.of(), List.of(),
                new ObjectiveSummary(cost, 0, 0, 10, 1), 0.5, 0.5, 12);
    }

    static IncrementalResult answer(PlacementResult result) {
        return new IncrementalResult(result, WarmStart.keeping(result));
    }
}
