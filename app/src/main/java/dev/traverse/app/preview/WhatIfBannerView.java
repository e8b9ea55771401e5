package dev.traverse.app.preview;

import atlantafx.base.theme.Styles;
import dev.traverse.app.ui.BusySpinner;
import dev.traverse.app.ui.Icons;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The banner over the canvas while a simulated failure is shown: what the failure does, how the objectives change,
 * and Dismiss, which returns the canvas to the live preview. Hidden (and taking no room) when no what-if is shown.
 * FX thread only.
 */
public final class WhatIfBannerView {

    /** The banner's id, for tests. */
    public static final String ID = "what-if-banner";
    /** The Dismiss button's id, for tests. */
    public static final String DISMISS_ID = "what-if-dismiss";

    private final HBox banner;

    public WhatIfBannerView(WhatIfPreview whatIf) {
        Objects.requireNonNull(whatIf, "whatIf");
        FontIcon icon = Icons.of(Material2OutlinedAL.FLASH_ON);
        icon.getStyleClass().add(PreviewStyles.WHAT_IF_ICON);

        Label headline = new Label();
        headline.textProperty().bind(whatIf.headlineProperty());
        headline.getStyleClass().add(PreviewStyles.WHAT_IF_HEADLINE);
        headline.setWrapText(true);

        Label detail = new Label();
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            String error = whatIf.errorProperty().get();
            if (error != null) {
                return error;
            }
            String text = whatIf.detailProperty().get();
            return whatIf.outdatedProperty().get() ? text + " · simulated before the last edit" : text;
        }, whatIf.errorProperty(), whatIf.detailProperty(), whatIf.outdatedProperty()));
        detail.getStyleClass().add(PreviewStyles.WHAT_IF_DETAIL);
        detail.setWrapText(true);
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());

        VBox text = new VBox(2, headline, detail);
        HBox.setHgrow(text, Priority.ALWAYS);

        Node spinner = BusySpinner.showWhile(whatIf.runningProperty(), 16);

        Button dismiss = new Button("Dismiss");
        dismiss.setId(DISMISS_ID);
        dismiss.getStyleClass().addAll(Styles.SMALL);
        dismiss.setOnAction(e -> whatIf.dismiss());

        Region gap = new Region();
        gap.setMinWidth(8);

        banner = new HBox(icon, text, spinner, gap, dismiss);
        banner.setId(ID);
        banner.getStyleClass().add(PreviewStyles.WHAT_IF_BANNER);
        PreviewStyles.addStylesheet(banner);
        banner.visibleProperty().bind(whatIf.showingProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        whatIf.errorProperty().addListener((obs, old, now) ->
                banner.pseudoClassStateChanged(PreviewStyles.FAILED, now != null));
    }

    public Node node() {
        return banner;
    }
}
