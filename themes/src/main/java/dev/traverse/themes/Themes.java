package dev.traverse.themes;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies themes and the Traverse stylesheet. Call from the JavaFX application thread. */
public final class Themes {

    private static final String APP_STYLESHEET = "traverse.css";

    private Themes() {
    }

    /** Makes {@code theme} the user agent stylesheet of every window, at once. FX thread only. */
    public static void apply(TraverseTheme theme) {
        Objects.requireNonNull(theme, "theme");
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    /** The Traverse application stylesheet as a URL string, for {@code Scene.getStylesheets()}. */
    public static String appStylesheet() {
        URL url = Themes.class.getResource(APP_STYLESHEET);
        if (url == null) {
            throw new IllegalStateException(
                    "missing resource " + APP_STYLESHEET + " next to " + Themes.class.getName());
        }
        return url.toExternalForm();
    }

    /** Adds the Traverse application stylesheet to {@code scene}, once. */
    public static void addAppStylesheet(Scene scene) {
        String stylesheet = appStylesheet();
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
