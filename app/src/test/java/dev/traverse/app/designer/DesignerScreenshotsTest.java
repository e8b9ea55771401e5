package dev.traverse.app.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.desktop.DesktopWindow;
import dev.traverse.app.main.MainWindowView;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.Samples;
import dev.traverse.app.testing.Screenshots;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.themes.TraverseTheme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
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
 * Renders the designer with the retail-chain sample and its placement preview to docs/screenshots, in a light and
 * a dark theme, as the README shows it.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerScreenshotsTest {

    @TempDir
    static Path recovery;

    private MainWindowView window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Popups left open by earlier tests on this shared stage (menus, tooltips) would take the presses.
        List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof PopupWindow).forEach(Window::hide);
        window = DesktopWindow.show(stage, new DirectTaskExecutor(), new MemoryPreferences(),
                new RecoveryStore(recovery), stage::close);
        window.viewModel().open(Samples.directory().resolve("retail-chain.yaml"));
    }

    @Test
    void theDesignerInPrimerLight(FxRobot robot) throws Exception {
        render(robot, TraverseTheme.PRIMER_LIGHT, "designer-light.png");
    }

    @Test
    void theDesignerInNordDark(FxRobot robot) throws Exception {
        render(robot, TraverseTheme.NORD_DARK, "designer-dark.png");
    }

    private void render(FxRobot robot, TraverseTheme theme, String fileName) throws IOException, TimeoutException {
        robot.clickOn("View").clickOn("Theme").clickOn(theme.displayName());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.preview().preview().resultProperty().get() != null
                && !window.preview().preview().runningProperty().get());
        TopologyCanvas canvas = window.canvas();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Box clouds = canvas.getDiagram().element("azure-westeurope").orElseThrow().bounds();
            canvas.viewport().set(0.8, 24 - clouds.x() * 0.8, 16 - clouds.y() * 0.8);
            canvas.selection().select("aks-weu/apps-z1");
        });
        WaitForAsyncUtils.waitForFxEvents();

        Path file = Screenshots.docsFolder().resolve(fileName);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            try {
                image[0] = Screenshots.write(stage.getScene(), file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(file).exists();
        assertThat(image[0].getWidth()).isGreaterThanOrEqualTo(1200);
        assertThat(canvas.getOverlay().isEmpty()).as("the preview's chips are drawn").isFalse();
    }
}
