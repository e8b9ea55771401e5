package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final TopologyDocument document = TopologyDocument.of(Topologies.retailMini());

    @Test
    void keysArePlainFileNamesThatDifferPerPath() {
        String a = RecoveryStore.keyOf(dir.resolve("a b/ünïcode.yaml"));
        String b = RecoveryStore.keyOf(dir.resolve("a b/other.yaml"));

        assertThat(a).matches("file-[0-9a-f]{32}").isNotEqualTo(b);
        assertThat(RecoveryStore.keyOf(dir.resolve("x/../a b/ünïcode.yaml"))).isEqualTo(a);
    }

    @Test
    void aWrittenRecoveryReadsBackAsTheDocument() throws IOException {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path file = dir.resolve("shop.yaml");

        assertThat(store.write(RecoveryStore.keyOf(file), 1, document)).isTrue();

        var recovery = store.newerThan(file).orElseThrow();
        assertThat(store.read(recovery).document().orElseThrow().topology()).isEqualTo(document.topology());
        try (var listing = Files.list(store.directory())) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactly(RecoveryStore.keyOf(file) + ".yaml");
        }
    }

    @Test
    void onlyARecoveryNewerThanTheFileIsOffered() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        Path file = dir.resolve("shop.yaml");
        TopologyWriter.save(file, document);
        store.write(RecoveryStore.keyOf(file), 1, document);
        Path recovery = store.fileFor(RecoveryStore.keyOf(file));

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
        assertThat(store.newerThan(file)).isPresent();

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(store.newerThan(file)).isEmpty();
        assertThat(recovery).exists();
    }

    @Test
    void aStaleWriteCannotBringBackWhatALaterDeleteRemoved() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        String key = RecoveryStore.keyOf(dir.resolve("shop.yaml"));

        store.write(key, 1, document);
        store.delete(key, 3);
        assertThat(store.write(key, 2, document)).isFalse();
        assertThat(store.fileFor(key)).doesNotExist();

        assertThat(store.write(key, 4, document)).isTrue();
        store.delete(key, 3);
        assertThat(store.fileFor(key)).exists();
    }

    @Test
    void nothingIsOfferedWithoutARecoveryFile() throws IOException {
        assertThat(new RecoveryStore(dir.resolve("none")).newerThan(dir.resolve("shop.yaml"))).isEmpty();
    }
}
