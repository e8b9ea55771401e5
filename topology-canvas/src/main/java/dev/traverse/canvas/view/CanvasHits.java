package dev.traverse.canvas.view;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import java.util.List;
import java.util.Optional;

/**
 * What is where on the canvas, for gestures. Implemented by the renderer, which knows what it drew (chips are laid
 * out while drawing). Answers in well under a millisecond for 10,000 elements: backed by a spatial index, not a
 * scan. FX thread only.
 */
public interface CanvasHits {

    /** The innermost element containing the canvas point. */
    Optional<String> elementAt(Point p);

    /** Elements whose bounds lie wholly inside the box, outermost first, without the children of those included. */
    List<String> elementsWithin(Box box);

    /** The link passing within {@code tolerance} canvas units of the point. */
    Optional<String> linkAt(Point p, double tolerance);

    /** The chip drawn at the screen point in the last frame. */
    Optional<String> chipAt(double screenX, double screenY);

    /** True when the point lies inside the element and within {@code tolerance} canvas units of its border. */
    boolean onEdge(String elementId, Point p, double tolerance);
}
