package dev.traverse.app.io;

import dev.traverse.engine.io.TopologyReader;

/** The loader the application reads topology files with. */
public final class TopologyLoaders {

    private TopologyLoaders() {
    }

    /** Reads files with the engine's {@link TopologyReader}. */
    public static TopologyLoader standard() {
        return TopologyReader::read;
    }
}
