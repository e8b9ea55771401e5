package dev.traverse.themes;

import atlantafx.base.theme.CupertinoDark;
import atlantafx.base.theme.CupertinoLight;
import atlantafx.base.theme.NordDark;
import atlantafx.base.theme.NordLight;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The AtlantaFX themes Traverse offers. The constant names are stable identifiers, safe to persist; display names
 * are for menus.
 */
public enum TraverseTheme {
    PRIMER_LIGHT("Primer Light", new PrimerLight()),
    PRIMER_DARK("Primer Dark", new PrimerDark()),
    NORD_LIGHT("Nord Light", new NordLight()),
    NORD_DARK("Nord Dark", new NordDark()),
    CUPERTINO_LIGHT("Cupertino Light", new CupertinoLight()),
    CUPERTINO_DARK("Cupertino Dark", new CupertinoDark());

    /** The theme used until the user picks one. */
    public static final TraverseTheme DEFAULT = PRIMER_LIGHT;

    private final String displayName;
    private final Theme atlantafxTheme;

    TraverseTheme(String displayName, Theme atlantafxTheme) {
        this.displayName = displayName;
        this.atlantafxTheme = atlantafxTheme;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isDark() {
        return atlantafxTheme.isDarkMode();
    }

    /** The AtlantaFX user agent stylesheet, as a URL string for {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return atlantafxTheme.getUserAgentStylesheet();
    }

    /** The theme persisted under {@code id} (a constant name), or empty for null and unknown ids. */
    public static Optional<TraverseTheme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.name().equals(id)).findFirst();
    }

    /** The persistable identifier of this theme. */
    public String id() {
        return name();
    }

    @Override
    public String toString() {
        return Objects.requireNonNull(displayName);
    }
}
