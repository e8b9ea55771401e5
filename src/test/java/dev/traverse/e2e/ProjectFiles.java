package dev.traverse.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's own files (samples, docs) from a test, whichever folder Maven runs it in. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static Path root() {
        String configured = System.getProperty("traverse.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-topologies")) && Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project root above " + start);
    }
}
