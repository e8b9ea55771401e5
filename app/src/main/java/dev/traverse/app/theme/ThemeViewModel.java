package dev.traverse.app.theme;

import dev.traverse.themes.TraverseTheme;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The theme in use: switching applies it at once and remembers it. UI thread only.
 */
public final class ThemeViewModel {

    private final ThemePreference preference;
    private final Consumer<TraverseTheme> applier;
    private final ReadOnlyObjectWrapper<TraverseTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme");

    /**
     * @param applier makes a theme the one every window uses ({@code Themes::apply} in the application)
     */
    public ThemeViewModel(ThemePreference preference, Consumer<TraverseTheme> applier) {
        this.preference = Objects.requireNonNull(preference, "preference");
        this.applier = Objects.requireNonNull(applier, "applier");
    }

    /** Applies the saved theme; call once at start. */
    public void applySaved() {
        TraverseTheme saved = preference.load();
        applier.accept(saved);
        theme.set(saved);
    }

    /** Applies {@code chosen} and remembers it for the next start. */
    public void select(TraverseTheme chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (chosen == theme.get()) {
            return;
        }
        applier.accept(chosen);
        preference.save(chosen);
        theme.set(chosen);
    }

    public List<TraverseTheme> themes() {
        return List.of(TraverseTheme.values());
    }

    public ReadOnlyObjectProperty<TraverseTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }
}
