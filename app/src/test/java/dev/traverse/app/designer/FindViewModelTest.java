package dev.traverse.app.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.TopologyDiagram;
import dev.traverse.app.testing.Topologies;
import org.junit.jupiter.api.Test;

class FindViewModelTest {

    private final FindViewModel find = new FindViewModel();

    @Test
    void namesStartingWithTheQueryComeFirst() {
        find.setDiagram(TopologyDiagram.of(Topologies.retailMini()));

        find.queryProperty().set("gw");

        assertThat(find.matches()).extracting(FindViewModel.Match::id).containsExactly("store-017-k3s/gw");
    }

    @Test
    void matchesDetailsAndIgnoresCase() {
        find.setDiagram(TopologyDiagram.of(Topologies.retailMini()));

        find.queryProperty().set("CAMERA");

        assertThat(find.matches()).extracting(FindViewModel.Match::id).containsExactly("store-017/cam");
    }

    @Test
    void anEmptyQueryFindsNothing() {
        find.setDiagram(TopologyDiagram.of(Topologies.retailMini()));

        find.queryProperty().set("  ");

        assertThat(find.matches()).isEmpty();
    }
}
