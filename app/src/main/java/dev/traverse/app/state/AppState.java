package dev.traverse.app.state;

import dev.traverse.app.io.OpenTopology;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the application has open, observed by every feature's view model. UI thread only.
 */
public final class AppState {

    private final ObjectProperty<OpenTopology> openTopology = new SimpleObjectProperty<>(this, "openTopology");

    /** The file open now, or null when none is. */
    public ObjectProperty<OpenTopology> openTopologyProperty() {
        return openTopology;
    }

    public Optional<OpenTopology> openTopology() {
        return Optional.ofNullable(openTopology.get());
    }

    public void setOpenTopology(OpenTopology value) {
        openTopology.set(value);
    }
}
