package dev.traverse.app.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.palette.PaletteCatalog;
import dev.traverse.app.testing.Samples;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Workload;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workloads table on the retail-chain sample, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkloadsViewTest {

    private DesignDocument document;
    private final List<Set<String>> selections = new ArrayList<>();

    @Start
    void start(Stage stage) {
        document = Samples.document("retail-chain.yaml");
        WorkloadsViewModel viewModel = new WorkloadsViewModel(new SimpleObjectProperty<>(document),
                PaletteCatalog.standard());
        viewModel.setOnSelectionChanged(selections::add);
        Scene scene = new Scene((javafx.scene.Parent) new WorkloadsView(viewModel).node(), 1100, 420);
        Themes.apply(TraverseTheme.DEFAULT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheSamplesWorkloadsAndClickingOneSelectsIt(FxRobot robot) {
        TableView<WorkloadRow> table = robot.lookup("#" + WorkloadsView.TABLE_ID).queryAs(TableView.class);

        assertThat(table.getItems()).extracting(WorkloadRow::name)
                .containsExactlyElementsOf(document.topology().workloads().stream().map(Workload::name).toList());
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Name", "Kind", "Replicas", "CPU", "Memory", "GPU", "Constraints");

        String second = table.getItems().get(1).name();
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selections).containsExactly(Set.of(second));
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo(second);

        robot.clickOn("Memory");
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> memory = table.getItems().stream()
                .map(r -> Quantity.tryParse(r.memory())).filter(Objects::nonNull).map(Quantity::longValue).toList();
        assertThat(memory).as("sorted by amount, not by text").isSorted();
        assertThat(table.getSelectionModel().getSelectedItem().name()).as("the selection stays").isEqualTo(second);
    }
}
