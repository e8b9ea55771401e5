package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.Topologies;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Placement panel and the what-if banner used with the mouse and keyboard, headless. */
@ExtendWith(ApplicationExtension.class)
class PreviewViewsInteractionTest {

    private final List<String> selected = new CopyOnWriteArrayList<>();
    private ManualWorker worker;
    private FakePlacement placement;
    private WhatIfPreview whatIf;

    @Start
    void start(Stage stage) {
        Themes.apply(TraverseTheme.DEFAULT);
        SimpleObjectProperty<Topology> topology = new SimpleObjectProperty<>(Topologies.retailMini());
        placement = new FakePlacement();
        placement.answer = call -> FakePlacement.answer(new PlacementResult(List.of(), List.of(
                new UnplacedReplica("trainer", 0, "0/4 nodes are available: 4 Insufficient gpu.", List.of(),
                        List.of("add 1 gpu to a node of node pool aks-weu/general")),
                new UnplacedReplica("vision", 0, "0/33 nodes and devices are available: 33 Insufficient cpu.",
                        List.of(), List.of())), List.of(), new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 5));
        worker = new ManualWorker();
        PlacementPreview preview = new PlacementPreview(topology, placement, worker, Runnable::run);
        worker.runAll();
        PlacementPanelView panel = new PlacementPanelView(new PlacementPanelViewModel(preview, selected::add));
        PlacementOptions options = new PlacementOptions(1, Duration.ZERO, Map.of());
        whatIf = new WhatIfPreview(topology, new SimpleObjectProperty<>(Overlay.NONE), new DirectTaskExecutor(),
                (t, failure) -> PlacementEngine.whatIf(t, options, failure));
        WhatIfBannerView banner = new WhatIfBannerView(whatIf);
        VBox root = new VBox(banner.node(), panel.node());
        Scene scene = new Scene(root, 1000, 400);
        Themes.addAppStylesheet(scene);
        panel.installShortcut(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void doubleClickingAnUnplacedReplicaSelectsItsWorkload(FxRobot robot) {
        TableView<?> table = robot.lookup("#" + PlacementPanelView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        robot.doubleClickOn("vision");

        assertThat(selected).containsExactly("vision");
    }

    @Test
    void f5PlacesAfresh(FxRobot robot) throws Exception {
        robot.clickOn("#" + PlacementPanelView.SUMMARY_ID).type(KeyCode.F5);
        WaitForAsyncUtils.asyncFx(() -> worker.runAll()).get(5, TimeUnit.SECONDS);

        assertThat(placement.calls).hasSize(2);
        assertThat(placement.last().kind()).isEqualTo(RunKind.FULL);
    }

    @Test
    void dismissingTheWhatIfHidesTheBanner(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> whatIf.simulate("store-017")).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + WhatIfBannerView.ID).query().isVisible()).isTrue();
        assertThat(whatIf.headlineProperty().get()).startsWith("Failure of site store-017: ");

        robot.clickOn("#" + WhatIfBannerView.DISMISS_ID);

        assertThat(robot.lookup("#" + WhatIfBannerView.ID).query().isVisible()).isFalse();
        assertThat(whatIf.reportProperty().get()).isNull();
    }
}
