package dev.traverse.app.main;

import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The designer's working area: a left panel (palette, outline), the canvas above the bottom panels (problems,
 * placement, workloads, log), and the inspector on the right. Side panels keep their width when the window is
 * resized; the canvas takes the rest.
 */
final class WorkspaceView {

    private static final double LEFT_SHARE = 0.17;
    private static final double RIGHT_SHARE = 0.77;
    private static final double CANVAS_SHARE = 0.72;
    private static final double SIDE_MIN_WIDTH = 220;

    private final SplitPane root;

    WorkspaceView(Node left, Node centre, Node bottom, Node right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(right, "right");
        SplitPane middle = new SplitPane(centre, bottom);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(CANVAS_SHARE);
        SplitPane.setResizableWithParent(bottom, false);

        root = new SplitPane(left, middle, right);
        root.setDividerPositions(LEFT_SHARE, RIGHT_SHARE);
        root.getStyleClass().add(TraverseStyles.WORKSPACE);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        if (left instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(SIDE_MIN_WIDTH);
        }
        if (right instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(SIDE_MIN_WIDTH);
        }
    }

    Node node() {
        return root;
    }
}
