package dev.traverse.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.problems.ProblemsView;
import dev.traverse.app.problems.ProblemsViewModel;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.Severity;
import dev.traverse.engine.io.SourcePosition;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bottom panels, log and problems, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class LogViewTest {

    private final LogViewModel log = new LogViewModel(Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"),
            ZoneOffset.UTC), 100);
    private final List<Problem> opened = new ArrayList<>();
    private final Problem problem = new Problem(Severity.ERROR, "retail.yaml", new SourcePosition(15, 42),
            "spec.sites[0].clusters[0].nodes[0].capacity.memory", "expected a quantity like 512Mi, got \"lots\"",
            List.of());
    private LogView logView;

    @Start
    void start(Stage stage) {
        logView = new LogView(log);
        ProblemsViewModel problems = new ProblemsViewModel(FXCollections.observableArrayList(problem));
        problems.setOnOpen(opened::add);
        Scene scene = new Scene(new VBox(logView.node(), new ProblemsView(problems).node()), 700, 500);
        Themes.apply(TraverseTheme.DEFAULT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void linesAppearNewestLastAndCopyPutsThemOnTheClipboard(FxRobot robot) {
        robot.interact(() -> {
            log.success("Saved retail-chain.yaml");
            log.error("Could not save: permission denied");
        });

        assertThat(robot.lookup(".traverse-log-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Saved retail-chain.yaml", "Could not save: permission denied");
        assertThat(robot.lookup(".traverse-log-time").queryAllAs(Label.class)).extracting(Label::getText)
                .containsOnly("09:15:00");

        robot.interact(logView::copy);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("09:15:00  SUCCESS  Saved retail-chain.yaml\n"
                + "09:15:00  ERROR  Could not save: permission denied");
    }

    @Test
    void clickingAProblemOpensIt(FxRobot robot) {
        robot.clickOn("15:42: spec.sites[0].clusters[0].nodes[0].capacity.memory: expected a quantity like 512Mi,"
                + " got \"lots\"");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(problem);
    }
}
