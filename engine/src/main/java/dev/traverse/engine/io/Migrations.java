package dev.traverse.engine.io;

import dev.traverse.engine.model.Topology;
import java.util.List;
import java.util.Optional;

/**
 * Upgrades files written for older apiVersions to the current one before they are read. Each migration rewrites the
 * source tree of one version into the next; the reader chains them. There is one version so far, so the chain is
 * empty; a new apiVersion adds its migration to {@link #ALL}.
 */
final class Migrations {

    /** Rewrites a document of version {@link #from()} into version {@link #to()}, reporting what it cannot carry over. */
    interface Migration {
        String from();

        String to();

        SourceNode.Mapping migrate(SourceNode.Mapping document, Problems problems);
    }

    static final List<Migration> ALL = List.of();

    private Migrations() {
    }

    /** Every version this Traverse reads, oldest first. */
    static List<String> readableVersions() {
        List<String> versions = new java.util.ArrayList<>(ALL.stream().map(Migration::from).toList());
        versions.add(Topology.API_VERSION);
        return versions;
    }

    /** The document upgraded to the current version, or empty when no chain of migrations reaches it. */
    static Optional<SourceNode.Mapping> upgrade(String version, SourceNode.Mapping document, Problems problems) {
        String at = version;
        SourceNode.Mapping current = document;
        while (!Topology.API_VERSION.equals(at)) {
            String from = at;
            Optional<Migration> next = ALL.stream().filter(m -> m.from().equals(from)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get().migrate(current, problems);
            at = next.get().to();
        }
        return Optional.of(current);
    }
}
