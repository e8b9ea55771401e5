package dev.traverse.themes;

import javafx.css.PseudoClass;

/**
 * The style classes and pseudo-classes that {@code traverse.css} defines, so that Java code never spells them out.
 * AtlantaFX's own classes ({@code atlantafx.base.theme.Styles}) are used as they are.
 */
public final class TraverseStyles {

    /** The main window's root. */
    public static final String MAIN_WINDOW = "traverse-main-window";
    /** The bar at the bottom of the main window. */
    public static final String STATUS_BAR = "traverse-status-bar";
    /** Secondary text in the status bar, such as the open file's path. */
    public static final String STATUS_DETAIL = "traverse-status-detail";
    /** The topology outline tree. */
    public static final String OUTLINE = "traverse-outline";
    /** One row of the outline: icon, name and detail. */
    public static final String OUTLINE_CELL = "traverse-outline-cell";
    /** The name of an outline element. */
    public static final String OUTLINE_NAME = "traverse-outline-name";
    /** The muted details after an element's name. */
    public static final String OUTLINE_DETAIL = "traverse-outline-detail";
    /** The note the outline shows instead of a tree, such as when the file has errors. */
    public static final String OUTLINE_PLACEHOLDER = "traverse-outline-placeholder";
    /** The designer's working area: side panels around the canvas. */
    public static final String WORKSPACE = "traverse-workspace";
    /** The side panel beside the outline. */
    public static final String SIDE_PANEL = "traverse-side-panel";
    /** A titled section of the side panel. */
    public static final String PANEL_SECTION = "traverse-panel-section";
    /** The heading of a side panel section. */
    public static final String PANEL_TITLE = "traverse-panel-title";
    /** The counts grid. */
    public static final String SUMMARY = "traverse-summary";
    /** The name of a counted kind. */
    public static final String SUMMARY_LABEL = "traverse-summary-label";
    /** A count. */
    public static final String SUMMARY_VALUE = "traverse-summary-value";
    /** The problems list. */
    public static final String PROBLEMS = "traverse-problems";
    /** One problem in the list. */
    public static final String PROBLEM_CELL = "traverse-problem-cell";
    /** The icon and text inside a problem cell. */
    public static final String PROBLEM_CONTENT = "traverse-problem-content";
    /** What the window shows when no topology is open. */
    public static final String EMPTY_STATE = "traverse-empty-state";
    /** The big icon of the empty state. */
    public static final String EMPTY_STATE_ICON = "traverse-empty-state-icon";

    /** A problem that makes the file unusable. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A problem worth a look. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private TraverseStyles() {
    }
}
