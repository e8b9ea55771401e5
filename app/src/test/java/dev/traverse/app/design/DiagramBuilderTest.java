package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.Moves;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The builder reuses what it built last; whatever the edits, it must give what a fresh builder gives. */
class DiagramBuilderTest {

    @Test
    void movesUndoesAndDroppedPositionsGiveWhatAFreshBuilderGives() {
        for (String sample : List.of("retail-chain", "telco-mec", "connected-vehicles")) {
            Random random = new Random(sample.hashCode());
            DiagramBuilder builder = new DiagramBuilder();
            Topology topology = SampleTopologies.load(sample);
            List<Topology> history = new ArrayList<>(List.of(topology));
            Diagram diagram = builder.build(topology);
            for (int step = 0; step < 40; step++) {
                int kind = random.nextInt(6);
                if (kind == 0) { // undo or redo: an earlier model comes back
                    topology = history.get(random.nextInt(history.size()));
                } else if (kind == 1 && !topology.layout().positions().isEmpty()) { // a position dropped
                    Map<String, Position> positions = new TreeMap<>(topology.layout().positions());
                    positions.remove(new ArrayList<>(positions.keySet()).get(random.nextInt(positions.size())));
                    topology = new Topology(topology.metadata(), topology.objectives(), topology.sites(),
                            topology.links(), topology.workloads(), new Layout(positions));
                } else { // a drag of one or two elements
                    List<String> moved = new ArrayList<>();
                    for (int k = 0; k <= random.nextInt(2); k++) {
                        moved.add(diagram.elements().get(random.nextInt(diagram.size())).id());
                    }
                    Map<String, Position> positions = new LinkedHashMap<>();
                    Moves.by(diagram, moved, random.nextInt(81) - 40, random.nextInt(81) - 40)
                            .forEach((id, p) -> positions.put(id, new Position(p.x(), p.y())));
                    topology = TopologyEdits.move(topology, positions);
                }
                history.add(topology);
                diagram = builder.build(topology);
                Diagram fresh = new DiagramBuilder().build(topology);
                assertThat(diagram.elements()).as("%s, step %d", sample, step).isEqualTo(fresh.elements());
                assertThat(diagram.extent()).as("%s, step %d", sample, step).isEqualTo(fresh.extent());
            }
        }
    }

    @Test
    void aMoveKeepsTheDiagramsShapeAndTheUnmovedElements() {
        DiagramBuilder builder = new DiagramBuilder();
        Topology topology = SampleTopologies.load("retail-chain");
        Diagram before = builder.build(topology);
        DiagramElement site = before.elements().get(0);
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Point> moved = Moves.by(before, List.of(site.id()), 24, -16);
        moved.forEach((id, p) -> positions.put(id, new Position(p.x(), p.y())));

        Diagram after = builder.build(TopologyEdits.move(topology, positions));

        assertThat(after.sameShape(before)).isTrue();
        assertThat(after.elements().get(0).bounds().x()).isEqualTo(site.bounds().x() + 24);
        for (int i = 0; i < after.size(); i++) {
            if (!after.subtree(site.id()).contains(after.elements().get(i))) {
                assertThat(after.elements().get(i)).as("element %d", i).isSameAs(before.elements().get(i));
            }
        }
    }
}
