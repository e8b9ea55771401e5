package dev.traverse.app.io;

import dev.traverse.engine.io.ReadResult;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a topology file. Called on a worker thread, never on the UI thread. */
@FunctionalInterface
public interface TopologyLoader {

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read at all
     */
    ReadResult read(Path file) throws IOException;
}
