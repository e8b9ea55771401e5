package dev.traverse.app.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.desktop.DesktopWindow;
import dev.traverse.app.main.MainWindowView;
import dev.traverse.app.palette.PaletteView;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.Samples;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import dev.traverse.app.problems.ProblemsView;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer as a user drives it, headless: the real window on a copy of the retail-chain sample, mouse and
 * keyboard on the real canvas, palette and menus.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {

    @TempDir
    static Path dir;

    private MainWindowView window;
    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) throws IOException {
        Path file = dir.resolve("retail-" + System.nanoTime() + ".yaml");
        Files.copy(Samples.directory().resolve("retail-chain.yaml"), file);
        // Popups left open by earlier tests on this shared stage (menus, tooltips) would take the presses.
        List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof PopupWindow).forEach(Window::hide);
        window = DesktopWindow.show(stage, new DirectTaskExecutor(), new MemoryPreferences(),
                new RecoveryStore(dir.resolve("recovery")), stage::close);
        window.viewModel().open(file);
        canvas = window.canvas();
    }

    private DesignDocument document() {
        return window.viewModel().documentProperty().get();
    }

    private Topology topology() {
        return document().topology();
    }

    /** Shows the canvas at 100 % with the given element's top-left corner near the view's top-left. */
    private void showAtFullSize(FxRobot robot, String id) {
        showAtFullSize(robot, id, 40, 40);
    }

    /** As {@link #showAtFullSize(FxRobot, String)} with the element's corner at (left, top) of the view. */
    private void showAtFullSize(FxRobot robot, String id, double left, double top) {
        // The first preview changes the panels around the canvas when it arrives: let it come before aiming.
        try {
            waitForPreview();
        } catch (TimeoutException e) {
            throw new AssertionError("no preview within a minute", e);
        }
        // The window fits the diagram once it is laid out (a later event): set the view after that, and check it held.
        for (int attempt = 0; attempt < 3; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Box b = canvas.getDiagram().element(id).orElseThrow().bounds();
                canvas.viewport().set(1, left - b.x(), top - b.y());
            });
            WaitForAsyncUtils.waitForFxEvents();
            Box b = bounds(id);
            if (canvas.viewport().scale() == 1 && canvas.viewport().toScreenX(b.x()) == left) {
                return;
            }
        }
        throw new AssertionError("the view did not stay on " + id);
    }

    /** Where a canvas point is on the screen. */
    private Point2D screen(double x, double y) {
        return canvas.localToScreen(canvas.viewport().toScreenX(x), canvas.viewport().toScreenY(y));
    }

    private Box bounds(String id) {
        return canvas.getDiagram().element(id).orElseThrow().bounds();
    }

    @Test
    void aStoreDroppedFromThePaletteIsASiteThatUndoRemovesAndRedoRestores(FxRobot robot) {
        int sites = topology().sites().size();
        Box free = bounds("store-001");

        // The drag itself is PaletteViewTest's and the canvas's drop target is PaletteDropTargetTest's: Monocle
        // cannot carry a drag from one to the other, so this starts where the canvas hands the drop on.
        robot.interact(() -> canvas.intents().drop("store", null, new Point(free.x(), free.y() - 200)));

        assertThat(topology().sites()).hasSize(sites + 1);
        String added = canvas.selection().lead();
        assertThat(canvas.getDiagram().element(added)).isPresent();
        assertThat(topology().layout().positions()).containsKey(added);

        robot.interact(canvas::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().sites()).hasSize(sites);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(topology().sites()).hasSize(sites + 1);
        assertThat(canvas.getDiagram().element(added)).isPresent();
    }

    @Test
    void movingASiteTakesItsClusterAndPoolWithItAsOneUndoStep(FxRobot robot) {
        showAtFullSize(robot, "store-001");
        Box site = bounds("store-001");
        Box cluster = bounds("store-001-k3s");
        Topology before = topology();

        robot.drag(screen(site.x() + 14, site.y() + 16), MouseButton.PRIMARY).moveBy(40, 10).moveBy(60, 50)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Box movedSite = bounds("store-001");
        Box movedCluster = bounds("store-001-k3s");
        assertThat(document().commands().undoDescription()).as("status: %s, selection %s",
                window.viewModel().statusProperty().get(), canvas.selection().selected()).contains("Move store-001");
        assertThat(movedSite.x()).isCloseTo(site.x() + 100, within(10.0)); // snapped to the 10-unit grid
        assertThat(movedSite.y()).isCloseTo(site.y() + 60, within(10.0));
        assertThat(movedCluster.x() - movedSite.x()).isEqualTo(cluster.x() - site.x());
        assertThat(movedSite.containsBox(movedCluster)).isTrue();
        assertThat(movedSite.containsBox(bounds("store-001-k3s/gw"))).isTrue();

        robot.clickOn("Edit").clickOn("#menu-undo");
        assertThat(topology()).isEqualTo(before);
    }

    @Test
    void draggingFromASitesEdgeToAnotherSiteDrawsALink(FxRobot robot) {
        showAtFullSize(robot, "store-001");
        int links = topology().links().size();
        Box from = bounds("store-001");
        Box to = bounds("store-002");

        robot.drag(screen(from.maxX() - 2, from.centreY()), MouseButton.PRIMARY).moveBy(20, 0)
                .moveTo(screen(to.x() + 14, to.y() + 16)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology().links()).hasSize(links + 1);
        assertThat(topology().links().get(links).between()).containsExactlyInAnyOrder("store-001", "store-002");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().links()).hasSize(links);
    }

    @Test
    void deletingASiteTakesItsLinksAndUndoBringsThemBack(FxRobot robot) {
        showAtFullSize(robot, "store-003", 360, 60);
        Topology before = topology();
        Box site = bounds("store-003");
        // Elsewhere on the screen than the other tests press: a click where one pressed just before would count as
        // its second click.
        robot.clickOn(screen(site.x() + 26, site.y() + 10));
        assertThat(canvas.selection().selected()).containsExactly("store-003");

        robot.type(KeyCode.DELETE);

        assertThat(topology().sites()).noneMatch(s -> s.name().equals("store-003"));
        assertThat(topology().links()).noneMatch(l -> l.between().contains("store-003"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology()).isEqualTo(before);
    }

    @Test
    void thePreviewPutsChipsOnTheCanvasAndAClickedChipIsExplained(FxRobot robot) throws TimeoutException {
        waitForPreview();
        showAtFullSize(robot, "store-001");
        Point2D chip = findChip(robot, "store-001-k3s/gw").orElseThrow();

        robot.clickOn(chip);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.preview().explanation().reportProperty().get() != null);
        assertThat(window.preview().explanation().reportProperty().get().title()).isNotBlank();
        assertThat(robot.lookup("Explanation").tryQuery()).isPresent();
    }

    @Test
    void draggingAChipOntoAnotherPoolPinsItsReplicaThere(FxRobot robot) throws TimeoutException {
        waitForPreview();
        showAtFullSize(robot, "store-001");
        Point2D chip = findChip(robot, "store-001-k3s/gw").orElseThrow();
        String chipId = canvas.hits().chipAt(canvas.screenToLocal(chip).getX(), canvas.screenToLocal(chip).getY())
                .orElseThrow();
        String workload = chipId.substring(0, chipId.indexOf(chipId.contains("/") ? '/' : '@'));
        Box target = bounds("store-002-k3s/gw");

        robot.drag(chip, MouseButton.PRIMARY).moveBy(10, 10).moveTo(screen(target.centreX(), target.centreY()))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Workload pinned = topology().workloads().stream().filter(w -> w.name().equals(workload)).findFirst()
                .orElseThrow();
        assertThat(pinned.pins()).anySatisfy(pin -> assertThat(pin.node()).isEqualTo("store-002-k3s/gw"));
    }

    @Test
    void clickingAValidationProblemSelectsTheElementItIsAbout(FxRobot robot) throws TimeoutException {
        // The designer's own edits keep references whole, so a model with a broken one is set directly: a camera
        // group whose gateway is gone, which the check after the edit reports at that device group's field.
        robot.interact(() -> document().edit("Break a gateway", t -> withGateway(t, "store-001", "cam", "gone")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().problems().isEmpty());
        robot.interact(() -> canvas.selection().clear());
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> label.getText().startsWith("Problems"))
                .queryAs(Label.class));
        ListView<?> problems = robot.lookup("#" + ProblemsView.ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().problems()).anySatisfy(p -> assertThat(p.message()).contains("gone"));

        robot.clickOn(robot.from(problems).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.selection().selected()).containsExactly("store-001/cam");
        assertThat(canvas.isFocused()).as("the canvas takes the keyboard, to act on what is shown").isTrue();
    }

    private static Topology withGateway(Topology t, String siteName, String group, String gateway) {
        List<Site> sites = t.sites().stream().map(site -> !site.name().equals(siteName) ? site
                : new Site(site.name(), site.kind(), site.provider(), site.region(), site.jurisdiction(),
                        site.carbonIntensity(), site.labels(), site.clusters(), site.devices().stream()
                        .map(d -> !d.name().equals(group) ? d : new Device(d.name(), d.count(), d.kind(), d.arch(),
                                d.os(), d.runtimes(), d.capacity(), d.cpuMHz(), d.firmware(), gateway, d.fleet(),
                                d.labels(), d.powerWatts()))
                        .toList())).toList();
        return new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(), t.layout());
    }

    private void waitForPreview() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.preview().preview().resultProperty().get() != null
                && !window.preview().preview().overlayProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A point on the screen where the canvas drew a chip inside the element, found by probing the element. */
    private Optional<Point2D> findChip(FxRobot robot, String elementId) {
        robot.interact(canvas::repaint);
        WaitForAsyncUtils.waitForFxEvents();
        Box b = bounds(elementId);
        for (double y = b.y(); y < b.maxY(); y += 3) {
            for (double x = b.x(); x < b.maxX(); x += 3) {
                double sx = canvas.viewport().toScreenX(x);
                double sy = canvas.viewport().toScreenY(y);
                if (canvas.hits().chipAt(sx, sy).isPresent()) {
                    return Optional.of(canvas.localToScreen(sx + 2, sy + 2));
                }
            }
        }
        return Optional.empty();
    }

}
