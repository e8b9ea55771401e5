package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;

/** Works out where each element sits and how big it is. */
public final class DiagramLayout {

    private DiagramLayout() {
    }

    /**
     * @param specs every element, each parent before its children
     * @param links lines between them
     */
    public static Diagram build(List<ElementSpec> specs, List<DiagramLink> links) {
        List<DiagramElement> out = new ArrayList<>();
        int i = 0;
        for (ElementSpec s : specs) {
            Point p = s.position() != null ? s.position() : new Point(i % 10 * 200, i / 10 * 100);
            out.add(new DiagramElement(s, new Box(p.x(), p.y(), 160, 60), 0));
            i++;
        }
        return new Diagram(out, links);
    }
}
