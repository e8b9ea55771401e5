package dev.traverse.app.theme;

import dev.traverse.themes.TraverseTheme;
import java.util.Objects;
import java.util.prefs.Preferences;

/** The theme the user chose last, kept in the user's preferences. */
public final class ThemePreference {

    static final String KEY = "theme";

    private final Preferences node;

    public ThemePreference(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The saved theme, or the default when none was saved or the saved one is no longer offered. */
    public TraverseTheme load() {
        return TraverseTheme.fromId(node.get(KEY, null)).orElse(TraverseTheme.DEFAULT);
    }

    public void save(TraverseTheme theme) {
        node.put(KEY, theme.id());
    }
}
