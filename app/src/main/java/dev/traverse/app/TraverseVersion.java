package dev.traverse.app;

/** The version of this build of Traverse. */
public final class TraverseVersion {

    /** The version reported when not running from a packaged jar, such as in an IDE. */
    public static final String DEVELOPMENT = "dev";

    private TraverseVersion() {
    }

    /** The Implementation-Version of the app jar's manifest, or {@value #DEVELOPMENT}. */
    public static String current() {
        String version = TraverseVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
