package dev.traverse.app.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutlineViewModelTest {

    private final AppState state = new AppState();
    private final OutlineViewModel viewModel = new OutlineViewModel(state);

    private void open(Optional<TopologyDocument> document) {
        state.setOpenTopology(new OpenTopology(Path.of("t.yaml"), new ReadResult(document, List.of())));
    }

    @Test
    void isEmptyWithNothingOpen() {
        assertThat(viewModel.rootProperty().get()).isNull();
        assertThat(viewModel.placeholderProperty().get()).isEmpty();
    }

    @Test
    void showsSitesThenClustersWithNodePoolsThenDevices() {
        open(Optional.of(TopologyDocument.of(Topologies.retailMini())));

        OutlineItem root = viewModel.rootProperty().get();
        assertThat(root.kind()).isEqualTo(OutlineKind.TOPOLOGY);
        assertThat(root.name()).isEqualTo("retail-mini");
        assertThat(root.children()).extracting(OutlineItem::name).containsExactly("azure-westeurope", "store-017");

        OutlineItem store = root.children().get(1);
        assertThat(store.detail()).isEqualTo("store · on-prem lyon (FR)");
        assertThat(store.children()).extracting(OutlineItem::kind)
                .containsExactly(OutlineKind.CLUSTER, OutlineKind.DEVICE, OutlineKind.DEVICE);
        assertThat(store.children()).extracting(OutlineItem::name).containsExactly("store-017-k3s", "cam", "shelf");
        assertThat(store.children().get(1).detail()).isEqualTo("4 × camera · arm64 · cpu 1200m, memory 512Mi");
    }

    @Test
    void nodePoolsShowCountArchAndCapacity() {
        open(Optional.of(TopologyDocument.of(Topologies.retailMini())));

        OutlineItem cluster = viewModel.rootProperty().get().children().get(0).children().get(0);
        assertThat(cluster.name()).isEqualTo("aks-weu");
        assertThat(cluster.detail()).isEqualTo("aks · 8 nodes");
        assertThat(cluster.children()).extracting(OutlineItem::detail).containsExactly(
                "6 nodes · amd64 · cpu 8, memory 32Gi, storage 128Gi",
                "2 nodes · amd64 · cpu 24, memory 220Gi, gpu 1");
    }

    @Test
    void isEmptyAgainForAFileWithErrors() {
        open(Optional.of(TopologyDocument.of(Topologies.retailMini())));
        open(Optional.empty());

        assertThat(viewModel.rootProperty().get()).isNull();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo(OutlineViewModel.ERRORS_PLACEHOLDER);
    }
}
