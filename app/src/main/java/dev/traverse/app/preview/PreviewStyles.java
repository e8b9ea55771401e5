package dev.traverse.app.preview;

import java.net.URL;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * The style classes and pseudo-classes of the preview's views, defined in {@code preview.css} next to this class.
 * The stylesheet uses only AtlantaFX's looked-up colours, so every light and dark theme works.
 */
public final class PreviewStyles {

    public static final String OBJECTIVES_STRIP = "traverse-objectives-strip";
    public static final String OBJECTIVE = "traverse-objective";
    public static final String OBJECTIVE_LABEL = "traverse-objective-label";
    public static final String OBJECTIVE_VALUE = "traverse-objective-value";
    public static final String OBJECTIVE_CHANGE = "traverse-objective-change";

    public static final String PLACEMENT_PANEL = "traverse-placement-panel";
    public static final String PLACEMENT_HEADER = "traverse-placement-header";
    public static final String PLACEMENT_TITLE = "traverse-placement-title";
    public static final String PLACEMENT_SUMMARY = "traverse-placement-summary";
    public static final String UNPLACED_TABLE = "traverse-unplaced-table";
    public static final String CELL_TEXT = "traverse-cell-text";
    public static final String WORKLOAD_CELL = "traverse-workload-cell";
    public static final String MUTED_CELL = "traverse-muted-cell";

    public static final String EXPLANATION = "traverse-explanation";
    public static final String EXPLANATION_TITLE = "traverse-explanation-title";
    public static final String EXPLANATION_VERDICT = "traverse-explanation-verdict";
    public static final String EXPLANATION_NOTE = "traverse-explanation-note";
    public static final String EXPLANATION_HEADING = "traverse-explanation-heading";
    public static final String EXPLANATION_PLACEHOLDER = "traverse-explanation-placeholder";
    public static final String EXPLANATION_ERROR = "traverse-explanation-error";
    public static final String SCORE_TRACK = "traverse-score-track";
    public static final String SCORE_BAR = "traverse-score-bar";
    public static final String SCORE_VALUE = "traverse-score-value";
    public static final String CANDIDATE = "traverse-candidate";
    public static final String REFUSAL = "traverse-refusal";
    public static final String REFUSAL_COUNT = "traverse-refusal-count";
    public static final String REFUSAL_REASON = "traverse-refusal-reason";
    public static final String REFUSAL_DETAIL = "traverse-refusal-detail";

    public static final String WHAT_IF_BANNER = "traverse-what-if-banner";
    public static final String WHAT_IF_ICON = "traverse-what-if-icon";
    public static final String WHAT_IF_HEADLINE = "traverse-what-if-headline";
    public static final String WHAT_IF_DETAIL = "traverse-what-if-detail";

    /** A reading that rose (worse) or fell (better), or did not change. */
    public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    public static final PseudoClass UNCHANGED = PseudoClass.getPseudoClass("unchanged");
    /** Shown values that are not of the topology as it is now. */
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    /** A summary or banner that reports a failure. */
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** The host a replica ends on, among the candidates. */
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private static final String STYLESHEET = "preview.css";

    private PreviewStyles() {
    }

    /** Adds the preview's stylesheet to a view's root, once. */
    static void addStylesheet(Parent root) {
        URL url = PreviewStyles.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("missing resource " + STYLESHEET + " next to "
                    + PreviewStyles.class.getName());
        }
        String stylesheet = url.toExternalForm();
        if (!root.getStylesheets().contains(stylesheet)) {
            root.getStylesheets().add(stylesheet);
        }
    }
}
