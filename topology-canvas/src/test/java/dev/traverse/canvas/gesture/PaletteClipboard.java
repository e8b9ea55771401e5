package dev.traverse.canvas.gesture;

import com.sun.javafx.tk.TKClipboard;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * The toolkit side of a dragboard as a palette's drag would fill it: content by format, and the copy transfer mode a
 * palette offers. The toolkit's own local clipboard knows no transfer modes until a real drag starts, which Monocle
 * cannot do, so drag events built in tests carry this one.
 */
final class PaletteClipboard implements TKClipboard {

    private final Map<DataFormat, Object> content = new HashMap<>();

    @Override
    @SuppressWarnings("removal") // the toolkit's interface still names the type
    public void setSecurityContext(AccessControlContext context) {
        // No security manager in tests.
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return Set.copyOf(content.keySet());
    }

    @SafeVarargs
    @Override
    public final boolean putContent(Pair<DataFormat, Object>... items) {
        content.clear();
        for (Pair<DataFormat, Object> item : items) {
            content.put(item.getKey(), item.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return Set.of(TransferMode.COPY);
    }

    @Override
    public void setDragView(Image image) {
        // Nothing is drawn in tests.
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
        // Nothing is drawn in tests.
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
        // Nothing is drawn in tests.
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
