package dev.traverse.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.testing.Fixtures;
import dev.traverse.app.testing.ScriptedDialogs;
import dev.traverse.app.testing.Topologies;
import dev.traverse.canvas.document.Point;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Drops carried out on a document: one undo step each, a question for workload affinities. */
class PaletteDropHandlerTest {

    private final DesignDocument document = Fixtures.document(Topologies.retailMini());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final PaletteDropHandler handler = new PaletteDropHandler(PaletteCatalog.standard(),
            new SimpleObjectProperty<>(document), dialogs);

    @Test
    void aRefusedDropChangesNothingAndSaysWhy() {
        Topology before = document.topology();

        DropResult result = handler.drop("gpu-pool", "store-017", new Point(10, 10));

        assertThat(result.refusalMessage())
                .contains("Drop a node pool onto a cluster, not onto site store-017.");
        assertThat(result.addedElement()).isEmpty();
        assertThat(document.topology()).isSameAs(before);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void unknownItemsAndAMissingDocumentAreRefused() {
        assertThat(handler.drop("teleporter", null, null).refusalMessage())
                .contains("The palette has no item teleporter.");
        PaletteDropHandler none = new PaletteDropHandler(PaletteCatalog.standard(), new SimpleObjectProperty<>(),
                dialogs);
        assertThat(none.drop("eks", "store-017", null).refusalMessage()).contains("Open or create a topology first.");
    }

    @Test
    void cancellingTheAffinityQuestionAddsNothing() {
        Topology before = document.topology();

        DropResult result = handler.drop("service", "aks-weu", new Point(0, 0));

        assertThat(dialogs.asked).containsExactly("affinity of service to cluster aks-weu");
        assertThat(result).isEqualTo(DropResult.cancelled());
        assertThat(document.topology()).isSameAs(before);
    }

    @Test
    void aSiteDroppedOnEmptyCanvasIsAddedWhereItWasDroppedAsOneUndoStep() {
        DropResult result = handler.drop("aws-region", null, new Point(640, 80));

        assertThat(result.addedElement()).contains(new ElementRef(ElementType.SITE, "aws-eu-central-1"));
        assertThat(document.topology().sites()).extracting(s -> s.name()).contains("aws-eu-central-1");
        assertThat(document.topology().layout().positions()).containsEntry("aws-eu-central-1",
                new Position(640, 80));
        assertThat(document.commands().undoDescription()).contains("Add AWS region");

        document.commands().undo();
        assertThat(document.topology()).isEqualTo(Topologies.retailMini());
    }

    @Test
    void aClusterDroppedOnANodePoolGoesIntoThatPoolsSite() {
        DropResult result = handler.drop("eks", "aks-weu/gpu", new Point(100, 100));

        assertThat(result.addedElement()).contains(new ElementRef(ElementType.CLUSTER, "eks"));
        assertThat(document.topology().sites().get(0).clusters()).extracting(c -> c.name())
                .containsExactly("aks-weu", "eks");
    }

    @Test
    void aWorkloadDroppedOnAClusterGetsTheAffinityTheUserChose() {
        dialogs.affinity = Optional.of(AffinityStrength.REQUIRED);

        DropResult result = handler.drop("service", "aks-weu", null);

        assertThat(result.addedElement()).contains(ElementRef.workload("service"));
        Workload added = workload("service");
        assertThat(added.affinity()).singleElement().satisfies(term -> {
            assertThat(term.clusters()).containsExactly("aks-weu");
            assertThat(term.isRequired()).isTrue();
        });
        document.commands().undo();
        assertThat(document.topology().workloads()).extracting(Workload::name).doesNotContain("service");
    }

    @Test
    void aPreferredAffinityHasTheDropWeight() {
        dialogs.affinity = Optional.of(AffinityStrength.PREFERRED);

        handler.drop("ai-model", "aks-weu/gpu", null);

        List<AffinityTerm> terms = workload("model").affinity();
        assertThat(terms).singleElement().satisfies(term -> {
            // The pool, or each of its members (aks-weu/gpu-1, aks-weu/gpu-2).
            assertThat(term.nodes()).isNotEmpty().allMatch(node -> node.startsWith("aks-weu/gpu"));
            assertThat(term.preferred()).isEqualTo(AffinityStrength.PREFERRED_WEIGHT);
        });
    }

    @Test
    void anExistingWorkloadDroppedOnASiteGetsAnAffinityThereAsOneUndoStep() {
        dialogs.affinity = Optional.of(AffinityStrength.PREFERRED);

        DropResult result = handler.drop(PaletteDrag.WORKLOAD_PREFIX + "checkout", "store-017", null);

        assertThat(result.addedElement()).contains(ElementRef.workload("checkout"));
        assertThat(workload("checkout").affinity()).singleElement().satisfies(term -> {
            assertThat(term.sites()).containsExactly("store-017");
            assertThat(term.preferred()).isEqualTo(AffinityStrength.PREFERRED_WEIGHT);
        });
        assertThat(document.topology().workloads()).hasSize(2);
        document.commands().undo();
        assertThat(workload("checkout").affinity()).isEmpty();
    }

    @Test
    void anExistingWorkloadDroppedOnADeviceGroupIsRefused() {
        DropResult result = handler.drop(PaletteDrag.WORKLOAD_PREFIX + "checkout", "store-017/cam", null);

        assertThat(result.refusalMessage()).contains("Drop workload checkout onto a site, cluster or node pool to give"
                + " it an affinity there.");
        assertThat(document.isDirty()).isFalse();
    }

    private Workload workload(String name) {
        return document.topology().workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }
}
