package dev.traverse.app.design;

import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a topology file. Called on a worker thread, never on the UI thread. */
@FunctionalInterface
public interface TopologySaver {

    /** Saves {@code document} to {@code file}, completely or not at all. */
    void save(Path file, TopologyDocument document) throws IOException;

    /** Saves with the engine's {@link TopologyWriter#save}: a temporary file beside the target, then one move. */
    static TopologySaver standard() {
        return TopologyWriter::save;
    }
}
