package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.testing.Fixtures;
import dev.traverse.app.testing.Topologies;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final DesignDocument document = Fixtures.document(Topologies.retailMini());
    private final SimpleObjectProperty<DesignDocument> open = new SimpleObjectProperty<>(document);
    private final InspectorViewModel viewModel = new InspectorViewModel(open);

    @Test
    void showsNothingAndSaysHowToSelectUntilAskedToInspect() {
        assertThat(viewModel.fields()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo(InspectorViewModel.NOTHING_SELECTED);
        assertThat(viewModel.titleProperty().get()).isEmpty();
    }

    @Test
    void showsASitesFieldsWithTheirValues() {
        viewModel.inspectElements(List.of("store-017"));

        assertThat(viewModel.fields()).extracting(InspectorField::label).containsExactly("Name", "Kind", "Provider",
                "Region", "Jurisdiction", "Carbon (gCO₂/kWh)", "Labels");
        assertThat(value("name")).isEqualTo("store-017");
        assertThat(value("kind")).isEqualTo("store");
        assertThat(value("provider")).isEqualTo("on-prem");
        assertThat(value("region")).isEqualTo("lyon");
        assertThat(value("jurisdiction")).isEqualTo("FR");
        assertThat(value("carbonIntensity")).isEqualTo("60");
        assertThat(viewModel.titleProperty().get()).isEqualTo("store-017");
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Site");
        assertThat(viewModel.typeProperty().get()).isEqualTo(ElementType.SITE);
        assertThat(viewModel.placeholderProperty().get()).isEmpty();
    }

    @Test
    void headingsSayWhereChildrenAre() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        assertThat(viewModel.titleProperty().get()).isEqualTo("gpu");
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Node pool in aks-weu");
        viewModel.inspectElements(List.of("store-017/cam"));
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Device group at store-017");
        viewModel.inspectElements(List.of("store-017-k3s"));
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Cluster at store-017");
        viewModel.inspectElements(List.of("azure-westeurope <-> store-017"));
        assertThat(viewModel.titleProperty().get()).isEqualTo("Link");
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("azure-westeurope ↔ store-017");
        viewModel.inspectWorkloads(List.of("checkout"));
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Workload");
        assertThat(value("replicas")).isEqualTo("4");
    }

    @Test
    void anInvalidValueIsNotAppliedAndTheFieldSaysWhy() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        Topology before = document.topology();
        InspectorField cpu = viewModel.field("cpu").orElseThrow();

        assertThat(cpu.commit("lots")).isFalse();

        assertThat(cpu.error()).isEqualTo("Expected a quantity like 8 or 500m, got \"lots\"");
        assertThat(cpu.value()).isEqualTo("24");
        assertThat(document.topology()).isSameAs(before);
        assertThat(document.commands().canUndoProperty().get()).isFalse();

        cpu.revert();
        assertThat(cpu.error()).isNull();
    }

    @Test
    void theModelsOwnRefusalsAreShownAsSentences() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        InspectorField count = viewModel.field("count").orElseThrow();

        assertThat(count.commit("0")).isFalse();

        assertThat(count.error()).isEqualTo("Count must be at least 1, got 0");
    }

    @Test
    void theShownValueAgainChangesNothing() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        InspectorField cpu = viewModel.field("cpu").orElseThrow();
        cpu.commit("lots");

        assertThat(cpu.commit("24")).isTrue();

        assertThat(cpu.error()).isNull();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void elementsOfOneTypeShareTheirCommonFieldsAndMixedValuesShowEmpty() {
        viewModel.inspectElements(List.of("aks-weu/general", "aks-weu/gpu"));

        assertThat(viewModel.field("name")).as("names are renamed one at a time").isEmpty();
        assertThat(viewModel.titleProperty().get()).isEqualTo("2 node pools");
        InspectorField count = viewModel.field("count").orElseThrow();
        assertThat(count.isMixed()).isTrue();
        assertThat(count.value()).isEmpty();
        InspectorField arch = viewModel.field("arch").orElseThrow();
        assertThat(arch.isMixed()).isFalse();
        assertThat(arch.value()).isEqualTo("amd64");
        assertThat(count.commit("  ")).as("leaving a mixed value empty changes nothing").isTrue();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void elementsOfDifferentTypesAreNotEditedTogether() {
        viewModel.inspectElements(List.of("store-017", "aks-weu", "azure-westeurope", "nowhere"));

        assertThat(viewModel.fields()).isEmpty();
        assertThat(viewModel.inspected()).hasSize(3);
        assertThat(viewModel.typeProperty().get()).isNull();
        assertThat(viewModel.placeholderProperty().get())
                .isEqualTo("2 sites, 1 cluster are selected. Select elements of one kind to edit them together.");
    }

    @Test
    void valuesFollowTheDocumentAndElementsThatGoAreDropped() {
        viewModel.inspectElements(List.of("store-017", "azure-westeurope"));
        InspectorField kind = viewModel.field("kind").orElseThrow();
        assertThat(kind.isMixed()).isTrue();

        document.edit("Remove the store", t -> Fixtures.withoutSite(t, "store-017"));

        assertThat(viewModel.inspected()).containsExactly(new ElementRef(ElementType.SITE, "azure-westeurope"));
        assertThat(viewModel.field("kind").orElseThrow().value()).isEqualTo("cloud-region");
        assertThat(viewModel.titleProperty().get()).isEqualTo("azure-westeurope");

        document.commands().undo();
        assertThat(viewModel.field("region").orElseThrow().value()).isEqualTo("westeurope");

        document.edit("Remove the cloud", t -> Fixtures.withoutSite(t, "azure-westeurope"));
        assertThat(viewModel.fields()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo(InspectorViewModel.NOTHING_SELECTED);
    }

    @Test
    void aChangeFromElsewhereClearsARefusalOfTheField() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        InspectorField cpu = viewModel.field("cpu").orElseThrow();
        cpu.commit("lots");

        document.edit("More cpu", t -> withGpuPool(t, "32"));

        assertThat(cpu.value()).isEqualTo("32");
        assertThat(cpu.error()).isNull();
    }

    @Test
    void aFieldOfAnElementThatWentAppliesNothing() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        InspectorField cpu = viewModel.field("cpu").orElseThrow();
        document.edit("Remove the cloud", t -> Fixtures.withoutSite(t, "azure-westeurope"));
        Topology before = document.topology();

        assertThat(cpu.commit("8")).isFalse();

        assertThat(cpu.error()).isEqualTo("Node pool aks-weu/gpu no longer exists");
        assertThat(document.topology()).isSameAs(before);
    }

    @Test
    void anotherDocumentClearsTheInspector() {
        viewModel.inspectElements(List.of("store-017"));

        open.set(Fixtures.document(Topologies.named("other")));

        assertThat(viewModel.inspected()).isEmpty();
        assertThat(viewModel.fields()).isEmpty();
        open.set(null);
        viewModel.inspectElements(List.of("only-site"));
        assertThat(viewModel.inspected()).isEmpty();
    }

    @Test
    void followsTheCanvasSelection() {
        SelectionModel selection = new SelectionModel();
        selection.select("store-017");

        viewModel.follow(selection);
        assertThat(viewModel.titleProperty().get()).isEqualTo("store-017");

        selection.add(List.of("azure-westeurope"));
        assertThat(viewModel.titleProperty().get()).isEqualTo("2 sites");
        selection.clear();
        assertThat(viewModel.fields()).isEmpty();
    }

    // The tests below edit through TopologyEdits.

    @Test
    void aRenameFromTheInspectorKeepsTheCanvasSelectionOnTheElement() {
        SelectionModel selection = new SelectionModel();
        List<String> renames = new ArrayList<>();
        viewModel.addOnRenamed((from, to) -> renames.add(to.id()));
        viewModel.follow(selection);
        selection.select(List.of("store-017-k3s"));

        assertThat(viewModel.field("name").orElseThrow().commit("store-017-edge")).isTrue();

        assertThat(selection.selected()).containsExactly("store-017-edge");
        assertThat(renames).containsExactly("store-017-edge");
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Cluster at store-017");
    }

    @Test
    void aValidValueIsOneUndoStep() {
        viewModel.inspectElements(List.of("aks-weu/gpu"));
        InspectorField cpu = viewModel.field("cpu").orElseThrow();

        assertThat(cpu.commit("500m")).isTrue();

        assertThat(cpu.value()).isEqualTo("500m");
        assertThat(cpu.error()).isNull();
        assertThat(gpuPool(document.topology()).capacity().get(Resources.CPU).orElseThrow().text())
                .isEqualTo("500m");
        assertThat(document.commands().undoDescription()).contains("Set cpu of aks-weu/gpu");
        document.commands().undo();
        assertThat(cpu.value()).isEqualTo("24");
    }

    @Test
    void aFieldSetOnSeveralElementsIsOneUndoStepForAll() {
        viewModel.inspectElements(List.of("aks-weu/general", "aks-weu/gpu"));

        assertThat(viewModel.field("zone").orElseThrow().commit("westeurope-1")).isTrue();

        List<Node> pools = document.topology().sites().get(0).clusters().get(0).nodes();
        assertThat(pools).extracting(Node::zone).containsExactly("westeurope-1", "westeurope-1");
        assertThat(document.commands().undoDescription()).contains("Set zone of 2 node pools");
        document.commands().undo();
        assertThat(document.topology().sites().get(0).clusters().get(0).nodes()).extracting(Node::zone)
                .containsOnlyNulls();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void renamingFollowsTheElementAndTellsTheWindow() {
        List<String> renames = new ArrayList<>();
        viewModel.addOnRenamed((from, to) -> renames.add(from.id() + " -> " + to.id()));
        viewModel.inspectElements(List.of("aks-weu/gpu"));

        assertThat(viewModel.field("name").orElseThrow().commit("a100")).isTrue();

        assertThat(renames).containsExactly("aks-weu/gpu -> aks-weu/a100");
        assertThat(viewModel.inspected()).containsExactly(new ElementRef(ElementType.NODE_POOL, "aks-weu/a100"));
        assertThat(viewModel.titleProperty().get()).isEqualTo("a100");
        assertThat(viewModel.field("name").orElseThrow().value()).isEqualTo("a100");
    }

    @Test
    void aNameTakenIsRefusedWithTheEditsMessage() {
        viewModel.inspectElements(List.of("store-017"));
        InspectorField name = viewModel.field("name").orElseThrow();

        assertThat(name.commit("azure-westeurope")).isFalse();

        assertThat(name.error()).isNotBlank();
        assertThat(viewModel.inspected()).containsExactly(new ElementRef(ElementType.SITE, "store-017"));
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    private String value(String key) {
        return viewModel.field(key).orElseThrow().value();
    }

    private static Node gpuPool(Topology t) {
        return t.sites().get(0).clusters().get(0).nodes().get(1);
    }

    /** The topology with the cloud's gpu pool given {@code cpu}, built by hand. */
    private static Topology withGpuPool(Topology t, String cpu) {
        Site cloud = t.sites().get(0);
        Cluster aks = cloud.clusters().get(0);
        Node gpu = InspectorFields.NODE_POOL.stream().filter(f -> f.key().equals("cpu")).findFirst().orElseThrow()
                .write(gpuPool(t), cpu);
        Cluster changed = new Cluster(aks.name(), aks.distribution(), aks.context(), aks.labels(),
                List.of(aks.nodes().get(0), gpu));
        return Fixtures.withSite(t, new Site(cloud.name(), cloud.kind(), cloud.provider(), cloud.region(),
                cloud.jurisdiction(), cloud.carbonIntensity(), cloud.labels(), List.of(changed), cloud.devices()));
    }
}
