package dev.traverse.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TraverseThemeTest {

    @Test
    void offersSixThemesWithDisplayNamesAndDarkness() {
        assertThat(TraverseTheme.values()).extracting(TraverseTheme::displayName).containsExactly(
                "Primer Light", "Primer Dark", "Nord Light", "Nord Dark", "Cupertino Light", "Cupertino Dark");
        assertThat(TraverseTheme.values()).filteredOn(TraverseTheme::isDark).containsExactly(
                TraverseTheme.PRIMER_DARK, TraverseTheme.NORD_DARK, TraverseTheme.CUPERTINO_DARK);
    }

    @Test
    void everyThemeHasAStylesheetOnTheClassPath() throws IOException {
        for (TraverseTheme theme : TraverseTheme.values()) {
            assertThat(TraverseTheme.class.getResource(theme.userAgentStylesheet()))
                    .as(theme.displayName()).isNotNull();
        }
    }

    @Test
    void idsRoundTripAndUnknownIdsAreEmpty() {
        for (TraverseTheme theme : TraverseTheme.values()) {
            assertThat(TraverseTheme.fromId(theme.id())).contains(theme);
        }
        assertThat(TraverseTheme.fromId("SOLARIZED")).isEmpty();
        assertThat(TraverseTheme.fromId(null)).isEmpty();
    }

    @Test
    void appStylesheetUsesThemeColoursOnly() throws IOException {
        String css;
        try (InputStream in = new URL(Themes.appStylesheet()).openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(").matcher(css);
        assertThat(literal.find()).as("literal colour in traverse.css").isFalse();
        assertThat(css).contains("-color-bg-default", "-color-fg-muted");
    }

    @Test
    void everyStyleClassConstantIsInTheStylesheet() throws Exception {
        String css;
        try (InputStream in = new URL(Themes.appStylesheet()).openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var field : TraverseStyles.class.getFields()) {
            if (field.getType() == String.class) {
                assertThat(css).as(field.getName()).contains("." + field.get(null));
            }
        }
    }
}
