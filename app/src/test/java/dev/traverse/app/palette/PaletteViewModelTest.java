package dev.traverse.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {

    private final PaletteViewModel viewModel = new PaletteViewModel(PaletteCatalog.standard());

    @Test
    void anEmptySearchListsEverything() {
        assertThat(viewModel.visibleItems()).hasSize(PaletteCatalog.standard().items().size());
    }

    @Test
    void searchMatchesTitlesKeywordsAndGroupsIgnoringCase() {
        viewModel.queryProperty().set("AMAZON");
        assertThat(ids()).containsExactly("aws-region", "eks");

        viewModel.queryProperty().set("gpu");
        assertThat(ids()).containsExactly("coreweave-region", "gpu-pool", "ai-model");

        viewModel.queryProperty().set("devices");
        assertThat(ids()).containsExactly("gateway", "camera", "sensor", "ecu");
    }

    @Test
    void everyWordOfTheSearchMustMatch() {
        viewModel.queryProperty().set("azure  edge");
        assertThat(ids()).containsExactly("aks-edge");
        viewModel.queryProperty().set("azure teleporter");
        assertThat(ids()).isEmpty();
        viewModel.queryProperty().set("   ");
        assertThat(viewModel.visibleItems()).hasSize(PaletteCatalog.standard().items().size());
    }

    @Test
    void enterAddsTheFirstMatchThroughTheWindowsCallback() {
        List<String> added = new ArrayList<>();
        viewModel.setOnAdd(item -> added.add(item.id()));

        viewModel.queryProperty().set("k3s");
        assertThat(viewModel.addFirstMatch()).isTrue();
        viewModel.queryProperty().set("nothing like this");
        assertThat(viewModel.addFirstMatch()).isFalse();
        viewModel.requestAdd(PaletteCatalog.standard().find("camera").orElseThrow());

        assertThat(added).containsExactly("k3s", "camera");
    }

    private List<String> ids() {
        return viewModel.visibleItems().stream().map(PaletteItem::id).toList();
    }
}
