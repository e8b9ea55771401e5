package dev.traverse.app.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which topology the window opens at start: the file asked for (argument or the {@value #TOPOLOGY_PROPERTY}
 * system property), else the sample {@value #DEFAULT_SAMPLE} under the working directory, else under the project
 * root that the launcher passes as {@value #ROOT_PROPERTY}.
 */
public final class StartupFile {

    public static final String TOPOLOGY_PROPERTY = "traverse.topology";
    public static final String ROOT_PROPERTY = "traverse.root";
    public static final String DEFAULT_SAMPLE = "sample-topologies/retail-chain.yaml";

    private StartupFile() {
    }

    /**
     * The file to open, as an absolute path; it may not exist (the window then shows how to open another).
     *
     * @param requested   the file asked for, or null
     * @param workingDir  the directory relative paths are resolved against
     * @param projectRoot the Traverse project directory, or null when unknown
     */
    public static Path resolve(String requested, Path workingDir, String projectRoot) {
        Objects.requireNonNull(workingDir, "workingDir");
        if (requested != null && !requested.isBlank()) {
            return workingDir.resolve(requested).toAbsolutePath().normalize();
        }
        Path local = workingDir.resolve(DEFAULT_SAMPLE).toAbsolutePath().normalize();
        if (Files.isRegularFile(local) || projectRoot == null || projectRoot.isBlank()) {
            return local;
        }
        return Path.of(projectRoot).resolve(DEFAULT_SAMPLE).toAbsolutePath().normalize();
    }

    /** {@link #resolve} with the argument, or else the system properties, and the process's working directory. */
    public static Path fromEnvironment(Optional<String> argument) {
        return resolve(argument.orElse(System.getProperty(TOPOLOGY_PROPERTY)), Path.of(""),
                System.getProperty(ROOT_PROPERTY));
    }
}
