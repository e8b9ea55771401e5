package dev.traverse.app.design;

import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Recovery files: what autosave keeps of a document with unsaved changes, so that a crash loses at most the last
 * interval's work. One file per document, in one folder (by default {@code ~/.traverse/recovery}), named after a
 * hash of the document's absolute path so that paths of any length and characters map to a plain file name.
 * Writes are atomic ({@link TopologyWriter#save}).
 *
 * <p>File I/O: call off the UI thread. Thread-safe: writes and deletes of one key are ordered by their sequence
 * number, so an autosave that finishes after the save that made it stale cannot bring the recovery file back.
 */
public final class RecoveryStore {

    /** A recovery file and when it was written. */
    public record Recovery(Path file, Instant savedAt) {
    }

    private final Path directory;
    private final Map<String, Long> newest = new HashMap<>();

    public RecoveryStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The store under the user's home: {@code ~/.traverse/recovery}. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".traverse", "recovery"));
    }

    public Path directory() {
        return directory;
    }

    /** The key of a document saved at {@code file}. */
    public static String keyOf(Path file) {
        return "file-" + hash(file.toAbsolutePath().normalize().toString());
    }

    /** The recovery file for {@code key}. */
    public Path fileFor(String key) {
        return directory.resolve(key + ".yaml");
    }

    /**
     * Writes the document as the recovery file of {@code key}, unless a write or delete with a later sequence number
     * came first.
     *
     * @return true when written
     */
    public synchronized boolean write(String key, long sequence, TopologyDocument document) throws IOException {
        if (sequence < newest.getOrDefault(key, Long.MIN_VALUE)) {
            return false;
        }
        newest.put(key, sequence);
        Files.createDirectories(directory);
        TopologyWriter.save(fileFor(key), document);
        return true;
    }

    /** Deletes the recovery file of {@code key}, unless a write with a later sequence number came first. */
    public synchronized void delete(String key, long sequence) throws IOException {
        if (sequence < newest.getOrDefault(key, Long.MIN_VALUE)) {
            return;
        }
        newest.put(key, sequence);
        Files.deleteIfExists(fileFor(key));
    }

    /** The recovery file of the document at {@code file} when there is one written after the file last changed. */
    public synchronized Optional<Recovery> newerThan(Path file) throws IOException {
        Path recovery = fileFor(keyOf(file));
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        FileTime saved = Files.getLastModifiedTime(recovery);
        FileTime original;
        try {
            original = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return Optional.of(new Recovery(recovery, saved.toInstant()));
        }
        return saved.compareTo(original) > 0 ? Optional.of(new Recovery(recovery, saved.toInstant()))
                : Optional.empty();
    }

    /** Reads a recovery file. */
    public ReadResult read(Recovery recovery) {
        return TopologyReader.read(recovery.file());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
