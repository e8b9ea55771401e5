package dev.traverse.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes topologies in canonical form: the same model always gives the same bytes, and a canonical file read and
 * written again is unchanged. Saving is atomic: the old file stays whole until the new one is complete on disk.
 *
 * <p>Thread-safe; {@link #save} does file I/O, so call it off the UI thread.
 */
public final class TopologyWriter {

    private TopologyWriter() {
    }

    /** The document as text in the given syntax. YAML keeps the header comment; JSON has no comments. */
    public static String write(TopologyDocument document, FileFormat format) {
        Objects.requireNonNull(document, "document");
        OutputTree.Mapping tree = TreeBuilder.build(document.topology());
        if (format == FileFormat.JSON) {
            return JsonEmitter.emit(tree);
        }
        String body = YamlEmitter.emit(tree);
        return document.headerComment().isEmpty() ? body : document.headerComment() + "\n" + body;
    }

    public static String toYaml(TopologyDocument document) {
        return write(document, FileFormat.YAML);
    }

    public static String toJson(TopologyDocument document) {
        return write(document, FileFormat.JSON);
    }

    /**
     * A temporary file is private (rw-------); the saved file keeps the permissions of the one it replaces, or gets
     * the usual rw-r--r-- when new.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * Saves the document to a file, in the syntax its extension names: written to a temporary file beside it, forced
     * to disk, then moved over the old one in one step.
     */
    public static void save(Path file, TopologyDocument document) throws IOException {
        byte[] bytes = write(document, FileFormat.of(file)).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
