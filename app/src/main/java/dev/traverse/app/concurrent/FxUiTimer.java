package dev.traverse.app.concurrent;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.PauseTransition;

/** A {@link UiTimer} on JavaFX's animation clock: actions run on the FX thread, never blocking it while waiting. */
public final class FxUiTimer implements UiTimer {

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
