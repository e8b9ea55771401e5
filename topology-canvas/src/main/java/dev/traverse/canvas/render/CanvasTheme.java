package dev.traverse.canvas.render;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * The colours and font sizes the canvas draws with. Font sizes are in canvas units (they grow and shrink with
 * the zoom), except {@code legendSize}, which is in screen pixels because the legend stays put. The application
 * picks {@link #LIGHT} or {@link #DARK} to match its own theme. Immutable.
 *
 * @param dark          true for a dark background; skins tint and blend differently on it
 * @param background    the canvas behind everything
 * @param gridDot       the dots of the background grid
 * @param text          labels
 * @param textMuted     detail lines, counts, captions
 * @param siteFill      a site's body before its provider tint
 * @param siteStroke    a site's border before its provider tint
 * @param clusterFill   a cluster's body
 * @param clusterStroke a cluster's border
 * @param leafFill      a node pool's or device group's card
 * @param leafStroke    a card's border
 * @param accent        selection, handles, previews, the drop target
 * @param hover         the outline of the element under the pointer
 * @param link          lines between elements
 * @param linkLabelFill the pill behind a link's label
 * @param warning       elements marked WARNING
 * @param error         elements marked FAILED and failed links
 * @param barTrack      the empty part of a utilisation bar, and lost chips
 * @param panelFill     the legend's box
 * @param panelStroke   the legend's border
 * @param fontFamily    the family every text is drawn in
 * @param labelSize     the bold first line of an element, in canvas units
 * @param detailSize    the muted second line, in canvas units
 * @param chipSize      chip text, in canvas units
 * @param legendSize    legend text, in screen pixels
 */
public record CanvasTheme(boolean dark, Color background, Color gridDot, Color text, Color textMuted,
                          Color siteFill, Color siteStroke, Color clusterFill, Color clusterStroke,
                          Color leafFill, Color leafStroke, Color accent, Color hover, Color link,
                          Color linkLabelFill, Color warning, Color error, Color barTrack, Color panelFill,
                          Color panelStroke, String fontFamily, double labelSize, double detailSize,
                          double chipSize, double legendSize) {

    /** For light application themes (Primer Light, Nord Light, Cupertino Light). */
    public static final CanvasTheme LIGHT = new CanvasTheme(false,
            Color.web("#f6f8fa"), Color.web("#c9d1d9"), Color.web("#1f2328"), Color.web("#59636e"),
            Color.web("#ffffff"), Color.web("#b6c0cb"), Color.web("#f3f5f8"), Color.web("#c3ccd6"),
            Color.web("#ffffff"), Color.web("#d0d7de"), Color.web("#0969da"), Color.web("#0969da", 0.55),
            Color.web("#6e7781"), Color.web("#ffffff"), Color.web("#bf8700"), Color.web("#cf222e"),
            Color.web("#e6eaef"), Color.web("#ffffff", 0.96), Color.web("#d0d7de"), "System",
            12, 10, 8.5, 12);

    /** For dark application themes (Primer Dark, Nord Dark, Cupertino Dark). */
    public static final CanvasTheme DARK = new CanvasTheme(true,
            Color.web("#0d1117"), Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#9198a1"),
            Color.web("#151b23"), Color.web("#3d444d"), Color.web("#1b222c"), Color.web("#3d444d"),
            Color.web("#212830"), Color.web("#3d444d"), Color.web("#4493f8"), Color.web("#4493f8", 0.6),
            Color.web("#8b949e"), Color.web("#262c36"), Color.web("#d29922"), Color.web("#f85149"),
            Color.web("#2f3742"), Color.web("#151b23", 0.96), Color.web("#3d444d"), "System",
            12, 10, 8.5, 12);

    public CanvasTheme {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(gridDot, "gridDot");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textMuted, "textMuted");
        Objects.requireNonNull(siteFill, "siteFill");
        Objects.requireNonNull(siteStroke, "siteStroke");
        Objects.requireNonNull(clusterFill, "clusterFill");
        Objects.requireNonNull(clusterStroke, "clusterStroke");
        Objects.requireNonNull(leafFill, "leafFill");
        Objects.requireNonNull(leafStroke, "leafStroke");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(hover, "hover");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(linkLabelFill, "linkLabelFill");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(barTrack, "barTrack");
        Objects.requireNonNull(panelFill, "panelFill");
        Objects.requireNonNull(panelStroke, "panelStroke");
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(labelSize > 0 && detailSize > 0 && chipSize > 0 && legendSize > 0)) {
            throw new IllegalArgumentException("canvas theme font sizes must be positive");
        }
    }
}
