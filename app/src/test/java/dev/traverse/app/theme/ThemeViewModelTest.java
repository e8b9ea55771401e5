package dev.traverse.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.themes.TraverseTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class ThemeViewModelTest {

    private final Preferences preferences = new MemoryPreferences();
    private final List<TraverseTheme> applied = new ArrayList<>();

    private ThemeViewModel viewModel() {
        return new ThemeViewModel(new ThemePreference(preferences), applied::add);
    }

    @Test
    void appliesTheDefaultThemeWhenNoneWasChosen() {
        ThemeViewModel viewModel = viewModel();
        viewModel.applySaved();

        assertThat(applied).containsExactly(TraverseTheme.PRIMER_LIGHT);
        assertThat(viewModel.themeProperty().get()).isEqualTo(TraverseTheme.PRIMER_LIGHT);
    }

    @Test
    void selectingAppliesTheThemeAndTheNextStartRemembersIt() {
        ThemeViewModel first = viewModel();
        first.applySaved();
        first.select(TraverseTheme.NORD_DARK);
        assertThat(first.themeProperty().get()).isEqualTo(TraverseTheme.NORD_DARK);

        applied.clear();
        viewModel().applySaved();
        assertThat(applied).containsExactly(TraverseTheme.NORD_DARK);
    }

    @Test
    void selectingTheThemeInUseDoesNothing() {
        ThemeViewModel viewModel = viewModel();
        viewModel.applySaved();
        viewModel.select(TraverseTheme.PRIMER_LIGHT);

        assertThat(applied).containsExactly(TraverseTheme.PRIMER_LIGHT);
    }

    @Test
    void anUnknownSavedThemeFallsBackToTheDefault() {
        preferences.put(ThemePreference.KEY, "SOLARIZED");

        assertThat(new ThemePreference(preferences).load()).isEqualTo(TraverseTheme.DEFAULT);
    }
}
