package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.io.TopologyDocument;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WindowTitleTest {

    private final SimpleObjectProperty<DesignDocument> current = new SimpleObjectProperty<>();
    private final WindowTitle title = new WindowTitle(current);

    @Test
    void nothingOpenIsJustTheAppName() {
        assertThat(title.titleProperty().get()).isEqualTo("Traverse");
    }

    @Test
    void theTitleFollowsEditsUndoSaveAndRename() {
        DesignDocument doc = new DesignDocument(TopologyDocument.of(Topologies.retailMini()), Path.of("/x/shop.yaml"));
        current.set(doc);
        assertThat(title.titleProperty().get()).isEqualTo("retail-mini — shop.yaml — Traverse");

        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-017", "store-18"));
        assertThat(title.titleProperty().get()).isEqualTo("● retail-mini — shop.yaml — Traverse");

        doc.commands().undo();
        assertThat(title.titleProperty().get()).isEqualTo("retail-mini — shop.yaml — Traverse");

        doc.commands().redo();
        doc.markSaved(Path.of("/y/other.yaml"));
        assertThat(title.titleProperty().get()).isEqualTo("retail-mini — other.yaml — Traverse");
    }

    @Test
    void aNeverSavedTopologySaysSo() {
        current.set(new DesignDocument(TopologyDocument.of(Topologies.named("lab")), null));

        assertThat(title.titleProperty().get()).isEqualTo("lab — not saved — Traverse");
    }
}
