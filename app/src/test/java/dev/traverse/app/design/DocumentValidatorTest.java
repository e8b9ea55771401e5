package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.ManualUiTimer;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.Severity;
import dev.traverse.engine.io.SourcePosition;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {

    private final ManualUiTimer timer = new ManualUiTimer();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final SimpleObjectProperty<DesignDocument> current = new SimpleObjectProperty<>();
    /** The validator's clock: stands still unless a test moves it, so that checks take no time. */
    private final long[] nanos = {0};
    private final DocumentValidator validator = new DocumentValidator(current, executor, timer,
            Duration.ofMillis(200), () -> nanos[0]);

    /** retail-mini with a layout entry for a site it does not have: a warning, as the reader reports it. */
    private static Topology withStaleLayout() {
        Topology t = Topologies.retailMini();
        return new Topology(t.metadata(), t.objectives(), t.sites(), t.links(), t.workloads(),
                new Layout(Map.of("ghost", new Position(1, 2))));
    }

    @Test
    void problemsArePositionedInTheFileSavingWouldWrite() {
        current.set(new DesignDocument(TopologyDocument.of(withStaleLayout()), Path.of("/tmp/shop.yaml")));

        timer.advance(Duration.ofMillis(200));

        assertThat(validator.problems()).hasSize(1);
        Problem problem = validator.problems().get(0);
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.file()).isEqualTo("shop.yaml");
        assertThat(problem.path()).isEqualTo("layout.ghost");
        String written = dev.traverse.engine.io.TopologyWriter.toYaml(TopologyDocument.of(withStaleLayout()));
        int line = written.lines().toList().indexOf("  ghost: {x: 1, y: 2}") + 1;
        assertThat(problem.position()).isEqualTo(new SourcePosition(line, 3));
    }

    @Test
    void editsInQuickSuccessionAreCheckedOnceWhenTheyPause() {
        DesignDocument doc = new DesignDocument(TopologyDocument.of(withStaleLayout()), null);
        current.set(doc);
        timer.advance(Duration.ofMillis(200));
        assertThat(validator.problems()).hasSize(1);
        executor.hold();

        doc.edit("Move", t -> TopologyEdits.move(t, Map.of("store-017", new Position(5, 5))));
        timer.advance(Duration.ofMillis(150));
        doc.edit("Delete ghost", t -> new Topology(t.metadata(), t.objectives(), t.sites(), t.links(),
                t.workloads(), new Layout(Map.of("store-017", new Position(5, 5)))));
        timer.advance(Duration.ofMillis(150));
        assertThat(executor.pendingCount()).as("no check before the pause").isZero();

        timer.advance(Duration.ofMillis(50));
        assertThat(executor.pendingCount()).as("one check for both edits").isEqualTo(1);
        executor.runPending();
        assertThat(validator.problems()).isEmpty();
    }

    @Test
    void movingBoxesPostponesAWaitingCheckWithoutMakingItStale() {
        DesignDocument doc = new DesignDocument(TopologyDocument.of(Topologies.retailMini()), null);
        current.set(doc);
        timer.advance(Duration.ofMillis(200));
        executor.hold();

        doc.edit("Stale layout", t -> withStaleLayout());
        timer.advance(Duration.ofMillis(150));
        doc.edit("Move", t -> TopologyEdits.move(t, Map.of("store-017", new Position(5, 5))));
        timer.advance(Duration.ofMillis(150));
        doc.edit("Move", t -> TopologyEdits.move(t, Map.of("store-017", new Position(9, 9))));
        timer.advance(Duration.ofMillis(150));
        assertThat(executor.pendingCount()).as("no check while boxes keep moving").isZero();

        timer.advance(Duration.ofMillis(50));
        assertThat(executor.pendingCount()).as("one check once they stop").isEqualTo(1);
        executor.runPending();
        assertThat(validator.problems()).extracting(Problem::path).containsExactly("layout.ghost");

        doc.edit("Move", t -> TopologyEdits.move(t, Map.of("store-017", new Position(1, 1))));
        timer.advance(Duration.ofMillis(400));
        assertThat(executor.pendingCount()).as("a move alone needs no check").isZero();
    }

    @Test
    void aCheckOvertakenByAnEditIsDroppedAndTheEditCheckedOnceItEnds() {
        DesignDocument doc = new DesignDocument(TopologyDocument.of(Topologies.retailMini()), null);
        current.set(doc);
        executor.hold();
        timer.advance(Duration.ofMillis(200));
        assertThat(executor.pendingCount()).isEqualTo(1);

        // the edit arrives while the check of the clean model is still running: no second check runs beside it
        doc.edit("Stale layout", t -> withStaleLayout());
        timer.advance(Duration.ofMillis(200));
        assertThat(executor.pendingCount()).isEqualTo(1);

        executor.runPending();
        assertThat(validator.problems()).as("the older check's empty result is stale").isEmpty();
        timer.advance(Duration.ofMillis(200));
        assertThat(executor.pendingCount()).as("the edit is checked once the first check ended").isEqualTo(1);
        executor.runPending();
        assertThat(validator.problems()).extracting(Problem::path).containsExactly("layout.ghost");
    }

    @Test
    void afterASlowCheckEditsMustPauseLonger() {
        DesignDocument doc = new DesignDocument(TopologyDocument.of(Topologies.retailMini()), null);
        current.set(doc);
        executor.hold();
        timer.advance(Duration.ofMillis(200));
        nanos[0] += Duration.ofMillis(700).toNanos(); // the check takes 0.7 s
        executor.runPending();
        assertThat(validator.currentDelay()).isEqualTo(Duration.ofMillis(1400));

        doc.edit("Stale layout", t -> withStaleLayout());
        timer.advance(Duration.ofMillis(1000));
        assertThat(executor.pendingCount()).as("no check before the longer pause").isZero();
        timer.advance(Duration.ofMillis(400));
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.runPending();
        assertThat(validator.problems()).extracting(Problem::path).containsExactly("layout.ghost");
        assertThat(validator.currentDelay()).as("back to the delay after a quick check")
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aFileJustReadIsNotCheckedAgainUntilItIsEdited() {
        Problem asRead = new Problem(Severity.WARNING, "/home/me/shop.yaml", new SourcePosition(40, 3), "layout.ghost",
                "no element ghost", List.of());
        DesignDocument doc = new DesignDocument(TopologyDocument.of(withStaleLayout()), Path.of("/home/me/shop.yaml"),
                List.of(asRead));
        executor.hold();
        current.set(doc);
        timer.advance(Duration.ofSeconds(5));

        assertThat(executor.pendingCount()).as("no check of a model its reader just checked").isZero();
        assertThat(validator.problems()).extracting(Problem::file, Problem::position)
                .containsExactly(tuple("shop.yaml", new SourcePosition(40, 3)));

        doc.edit("Clean layout", t -> Topologies.retailMini());
        timer.advance(Duration.ofMillis(200));
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.runPending();
        assertThat(validator.problems()).isEmpty();

        doc.commands().undo();
        assertThat(validator.problems()).as("the model read, again").extracting(Problem::path)
                .containsExactly("layout.ghost");
        assertThat(executor.pendingCount()).isZero();
    }

    @Test
    void closingTheDocumentClearsItsProblems() {
        current.set(new DesignDocument(TopologyDocument.of(withStaleLayout()), null));
        timer.advance(Duration.ofMillis(200));
        assertThat(validator.problems()).hasSize(1);

        current.set(null);

        assertThat(validator.problems()).isEmpty();
    }

    @Test
    void validateReportsEveryProblemOfTheWrittenText() {
        List<Problem> problems = DocumentValidator.validate("x.yaml", TopologyDocument.of(withStaleLayout()),
                dev.traverse.engine.io.FileFormat.JSON);

        assertThat(problems).extracting(Problem::path).containsExactly("layout.ghost");
    }
}
