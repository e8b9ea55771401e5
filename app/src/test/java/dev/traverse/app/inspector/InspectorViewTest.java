package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.testing.Samples;
import dev.traverse.engine.model.Topology;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector on the retail-chain sample, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private DesignDocument document;
    private InspectorViewModel viewModel;

    @Start
    void start(Stage stage) {
        document = Samples.document("retail-chain.yaml");
        viewModel = new InspectorViewModel(new SimpleObjectProperty<>(document));
        InspectorView view = new InspectorView(viewModel);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 380, 780);
        Themes.apply(TraverseTheme.DEFAULT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheFieldsOfASelectedSite(FxRobot robot) {
        robot.interact(() -> viewModel.inspectElements(List.of("azure-westeurope")));

        assertThat(robot.lookup(".traverse-inspector-label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Name", "Kind", "Provider", "Region", "Jurisdiction", "Carbon (gCO₂/kWh)",
                        "Labels");
        assertThat(text(robot, "name")).isEqualTo("azure-westeurope");
        assertThat(text(robot, "region")).isEqualTo("westeurope");
        assertThat(text(robot, "jurisdiction")).isEqualTo("NL");
        assertThat(robot.lookup("#inspector-kind").queryAs(ComboBox.class).getValue()).isEqualTo("cloud-region");
        assertThat(robot.lookup(".traverse-inspector-title").queryAs(Label.class).getText())
                .isEqualTo("azure-westeurope");
        assertThat(robot.lookup(".traverse-inspector-section").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("General", "Location", "Metadata");
    }

    @Test
    void anInvalidCpuShowsTheMessageAndLeavesTheModelUnchanged(FxRobot robot) {
        robot.interact(() -> viewModel.inspectElements(List.of("aks-weu/gpu")));
        Topology before = document.topology();
        @SuppressWarnings("unchecked")
        CheckComboBox<String> runtimes = robot.lookup("#inspector-runtimes").queryAs(CheckComboBox.class);
        assertThat(runtimes.getCheckModel().getCheckedItems()).containsExactly("container");
        Label message = robot.lookup("#inspector-cpu-message").queryAs(Label.class);
        assertThat(message.isVisible()).isFalse();

        robot.doubleClickOn("#inspector-cpu").write("lots").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Expected a quantity like 8 or 500m, got \"lots\"");
        assertThat(text(robot, "cpu")).as("the typed text stays to be corrected").isEqualTo("lots");
        assertThat(document.topology()).isSameAs(before);
        assertThat(document.isDirty()).isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(text(robot, "cpu")).isEqualTo("24");
    }

    @Test
    void aFieldLeftBecauseTheSelectionChangedIsNotCommitted(FxRobot robot) {
        robot.interact(() -> viewModel.inspectElements(List.of("aks-weu/gpu")));
        robot.doubleClickOn("#inspector-cpu").write("16");

        robot.interact(() -> viewModel.inspectElements(List.of("azure-westeurope")));

        assertThat(document.isDirty()).isFalse();
        assertThat(text(robot, "name")).isEqualTo("azure-westeurope");
    }

    // Edits through TopologyEdits.
    @Test
    void tabbingOutOfAFieldCommitsItAsOneUndoStep(FxRobot robot) {
        robot.interact(() -> viewModel.inspectElements(List.of("aks-weu/gpu")));

        robot.doubleClickOn("#inspector-cpu").write("16").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.isDirty()).isTrue();
        assertThat(document.commands().undoDescription()).contains("Set cpu of aks-weu/gpu");
        assertThat(viewModel.field("cpu").orElseThrow().value()).isEqualTo("16");
    }

    @Test
    void nothingSelectedShowsHowToSelect(FxRobot robot) {
        robot.interact(() -> viewModel.inspect(List.of()));
        assertThat(robot.lookup(".traverse-panel-placeholder").queryAs(Label.class).getText())
                .isEqualTo(InspectorViewModel.NOTHING_SELECTED);
    }

    private static String text(FxRobot robot, String key) {
        return robot.lookup("#inspector-" + key).queryAs(TextField.class).getText();
    }
}
