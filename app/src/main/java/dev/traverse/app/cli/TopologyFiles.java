package dev.traverse.app.cli;

import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** How commands read a topology file: every problem goes to standard error; the document comes back if usable. */
final class TopologyFiles {

    /** Exit status for a file with errors, as {@code validate} documents it. */
    static final int INVALID = 2;

    private TopologyFiles() {
    }

    /** Reads the file, printing its problems (warnings too); empty when it has errors. */
    static Optional<TopologyDocument> readOrReport(Path file, PrintWriter err) {
        ReadResult result = TopologyReader.read(file);
        result.problems().forEach(p -> err.println(p.format()));
        err.flush();
        return result.hasErrors() ? Optional.empty() : result.document();
    }
}
