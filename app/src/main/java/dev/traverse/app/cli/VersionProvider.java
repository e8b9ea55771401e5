package dev.traverse.app.cli;

import dev.traverse.app.TraverseVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code traverse --version} prints. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"traverse " + TraverseVersion.current()};
    }
}
