package dev.traverse.app.testing;

import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's sample topologies, read from sample-topologies/ at the project root. */
public final class SampleTopologies {

    private SampleTopologies() {
    }

    /** Reads {@code sample-topologies/NAME.yaml}; fails the test if it cannot be read or has errors. */
    public static Topology load(String name) {
        Path file = root().resolve("sample-topologies").resolve(name + ".yaml");
        ReadResult read = TopologyReader.read(file);
        if (read.hasErrors() || read.document().isEmpty()) {
            throw new AssertionError(file + " has errors: " + read.errors());
        }
        return read.document().get().topology();
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-topologies")) && Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new AssertionError("no sample-topologies folder above " + Path.of("").toAbsolutePath());
    }
}
