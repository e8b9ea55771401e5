package dev.traverse.app.design;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The main window's title for the open document: {@code "● retail-chain — retail-chain.yaml — Traverse"}, the
 * marker showing unsaved changes, the file name (or "not saved" for a new topology) after the topology's name; just
 * "Traverse" when nothing is open. Follows the document as it is edited, saved and replaced. UI thread only.
 */
public final class WindowTitle {

    static final String APP_NAME = "Traverse";
    static final String DIRTY_MARKER = "● ";
    static final String SEPARATOR = " — ";

    private final ObservableValue<DesignDocument> document;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final InvalidationListener update = obs -> update();
    private DesignDocument watched;

    public WindowTitle(ObservableValue<DesignDocument> document) {
        this.document = Objects.requireNonNull(document, "document");
        document.addListener((obs, old, now) -> watch(now));
        watch(document.getValue());
    }

    private void watch(DesignDocument doc) {
        if (watched != null) {
            watched.topologyProperty().removeListener(update);
            watched.fileProperty().removeListener(update);
            watched.dirtyProperty().removeListener(update);
        }
        watched = doc;
        if (doc != null) {
            doc.topologyProperty().addListener(update);
            doc.fileProperty().addListener(update);
            doc.dirtyProperty().addListener(update);
        }
        update();
    }

    private void update() {
        DesignDocument doc = document.getValue();
        title.set(doc == null ? APP_NAME : text(doc.topology().name(), doc.fileProperty().get(), doc.isDirty()));
    }

    /** The title for a topology named {@code name} saved in {@code file} (null: never saved). */
    static String text(String name, Path file, boolean dirty) {
        String where = file == null ? "not saved" : String.valueOf(file.getFileName());
        return (dirty ? DIRTY_MARKER : "") + name + SEPARATOR + where + SEPARATOR + APP_NAME;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
