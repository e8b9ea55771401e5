package dev.traverse.app.testing;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample topologies the project ships, read as users open them. */
public final class Samples {

    private Samples() {
    }

    /** A sample by file name, such as "retail-chain.yaml", as a design document. */
    public static DesignDocument document(String fileName) {
        Path file = directory().resolve(fileName);
        ReadResult result = TopologyReader.read(file);
        TopologyDocument document = result.document().orElseThrow(() ->
                new IllegalStateException(file + " has errors: " + result.problems()));
        return new DesignDocument(document, file);
    }

    /** sample-topologies/, found from the module's directory upwards. */
    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("sample-topologies");
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("no sample-topologies directory above " + Path.of("").toAbsolutePath());
    }
}
