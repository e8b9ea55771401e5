package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview on its real worker thread with results handed to the real FX thread, its placement held on latches so
 * the order of events is the test's: a stale run never publishes, and the FX thread stays free while a run works.
 */
@ExtendWith(ApplicationExtension.class)
class PlacementPreviewConcurrencyTest {

    private final FakePlacement placement = new FakePlacement();
    private final List<PreviewSnapshot> published = new CopyOnWriteArrayList<>();
    private SimpleObjectProperty<Topology> topology;
    private PlacementPreview preview;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @AfterEach
    void dispose() throws Exception {
        if (preview != null) {
            onFx(() -> {
                preview.dispose();
                return null;
            });
        }
    }

    @Test
    void aRunOvertakenByAnEditNeverPublishesAndTheFxThreadStaysFreeMeanwhile() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstToldToStop = new AtomicBoolean();
        placement.answer = call -> {
            if (call.number() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
                firstToldToStop.set(call.cancelled().getAsBoolean());
                // Finishes anyway, as a run would that did not poll its cancellation in time.
                return FakePlacement.answer(FakePlacement.result(1));
            }
            return FakePlacement.answer(FakePlacement.result(call.number()));
        };
        start();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        // The engine is busy on the worker; the FX thread takes an edit and answers at once.
        String answered = onFx(() -> {
            topology.set(Topologies.named("edited"));
            return preview.statusProperty().get();
        });
        assertThat(answered).isEqualTo("No preview yet");
        assertThat(onFx(() -> preview.runningProperty().get())).isTrue();

        releaseFirst.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !published.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firstToldToStop).isTrue();
        assertThat(published).singleElement().satisfies(s -> {
            assertThat(s.topology().name()).isEqualTo("edited");
            assertThat(s.result().objectives().costPerHour()).isEqualTo(2.0);
        });
        assertThat(onFx(() -> preview.runningProperty().get())).isFalse();
        assertThat(placement.calls).hasSize(2);
    }

    @Test
    void resultsArePublishedOnTheFxThreadAndRunsHappenOffIt() throws Exception {
        List<Boolean> placedOnFxThread = new CopyOnWriteArrayList<>();
        List<Boolean> publishedOnFxThread = new CopyOnWriteArrayList<>();
        placement.answer = call -> {
            placedOnFxThread.add(Platform.isFxApplicationThread());
            return FakePlacement.answer(FakePlacement.result(call.number()));
        };
        start();
        onFx(() -> {
            preview.snapshotProperty().addListener((obs, old, now) ->
                    publishedOnFxThread.add(Platform.isFxApplicationThread()));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !published.isEmpty());
        onFx(() -> {
            topology.set(Topologies.named("edited"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> published.size() == 2);

        assertThat(placedOnFxThread).containsExactly(false, false);
        assertThat(publishedOnFxThread).isNotEmpty().containsOnly(true);
    }

    @Test
    void editsInQuickSuccessionCostOneRun() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !published.isEmpty());
        onFx(() -> {
            for (int i = 0; i < 20; i++) {
                topology.set(Topologies.named("edit-" + i));
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> published.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placement.calls).hasSize(2);
        assertThat(published.get(1).topology().name()).isEqualTo("edit-19");
        assertThat(placement.last().kind()).isEqualTo(RunKind.INCREMENTAL);
    }

    private void start() throws Exception {
        onFx(() -> {
            topology = new SimpleObjectProperty<>(Topologies.retailMini());
            preview = new PlacementPreview(topology, placement, new ComputeWorker("test-preview", Platform::runLater),
                    Platform::runLater);
            preview.snapshotProperty().addListener((obs, old, now) -> published.add(now));
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
