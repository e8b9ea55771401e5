package dev.traverse.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The spinner is in the scene only while its work runs, and takes no room otherwise. */
@ExtendWith(ApplicationExtension.class)
class BusySpinnerTest {

    @Start
    void start(Stage stage) {
        // Only starts the toolkit.
    }

    @Test
    void holdsASpinnerOnlyWhileBusy() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
            StackPane slot = (StackPane) BusySpinner.showWhile(busy, 14);
            assertThat(slot.getChildren()).isEmpty();
            assertThat(slot.isManaged()).isFalse();

            busy.set(true);
            assertThat(slot.getChildren()).singleElement().isInstanceOf(ProgressIndicator.class);
            assertThat(slot.isManaged()).isTrue();
            ProgressIndicator spinner = (ProgressIndicator) slot.getChildren().get(0);
            assertThat(spinner.getPrefWidth()).isEqualTo(14);

            busy.set(false);
            assertThat(slot.getChildren()).isEmpty();
            assertThat(spinner.getScene()).isNull();
            return null;
        }).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
