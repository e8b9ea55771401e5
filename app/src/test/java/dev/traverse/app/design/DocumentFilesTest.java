package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.dialogs.SaveChoice;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.ManualUiTimer;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.ScriptedDialogs;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {

    @TempDir
    Path dir;

    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualUiTimer timer = new ManualUiTimer();
    private final AtomicReference<IOException> saveFailure = new AtomicReference<>();
    private RecoveryStore recovery;
    private Autosave autosave;
    private DocumentFiles files;
    private Path sample;

    @BeforeEach
    void setUp() throws IOException {
        recovery = new RecoveryStore(dir.resolve("recovery"));
        TopologySaver saver = (file, document) -> {
            if (saveFailure.get() != null) {
                throw saveFailure.get();
            }
            TopologyWriter.save(file, document);
        };
        var document = new javafx.beans.property.SimpleObjectProperty<DesignDocument>();
        autosave = new Autosave(document, recovery, executor, timer, Duration.ofSeconds(30));
        files = new DocumentFiles(TopologyReader::read, saver, executor, dialogs,
                new RecentFiles(new MemoryPreferences()), recovery, autosave);
        document.bind(files.documentProperty());
        sample = dir.resolve("retail-chain.yaml");
        Path original = Stream.of(Path.of("..", "sample-topologies"), Path.of("sample-topologies"))
                .filter(Files::isDirectory).findFirst().orElseThrow().resolve("retail-chain.yaml");
        Files.copy(original, sample, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(sample, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private DesignDocument openSample() {
        files.open(sample);
        assertThat(files.document()).as(files.messageProperty().get()).isNotNull();
        return files.document();
    }

    private static void editSeveralWays(DesignDocument doc) {
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-lyon-001"));
        doc.edit("Add cluster", t -> TopologyEdits.addCluster(t, "dc-lyon", new Cluster("dc-lyon-k8s",
                Distribution.KUBERNETES, null, Map.of(), List.of()), new Position(1500, 300)).topology());
        doc.edit("Delete", t -> TopologyEdits.delete(t, List.of("store-002")));
        doc.edit("Move", t -> TopologyEdits.move(t, Map.of("store-003", new Position(12.5, -40))));
    }

    @Test
    void anEditedSampleSavedAndLoadedSavesToTheSameBytes() throws IOException {
        DesignDocument doc = openSample();
        editSeveralWays(doc);
        Path edited = dir.resolve("edited.yaml");
        dialogs.fileToSave = java.util.Optional.of(edited);

        files.saveAs();

        assertThat(files.messageProperty().get()).isEqualTo("Saved edited.yaml");
        var reread = TopologyReader.read(edited);
        assertThat(reread.errors()).isEmpty();
        Topology loaded = reread.document().orElseThrow().topology();
        assertThat(loaded).isEqualTo(doc.topology());
        Path fresh = dir.resolve("fresh.yaml");
        TopologyWriter.save(fresh, reread.document().orElseThrow());
        assertThat(Files.readAllBytes(fresh)).isEqualTo(Files.readAllBytes(edited));
        assertThat(Files.readString(edited)).startsWith("# ").contains("store-lyon-001").doesNotContain("store-002");
    }

    @Test
    void editMakesDirtyUndoBackMakesCleanSaveMakesClean() {
        DesignDocument doc = openSample();
        assertThat(doc.isDirty()).isFalse();

        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        assertThat(doc.isDirty()).isTrue();
        doc.commands().undo();
        assertThat(doc.isDirty()).isFalse();
        doc.commands().redo();
        assertThat(doc.isDirty()).isTrue();

        files.save();

        assertThat(doc.isDirty()).isFalse();
        assertThat(TopologyReader.read(sample).document().orElseThrow().topology()).isEqualTo(doc.topology());
        doc.commands().undo();
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void aFailedSaveKeepsTheChangesUnsavedAndSaysWhy() throws IOException {
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        byte[] before = Files.readAllBytes(sample);
        saveFailure.set(new AccessDeniedException(sample.toString()));

        AtomicReference<Boolean> saved = new AtomicReference<>();
        files.save(saved::set);

        assertThat(saved.get()).isFalse();
        assertThat(doc.isDirty()).isTrue();
        assertThat(files.messageProperty().get())
                .isEqualTo("Could not save retail-chain.yaml: permission denied (" + sample + ")");
        assertThat(dialogs.errors).containsExactly("Could not save retail-chain.yaml: permission denied ("
                + sample + ")");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
        assertThat(files.busyProperty().get()).isFalse();
    }

    @Test
    void theRealWriterFailingLeavesTheFileWholeAndTheDocumentDirty() throws IOException {
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        Path missingFolder = dir.resolve("no-such-folder").resolve("x.yaml");
        dialogs.fileToSave = java.util.Optional.of(missingFolder);

        files.saveAs();

        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.fileProperty().get()).isEqualTo(sample.toAbsolutePath().normalize());
        assertThat(files.messageProperty().get()).startsWith("Could not save x.yaml: ");
    }

    @Test
    void aNewTopologyIsEmptyUnsavedAndAsksWhereOnSave() throws IOException {
        files.newDocument();
        DesignDocument doc = files.document();
        assertThat(doc.topology().name()).isEqualTo("new-topology");
        assertThat(doc.topology().sites()).isEmpty();
        assertThat(doc.fileProperty().get()).isNull();

        dialogs.fileToSave = java.util.Optional.empty();
        files.save();
        assertThat(dialogs.asked).containsExactly("save as new-topology.yaml");
        assertThat(doc.fileProperty().get()).isNull();

        Path target = dir.resolve("mine.yaml");
        dialogs.fileToSave = java.util.Optional.of(target);
        files.save();
        assertThat(TopologyReader.read(target).errors()).isEmpty();
        assertThat(doc.fileProperty().get()).isEqualTo(target.toAbsolutePath().normalize());

        files.newDocument();
        assertThat(files.document().topology().name()).isEqualTo("new-topology-2");
    }

    @Test
    void aFileWithErrorsStaysClosedAndListsItsProblems() throws IOException {
        DesignDocument doc = openSample();
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: traverse.dev/v1alpha1\nkind: Topology\nmetadata: {name: Bad}\n");

        files.open(broken);

        assertThat(files.document()).isSameAs(doc);
        assertThat(files.openProblems()).isNotEmpty();
        assertThat(files.messageProperty().get()).startsWith("broken.yaml has 2 errors");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() {
        DesignDocument doc = openSample();
        AtomicBoolean closed = new AtomicBoolean();
        files.requestClose(() -> closed.set(true));
        assertThat(closed).isTrue();
        assertThat(dialogs.asked).isEmpty();

        closed.set(false);
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        dialogs.saveChoice = SaveChoice.CANCEL;
        files.requestClose(() -> closed.set(true));
        assertThat(closed).isFalse();
        assertThat(dialogs.asked).containsExactly("save changes to retail-chain.yaml");

        dialogs.saveChoice = SaveChoice.SAVE;
        saveFailure.set(new AccessDeniedException("x"));
        files.requestClose(() -> closed.set(true));
        assertThat(closed).as("a failed save keeps the window open").isFalse();

        saveFailure.set(null);
        files.requestClose(() -> closed.set(true));
        assertThat(closed).isTrue();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void dontSaveClosesAndDeletesTheRecoveryFile() {
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        autosave.start();
        timer.advance(Duration.ofSeconds(30));
        Path recoveryFile = recovery.fileFor(RecoveryStore.keyOf(sample));
        assertThat(recoveryFile).exists();

        dialogs.saveChoice = SaveChoice.DONT_SAVE;
        AtomicBoolean closed = new AtomicBoolean();
        files.requestClose(() -> closed.set(true));

        assertThat(closed).isTrue();
        assertThat(recoveryFile).doesNotExist();
    }

    @Test
    void autosaveWritesOnlyWhileDirtyAndACleanSaveDeletesIt() {
        DesignDocument doc = openSample();
        autosave.start();
        Path recoveryFile = recovery.fileFor(RecoveryStore.keyOf(sample));

        timer.advance(Duration.ofSeconds(30));
        assertThat(recoveryFile).doesNotExist();

        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        timer.advance(Duration.ofSeconds(29));
        assertThat(recoveryFile).doesNotExist();
        timer.advance(Duration.ofSeconds(1));
        assertThat(recoveryFile).exists();
        assertThat(TopologyReader.read(recoveryFile).document().orElseThrow().topology()).isEqualTo(doc.topology());

        files.save();
        assertThat(recoveryFile).doesNotExist();
        timer.advance(Duration.ofSeconds(60));
        assertThat(recoveryFile).doesNotExist();
    }

    @Test
    void reopeningAfterACrashOffersTheAutosavedChangesAndRestoresThem() {
        DesignDocument crashed = openSample();
        crashed.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        Topology unsaved = crashed.topology();
        autosave.start();
        timer.advance(Duration.ofSeconds(30));
        // a new session: the window is gone without saving
        DocumentFiles next = new DocumentFiles(TopologyReader::read, TopologySaver.standard(), executor, dialogs,
                new RecentFiles(new MemoryPreferences()), recovery, autosave);
        dialogs.recover = true;

        next.open(sample);

        DesignDocument recovered = next.document();
        assertThat(dialogs.asked).containsExactly("recover retail-chain.yaml");
        assertThat(recovered.topology()).isEqualTo(unsaved);
        assertThat(recovered.isDirty()).isTrue();
        assertThat(next.messageProperty().get()).isEqualTo("Recovered unsaved changes to retail-chain.yaml");
        recovered.commands().undo();
        assertThat(recovered.isDirty()).isFalse();
        assertThat(recovered.topology().sites().stream().anyMatch(s -> s.name().equals("store-001"))).isTrue();
    }

    @Test
    void decliningRecoveryOpensTheFileAndDeletesTheAutosave() {
        DesignDocument crashed = openSample();
        crashed.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        autosave.writeNow();
        Path recoveryFile = recovery.fileFor(RecoveryStore.keyOf(sample));
        assertThat(recoveryFile).exists();
        DocumentFiles next = new DocumentFiles(TopologyReader::read, TopologySaver.standard(), executor, dialogs,
                new RecentFiles(new MemoryPreferences()), recovery, autosave);
        dialogs.recover = false;

        next.open(sample);

        assertThat(next.document().isDirty()).isFalse();
        assertThat(recoveryFile).doesNotExist();
    }

    @Test
    void aSlowOpenOvertakenByANewerOneIsDropped() throws IOException {
        Path other = dir.resolve("other.yaml");
        Files.copy(sample, other);
        executor.hold();
        files.open(sample);
        files.open(other);

        executor.runLast();
        executor.runPending();

        assertThat(files.document().fileProperty().get().getFileName().toString()).isEqualTo("other.yaml");
    }

    @Test
    void anUntitledDocumentsAutosaveGoesWhenItIsSavedAs() throws IOException {
        files.newDocument();
        DesignDocument doc = files.document();
        doc.edit("Add site", t -> TopologyEdits.addSite(t, new dev.traverse.engine.model.Site("lab",
                dev.traverse.engine.model.SiteKind.OFFICE, dev.traverse.engine.model.Provider.ON_PREM, null, null,
                null, Map.of(), List.of(), List.of()), null).topology());
        autosave.writeNow();
        Path untitled = recovery.fileFor(autosave.keyOf(doc));
        assertThat(untitled.getFileName().toString()).startsWith("untitled-");
        assertThat(untitled).exists();

        dialogs.fileToSave = java.util.Optional.of(dir.resolve("lab"));
        files.saveAs();

        assertThat(doc.fileProperty().get()).isEqualTo(dir.resolve("lab.yaml").toAbsolutePath().normalize());
        assertThat(untitled).doesNotExist();
        assertThat(recovery.fileFor(RecoveryStore.keyOf(dir.resolve("lab.yaml")))).doesNotExist();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void anAutosaveThatCannotWriteSaysSoAndTriesAgain() throws IOException {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));

        autosave.writeNow();
        assertThat(autosave.statusProperty().get()).startsWith("Autosave failed: ");

        Files.delete(dir.resolve("recovery"));
        autosave.writeNow();
        assertThat(autosave.statusProperty().get()).isEmpty();
        assertThat(recovery.fileFor(RecoveryStore.keyOf(sample))).exists();
    }

    @Test
    void anEditDuringASaveLeavesTheDocumentDirtyWithItsNewFile() {
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        executor.hold();
        files.save();
        doc.edit("Rename again", t -> TopologyEdits.rename(t, "store-x", "store-y"));

        executor.runPending();

        assertThat(doc.isDirty()).isTrue();
        assertThat(TopologyReader.read(sample).document().orElseThrow().topology().sites())
                .anyMatch(s -> s.name().equals("store-x"));
    }

    @Test
    void changesUndoneBeforeClosingAreNeitherKeptNorOffered() {
        DesignDocument doc = openSample();
        doc.edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-x"));
        autosave.start();
        timer.advance(Duration.ofSeconds(30));
        Path recoveryFile = recovery.fileFor(RecoveryStore.keyOf(sample));
        assertThat(recoveryFile).exists();

        doc.commands().undo();
        timer.advance(Duration.ofSeconds(30));

        assertThat(recoveryFile).doesNotExist();
    }

    @Test
    void aRecoveryEqualToTheFileIsDeletedWithoutAsking() throws IOException {
        DesignDocument doc = openSample();
        // written by an earlier session, which had a store of its own
        new RecoveryStore(recovery.directory()).write(RecoveryStore.keyOf(sample), 100, doc.snapshot());
        DocumentFiles next = new DocumentFiles(TopologyReader::read, TopologySaver.standard(), executor, dialogs,
                new RecentFiles(new MemoryPreferences()), recovery, autosave);

        next.open(sample);

        assertThat(dialogs.asked).isEmpty();
        assertThat(next.document().isDirty()).isFalse();
        assertThat(recovery.fileFor(RecoveryStore.keyOf(sample))).doesNotExist();
    }
}
