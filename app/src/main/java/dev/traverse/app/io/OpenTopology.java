package dev.traverse.app.io;

import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The topology open in the window: its file (null while never saved) and its model with its problems, as read or
 * as the last edit left it.
 */
public record OpenTopology(Path file, ReadResult result) {

    public OpenTopology {
        Objects.requireNonNull(result, "result");
    }

    /** The model, when the file had no errors. */
    public Optional<Topology> topology() {
        return result.document().map(d -> d.topology());
    }

    public List<Problem> problems() {
        return result.problems();
    }

    /** The topology's name, or the file's name when the file could not be turned into a topology. */
    public String displayName() {
        return topology().map(Topology::name).orElseGet(() -> file == null ? "" : String.valueOf(file.getFileName()));
    }
}
