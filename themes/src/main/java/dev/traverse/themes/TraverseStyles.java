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
    /** The find box floating over the canvas. */
    public static final String FIND_BOX = "traverse-find-box";
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

    /** A side or bottom panel of the designer (palette, inspector, workloads, log). */
    public static final String DESIGNER_PANEL = "traverse-designer-panel";
    /** A panel's top row: its title and its tools. */
    public static final String PANEL_HEADER = "traverse-panel-header";
    /** The note a panel shows when it has nothing to list. */
    public static final String PANEL_PLACEHOLDER = "traverse-panel-placeholder";
    /** A rounded square behind an element's icon, coloured by the element's kind pseudo-class. */
    public static final String ICON_TILE = "traverse-icon-tile";
    /** The palette. */
    public static final String PALETTE = "traverse-palette";
    /** The palette's search field. */
    public static final String PALETTE_SEARCH = "traverse-palette-search";
    /** The palette's tree of groups and items. */
    public static final String PALETTE_TREE = "traverse-palette-tree";
    /** A palette row. */
    public static final String PALETTE_CELL = "traverse-palette-cell";
    /** The icon tile and texts of a palette item. */
    public static final String PALETTE_ITEM = "traverse-palette-item";
    /** A palette item's title. */
    public static final String PALETTE_TITLE = "traverse-palette-title";
    /** A palette item's defaults, muted. */
    public static final String PALETTE_DETAIL = "traverse-palette-detail";
    /** A palette group heading. */
    public static final String PALETTE_HEADING = "traverse-palette-heading";
    /** The inspector. */
    public static final String INSPECTOR = "traverse-inspector";
    /** The inspector's heading: icon tile, name and type. */
    public static final String INSPECTOR_HEADER = "traverse-inspector-header";
    /** The inspected element's name. */
    public static final String INSPECTOR_TITLE = "traverse-inspector-title";
    /** The inspected element's type and place. */
    public static final String INSPECTOR_SUBTITLE = "traverse-inspector-subtitle";
    /** A heading between groups of fields. */
    public static final String INSPECTOR_SECTION = "traverse-inspector-section";
    /** The grid of labels and editors. */
    public static final String INSPECTOR_GRID = "traverse-inspector-grid";
    /** A field's label. */
    public static final String INSPECTOR_LABEL = "traverse-inspector-label";
    /** A read-only value. */
    public static final String INSPECTOR_VALUE = "traverse-inspector-value";
    /** Why a typed value was not applied, under its field. */
    public static final String INSPECTOR_MESSAGE = "traverse-inspector-message";
    /** The workloads panel. */
    public static final String WORKLOADS = "traverse-workloads";
    /** The workloads table. */
    public static final String WORKLOADS_TABLE = "traverse-workloads-table";
    /** A table cell with secondary, muted text. */
    public static final String MUTED_CELL = "traverse-muted-cell";
    /** The log panel. */
    public static final String LOG = "traverse-log";
    /** A log line. */
    public static final String LOG_CELL = "traverse-log-cell";
    /** The time, icon and text of a log line. */
    public static final String LOG_LINE = "traverse-log-line";
    /** A log line's time. */
    public static final String LOG_TIME = "traverse-log-time";
    /** A log line's text. */
    public static final String LOG_TEXT = "traverse-log-text";

    /** A group heading row. */
    public static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    /** Element kinds, for icon tiles and accents. */
    public static final PseudoClass KIND_SITE = PseudoClass.getPseudoClass("site");
    public static final PseudoClass KIND_CLUSTER = PseudoClass.getPseudoClass("cluster");
    public static final PseudoClass KIND_NODE = PseudoClass.getPseudoClass("node");
    public static final PseudoClass KIND_DEVICE = PseudoClass.getPseudoClass("device");
    public static final PseudoClass KIND_LINK = PseudoClass.getPseudoClass("link");
    public static final PseudoClass KIND_WORKLOAD = PseudoClass.getPseudoClass("workload");
    /** A message line about something that worked (a save). */
    public static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

    /** A problem that makes the file unusable. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A problem worth a look. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private TraverseStyles() {
    }
}
